import { useQuery } from '@tanstack/react-query';
import { ContactFrequency } from '../../contract/contacts';
import { api } from './client';

export const frequencyKeys = {
  /** Recording a contact invalidates every frequency under this prefix. */
  all: ['contact-frequency'] as const,
  mine: ['contact-frequency', 'mine'] as const,
  team: ['contact-frequency', 'team'] as const,
};

/** Contacts a week with one's own families over the last four weeks, against the office's target. */
export function useMyContactFrequency() {
  return useQuery({
    queryKey: frequencyKeys.mine,
    queryFn: ({ signal }) => api('/api/contact-frequency', { schema: ContactFrequency, signal }),
  });
}

/** The same for every assistant's families, for the manager and the team lead. */
export function useTeamContactFrequency() {
  return useQuery({
    queryKey: frequencyKeys.team,
    queryFn: ({ signal }) => api('/api/contact-frequency/team', { schema: ContactFrequency, signal }),
  });
}
