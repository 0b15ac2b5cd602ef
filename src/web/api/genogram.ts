import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type GenogramBody, GenogramView } from '../../contract/genogram';
import { api, apiUrl } from './client';

export const genogramKey = (familyId: string) => ['genogram', familyId] as const;

const genogramPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/genogram`;

/** The genogram as stored now; each reading is audited on the server. */
export const fetchGenogram = (familyId: string, signal?: AbortSignal) =>
  api(genogramPath(familyId), { schema: GenogramView, signal });

/** The family's genogram: its people, relations and the drawing, laid out by the server. */
export function useGenogram(familyId: string) {
  return useQuery({
    queryKey: genogramKey(familyId),
    queryFn: ({ signal }) => fetchGenogram(familyId, signal),
  });
}

/** Saves the whole genogram (optimistic locking by `version`); the answer is the new drawing. */
export function useSaveGenogram(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GenogramBody) =>
      api(genogramPath(familyId), { method: 'PUT', body, schema: GenogramView }),
    onSuccess: (view) => queryClient.setQueryData(genogramKey(familyId), view),
  });
}

/** The drawing as an SVG file: a plain link, the session cookie goes along. */
export const genogramSvgUrl = (familyId: string) => apiUrl(`${genogramPath(familyId)}.svg`);
