import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Acknowledgement,
  type AssessmentBody,
  type ClosureRequestBody,
  type CourtOpinionBody,
  type DiagnosisBody,
  EngagementView,
  type ExtensionRequestBody,
  type FirstContactBody,
  type MonitoringResultBody,
  type StartMonitoringBody,
  type UpdateCourtOpinionBody,
  type UpdateEngagementBody,
  WorkPlan,
  type WorkPlanBody,
} from '../../contract/engagements';
import { api } from './client';
import { deadlinesKeys } from './deadlines';
import { decisionsKey } from './decisions';
import { problemCode } from './errors';
import { familiesKeys } from './families';

export const engagementsKeys = {
  all: ['engagements'] as const,
  view: (id: string) => ['engagements', 'view', id] as const,
  plans: (id: string) => ['engagements', 'plan', id] as const,
  plan: (id: string, number: number) => ['engagements', 'plan', id, number] as const,
};

const engagementPath = (id: string, rest = '') =>
  `/api/engagements/${encodeURIComponent(id)}${rest ? `/${rest}` : ''}`;

/** The engagement's page: all its records and deadlines; opening it is audited on the server. */
export function useEngagement(id: string) {
  return useQuery({
    queryKey: engagementsKeys.view(id),
    queryFn: ({ signal }) => api(engagementPath(id), { schema: EngagementView, signal }),
  });
}

/** One version of the work plan as it was written (null: none asked for yet). */
export function usePlanVersion(id: string, number: number | null) {
  return useQuery({
    queryKey: engagementsKeys.plan(id, number ?? 0),
    queryFn: ({ signal }) => api(engagementPath(id, `work-plans/${number}`), { schema: WorkPlan, signal }),
    enabled: number !== null,
  });
}

/**
 * A change to the engagement: every such endpoint answers with the whole page as it is after
 * the change, which replaces the cached one. A refusal because someone changed it meanwhile
 * (or moved it to another stage) reloads the page, so the next attempt starts from what is stored.
 */
export function useEngagementMutation<Input>(id: string, call: (input: Input) => Promise<EngagementView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (view) => {
      queryClient.setQueryData(engagementsKeys.view(id), view);
      // A version may have been acknowledged; the deadline lists, the manager's queue (a new
      // request or assessment) and the family's file (the engagement's status) follow the change.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: engagementsKeys.plans(id) }),
        queryClient.invalidateQueries({ queryKey: deadlinesKeys.all, refetchType: 'inactive' }),
        queryClient.invalidateQueries({ queryKey: decisionsKey }),
        queryClient.invalidateQueries({ queryKey: familiesKeys.all, refetchType: 'inactive' }),
      ]);
    },
    onError: (error) => {
      const code = problemCode(error);
      if (code === 'conflict' || code === 'invalid_transition') {
        void queryClient.invalidateQueries({ queryKey: engagementsKeys.view(id) });
      }
    },
  });
}

const callForView = (path: string, method: 'POST' | 'PATCH' | 'PUT', body: unknown) =>
  api(path, { method, body, schema: EngagementView });

/** Records the first contact, which starts the diagnosis and the engagement's clock. */
export function useRecordFirstContact(id: string) {
  return useEngagementMutation(id, (body: FirstContactBody) =>
    callForView(engagementPath(id, 'first-contact'), 'POST', body),
  );
}

/** Changes the rules of cooperation or the supporting-family analysis. */
export function useUpdateEngagement(id: string) {
  return useEngagementMutation(id, (body: UpdateEngagementBody) =>
    callForView(engagementPath(id), 'PATCH', body),
  );
}

export function useSaveDiagnosis(id: string) {
  return useEngagementMutation(id, (body: DiagnosisBody) =>
    callForView(engagementPath(id, 'diagnosis'), 'PUT', body),
  );
}

/** Writes a new version of the work plan (the first one starts the implementation). */
export function useSavePlan(id: string) {
  return useEngagementMutation(id, (body: WorkPlanBody) =>
    callForView(engagementPath(id, 'work-plans'), 'POST', body),
  );
}

/** Records that the family acknowledged one version of the plan. */
export function useAcknowledgePlan(id: string, number: number) {
  return useEngagementMutation(id, (body: Acknowledgement) =>
    callForView(engagementPath(id, `work-plans/${number}/acknowledgement`), 'PUT', body),
  );
}

/** Submits a periodic assessment; it then waits for the manager. */
export function useSubmitAssessment(id: string) {
  return useEngagementMutation(id, (body: AssessmentBody) =>
    callForView(engagementPath(id, 'assessments'), 'POST', body),
  );
}

export function useRequestExtension(id: string) {
  return useEngagementMutation(id, (body: ExtensionRequestBody) =>
    callForView(engagementPath(id, 'extension-requests'), 'POST', body),
  );
}

export function useRequestClosure(id: string) {
  return useEngagementMutation(id, (body: ClosureRequestBody) =>
    callForView(engagementPath(id, 'closure-requests'), 'POST', body),
  );
}

/** Starts monitoring, once every action of the plan is done (or not done). */
export function useStartMonitoring(id: string) {
  return useEngagementMutation(id, (body: StartMonitoringBody) =>
    callForView(engagementPath(id, 'monitoring'), 'POST', body),
  );
}

export function useRecordMonitoringResult(id: string) {
  return useEngagementMutation(id, (body: MonitoringResultBody) =>
    callForView(engagementPath(id, 'monitoring-result'), 'PUT', body),
  );
}

/**
 * Registers a court's request for an opinion or, given the opinion as it was read, changes it:
 * the opinion written, the day it was sent.
 */
export function useSaveCourtOpinion(id: string, opinion: { id: string; version: number } | null) {
  return useEngagementMutation(id, (body: CourtOpinionBody) =>
    opinion
      ? callForView(`/api/court-opinions/${encodeURIComponent(opinion.id)}`, 'PUT', {
          ...body,
          version: opinion.version,
        } satisfies UpdateCourtOpinionBody)
      : callForView(engagementPath(id, 'court-opinions'), 'POST', body),
  );
}
