import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DeadlineList } from '../../contract/engagements';
import { api } from './client';

export const deadlinesKeys = {
  all: ['deadlines'] as const,
  mine: (horizonDays: number) => ['deadlines', 'mine', horizonDays] as const,
  team: (horizonDays: number) => ['deadlines', 'team', horizonDays] as const,
};

/** "Moje terminy": everything overdue in one's own engagements, and what is due within the horizon. */
export function useMyDeadlines(horizonDays: number) {
  return useQuery({
    queryKey: deadlinesKeys.mine(horizonDays),
    queryFn: ({ signal }) => api('/api/deadlines', { schema: DeadlineList, signal, query: { horizonDays } }),
    // Another horizon keeps the current list on screen until its own arrives.
    placeholderData: keepPreviousData,
  });
}

/**
 * The whole office's deadlines with counts per assistant. Always asked for the whole team: the
 * counts stay complete while the page narrows the list to one assistant.
 */
export function useTeamDeadlines(horizonDays: number) {
  return useQuery({
    queryKey: deadlinesKeys.team(horizonDays),
    queryFn: ({ signal }) =>
      api('/api/deadlines/team', { schema: DeadlineList, signal, query: { horizonDays } }),
    placeholderData: keepPreviousData,
  });
}
