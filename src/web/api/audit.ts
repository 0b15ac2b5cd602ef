import { type AuditEntry, AuditList } from '../../contract/audit';
import { useInfiniteList } from './infiniteList';

type AuditOutcome = AuditEntry['outcome'];

export interface AuditFilters {
  action: string | null;
  outcome: AuditOutcome | null;
  entityType: string | null;
  entityId: string;
  actorId: string | null;
  from: string | null;
  to: string | null;
}

/** Entries, newest first. Every search is itself audited, so nothing refetches in the background. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteList({
    queryKey: ['audit', filters],
    path: '/api/audit',
    schema: AuditList,
    query: {
      action: filters.action,
      outcome: filters.outcome,
      entityType: filters.entityType,
      entityId: filters.entityId.trim(),
      actorId: filters.actorId,
      from: filters.from,
      to: filters.to,
    },
  });
}
