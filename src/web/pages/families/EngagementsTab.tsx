import type { FamilyFile } from '../../../contract/families';

/** The family's engagements: who works with it, since when, the first visit. */
export function EngagementsTab(_props: { family: FamilyFile }) {
  return null;
}
