import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AcknowledgeAssessmentBody,
  type ApproveEngagementRequestBody,
  Assessment,
  DecisionQueue,
  EngagementRequest,
  type RejectEngagementRequestBody,
} from '../../contract/engagements';
import { api } from './client';
import { deadlinesKeys } from './deadlines';
import { engagementsKeys } from './engagements';
import { familiesKeys } from './families';
import { caseloadsKey } from './intake';

export const decisionsKey = ['decisions'] as const;

export type PendingRequest = DecisionQueue['requests'][number];
export type PendingAssessment = DecisionQueue['assessments'][number];

/** What awaits the manager: extension and closure requests, assessments to acknowledge. */
export function useDecisionQueue(enabled = true) {
  return useQuery({
    queryKey: decisionsKey,
    queryFn: ({ signal }) => api('/api/engagement-requests/pending', { schema: DecisionQueue, signal }),
    enabled,
  });
}

/**
 * After a decision (or a refusal because someone decided first): the queue, the deadlines (an
 * extension moves the period's end, a closure ends them), the loads (a closure frees a place)
 * and the engagements and families, whose status may have changed.
 */
export function useReloadDecisions() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [decisionsKey, deadlinesKeys.all, caseloadsKey, engagementsKeys.all, familiesKeys.all].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** Approves an extension (the period grows) or a closure (the engagement ends). */
export function useApproveEngagementRequest() {
  const reload = useReloadDecisions();
  return useMutation({
    mutationFn: ({ id, ...body }: ApproveEngagementRequestBody & { id: string }) =>
      api(`/api/engagement-requests/${encodeURIComponent(id)}/approve`, {
        method: 'POST',
        body,
        schema: EngagementRequest,
      }),
    onSuccess: reload,
  });
}

/** Rejects an extension or a closure, with the reason the assistant will read. */
export function useRejectEngagementRequest() {
  const reload = useReloadDecisions();
  return useMutation({
    mutationFn: ({ id, ...body }: RejectEngagementRequestBody & { id: string }) =>
      api(`/api/engagement-requests/${encodeURIComponent(id)}/reject`, {
        method: 'POST',
        body,
        schema: EngagementRequest,
      }),
    onSuccess: reload,
  });
}

/** The manager's acknowledgement of a periodic assessment, with an optional note. */
export function useAcknowledgeAssessment() {
  const reload = useReloadDecisions();
  return useMutation({
    mutationFn: ({ id, ...body }: AcknowledgeAssessmentBody & { id: string }) =>
      api(`/api/assessments/${encodeURIComponent(id)}/acknowledge`, {
        method: 'POST',
        body,
        schema: Assessment,
      }),
    onSuccess: reload,
  });
}
