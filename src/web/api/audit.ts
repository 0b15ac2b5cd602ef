import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type AuditEntry, AuditList } from '../../contract/audit';

type AuditOutcome = AuditEntry['outcome'];

import { api } from './client';

export interface AuditFilters {
  action: string | null;
  outcome: AuditOutcome | null;
  entityType: string | null;
  entityId: string;
  actorId: string | null;
  from: string | null;
  to: string | null;
}

const PAGE_SIZE = 50;

/** Entries, newest first. Every search is itself audited, so nothing refetches in the background. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      api('/api/audit', {
        schema: AuditList,
        signal,
        query: {
          action: filters.action,
          outcome: filters.outcome,
          entityType: filters.entityType,
          entityId: filters.entityId.trim(),
          actorId: filters.actorId,
          from: filters.from,
          to: filters.to,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
