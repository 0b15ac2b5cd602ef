import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ApproveRequestBody,
  AssistanceRequest,
  CaseloadList,
  type CreateInterviewBody,
  type CreateRequestBody,
  type FirstVisitBody,
  type ReassignBody,
  type RejectRequestBody,
  RequestList,
  type RequestStatus,
} from '../../contract/intake';
import { api } from './client';
import { callForFile, familiesKeys, useFamilyFileMutation } from './families';
import { useInfiniteList } from './infiniteList';

export const requestsKeys = {
  all: ['requests'] as const,
  list: (status: RequestStatus) => ['requests', 'list', status] as const,
};

export const caseloadsKey = ['caseloads'] as const;

/** The manager's queue: requests with one status, oldest pending first (newest first once decided). */
export function useRequestList(status: RequestStatus) {
  return useInfiniteList({
    queryKey: requestsKeys.list(status),
    path: '/api/requests',
    schema: RequestList,
    query: { status },
  });
}

/** Every active assistant's number of families against the statutory limit. */
export function useCaseloads(enabled = true) {
  return useQuery({
    queryKey: caseloadsKey,
    queryFn: ({ signal }) => api('/api/caseloads', { schema: CaseloadList, signal }),
    enabled,
  });
}

/** After a decision: the queue, the loads and the families' files show what changed. */
function useAfterDecision() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: requestsKeys.all }),
      queryClient.invalidateQueries({ queryKey: caseloadsKey }),
      queryClient.invalidateQueries({ queryKey: familiesKeys.all }),
    ]);
}

/** Approves a request by assigning an assistant (at most 15 families each, checked by the server). */
export function useApproveRequest() {
  const afterDecision = useAfterDecision();
  return useMutation({
    mutationFn: ({ id, ...body }: ApproveRequestBody & { id: string }) =>
      api(`/api/requests/${encodeURIComponent(id)}/approve`, {
        method: 'POST',
        body,
        schema: AssistanceRequest,
      }),
    onSuccess: afterDecision,
  });
}

/** Rejects a request, with the reason. */
export function useRejectRequest() {
  const afterDecision = useAfterDecision();
  return useMutation({
    mutationFn: ({ id, ...body }: RejectRequestBody & { id: string }) =>
      api(`/api/requests/${encodeURIComponent(id)}/reject`, {
        method: 'POST',
        body,
        schema: AssistanceRequest,
      }),
    onSuccess: afterDecision,
  });
}

/** Reloads the queue and the loads, e.g. after someone else decided first. */
export function useReloadQueue() {
  return useAfterDecision();
}

const familyPath = (familyId: string, rest: string) =>
  `/api/families/${encodeURIComponent(familyId)}/${rest}`;
const engagementPath = (id: string, rest: string) => `/api/engagements/${encodeURIComponent(id)}/${rest}`;

/** Records the environmental interview with its diagnosis. */
export function useRecordInterview(familyId: string) {
  return useFamilyFileMutation(familyId, (body: CreateInterviewBody) =>
    callForFile(familyPath(familyId, 'interviews'), 'POST', body),
  );
}

/** Files a request for an assistant; it then waits in the manager's queue. */
export function useFileRequest(familyId: string) {
  const queryClient = useQueryClient();
  return useFamilyFileMutation(familyId, async (body: CreateRequestBody) => {
    const file = await callForFile(familyPath(familyId, 'requests'), 'POST', body);
    void queryClient.invalidateQueries({ queryKey: requestsKeys.all });
    return file;
  });
}

/** Gives the engagement to another assistant; the loads change. */
export function useReassign(familyId: string) {
  const queryClient = useQueryClient();
  return useFamilyFileMutation(familyId, async ({ id, ...body }: ReassignBody & { id: string }) => {
    const file = await callForFile(engagementPath(id, 'reassign'), 'POST', body);
    void queryClient.invalidateQueries({ queryKey: caseloadsKey });
    return file;
  });
}

/** Plans (or, with null, cancels) the first visit, made together with the social worker. */
export function usePlanFirstVisit(familyId: string) {
  return useFamilyFileMutation(familyId, ({ id, ...body }: FirstVisitBody & { id: string }) =>
    callForFile(engagementPath(id, 'first-visit'), 'PUT', body),
  );
}
