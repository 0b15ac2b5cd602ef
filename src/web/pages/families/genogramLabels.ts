import { useTranslation } from 'react-i18next';
import type { GenogramRelationInput } from '../../../contract/genogram';
import type { EmotionalTie, ParentageKind, PartnershipKind } from '../../../domain/genogram';

export type RelationKind = GenogramRelationInput['kind'];
export const relationKinds: readonly RelationKind[] = ['partnership', 'parentage', 'sibling', 'emotional'];

/** The names of the relations' types, shared by the editor's choices and the legend. */
export function useRelationTypeLabels() {
  const { t } = useTranslation();
  return {
    partnership: (type: PartnershipKind) => t(`genogram.partnership.${type}`),
    parentage: (type: ParentageKind) => t(`genogram.parentage.${type}`),
    emotional: (type: EmotionalTie) => t(`genogram.emotional.${type}`),
  };
}
