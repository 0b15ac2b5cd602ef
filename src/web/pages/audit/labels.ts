import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contract/audit';

type AuditOutcome = AuditEntry['outcome'];

import { isAuditAction, isAuditEntityType } from '../../lib/audit';

export const outcomeColor: Record<AuditOutcome, string> = {
  success: 'green',
  denied: 'orange',
  error: 'red',
};

/** Names of actions, outcomes, objects and actors in the interface language; unknown ones as written. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (action: string) => (isAuditAction(action) ? t(`audit.actions.${action}`) : action),
    outcome: (outcome: AuditOutcome) => t(`audit.outcomes.${outcome}`),
    entityType: (type: string) => (isAuditEntityType(type) ? t(`audit.entityTypes.${type}`) : type),
    actor: (entry: Pick<AuditEntry, 'actorKind' | 'actorName'>) =>
      entry.actorKind === 'system'
        ? t('audit.system')
        : (entry.actorName ?? (entry.actorKind === 'anonymous' ? t('audit.anonymous') : '—')),
  };
}
