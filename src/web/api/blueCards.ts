import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type BlueCard,
  type BlueCardBody,
  BlueCardList,
  type BlueCardMeetingBody,
  type UpdateBlueCardBody,
} from '../../contract/partners';
import { api } from './client';
import type { Versioned } from './contacts';
import { deadlinesKeys } from './deadlines';
import { isApiError, problemCode } from './errors';

export const blueCardsKeys = {
  family: (familyId: string) => ['blue-cards', familyId] as const,
};

const familyPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/blue-cards`;
const cardPath = (id: string, rest = '') => `/api/blue-cards/${encodeURIComponent(id)}${rest}`;

/**
 * The family's Niebieska Karta procedures, or null when the person may not see them: the server
 * answers "not found" to everyone but the family's assistant, its social worker and managers
 * (team leads when the office allows). Each reading is audited, so it is asked for only with
 * the permission, and not again on every return to the page.
 */
export function useBlueCards(familyId: string, enabled: boolean) {
  return useQuery({
    queryKey: blueCardsKeys.family(familyId),
    queryFn: async ({ signal }): Promise<BlueCard[] | null> => {
      try {
        return (await api(familyPath(familyId), { schema: BlueCardList, signal })).items;
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * A change to the family's procedures: each endpoint answers with all of them after it, which
 * replace the cached ones; form A's term is among the assistant's deadlines, which follow.
 */
function useBlueCardMutation<Input>(
  familyId: string,
  call: (input: Input) => Promise<{ items: BlueCard[] }>,
) {
  const queryClient = useQueryClient();
  const key = blueCardsKeys.family(familyId);
  return useMutation({
    mutationFn: call,
    onSuccess: async ({ items }) => {
      queryClient.setQueryData(key, items);
      await queryClient.invalidateQueries({ queryKey: deadlinesKeys.all, refetchType: 'inactive' });
    },
    onError: (error) => {
      if (problemCode(error) === 'conflict') void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

const send = (url: string, method: 'POST' | 'PUT', body: unknown) =>
  api(url, { method, body, schema: BlueCardList });

/** Records that a procedure concerning the family started. */
export function useCreateBlueCard(familyId: string) {
  return useBlueCardMutation(familyId, (body: BlueCardBody) => send(familyPath(familyId), 'POST', body));
}

/** Changes a procedure, given it as it was read: form A sent, the assistant's part, its end. */
export function useUpdateBlueCard(familyId: string, card: Versioned) {
  return useBlueCardMutation(familyId, (body: Omit<UpdateBlueCardBody, 'version'>) =>
    send(cardPath(card.id), 'PUT', { ...body, version: card.version } satisfies UpdateBlueCardBody),
  );
}

/** Records a meeting of the procedure's diagnostic-support group. */
export function useAddBlueCardMeeting(familyId: string, cardId: string) {
  return useBlueCardMutation(familyId, (body: BlueCardMeetingBody) =>
    send(cardPath(cardId, '/meetings'), 'POST', body),
  );
}
