import type { FamilyFile } from '../../../contract/families';

/** The family's environmental interviews and requests for an assistant. */
export function IntakeTab(_props: { family: FamilyFile }) {
  return null;
}
