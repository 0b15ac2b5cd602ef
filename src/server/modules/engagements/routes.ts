import {
  AcknowledgeAssessmentBody,
  AcknowledgePlanBody,
  ApproveEngagementRequestBody,
  Assessment,
  AssessmentBody,
  AssessmentParams,
  ClosureRequestBody,
  CourtOpinionBody,
  CourtOpinionParams,
  DeadlineList,
  DeadlinesQuery,
  DecisionQueue,
  DiagnosisBody,
  EngagementRequest,
  EngagementRequestParams,
  EngagementView,
  ExtensionRequestBody,
  FirstContactBody,
  MonitoringResultBody,
  PlanVersionParams,
  RejectEngagementRequestBody,
  StartMonitoringBody,
  UpdateCourtOpinionBody,
  UpdateEngagementBody,
  WorkPlan,
  WorkPlanBody,
} from '../../../contract/engagements';
import { EngagementParams } from '../../../contract/intake';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { engagementsService } from './service';

export function engagementsRoutes(app: Api, deps: AppDeps) {
  const engagements = engagementsService(deps);
  const tags = ['engagements'];
  const answer = { 200: EngagementView };
  const params = EngagementParams;

  app.get('/api/engagements/:id', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: "The engagement's page: all its records and deadlines",
      params,
      response: answer,
    },
    handler: (request) => engagements.open(userContext(request), request.params.id),
  });

  app.post('/api/engagements/:id/first-contact', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Record the first contact (it starts the clock) and the rules of cooperation',
      params,
      body: FirstContactBody,
      response: answer,
    },
    handler: (request) =>
      engagements.recordFirstContact(userContext(request), request.params.id, request.body),
  });

  app.patch('/api/engagements/:id', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Change the rules of cooperation or the supporting-family analysis',
      params,
      body: UpdateEngagementBody,
      response: answer,
    },
    handler: (request) => engagements.update(userContext(request), request.params.id, request.body),
  });

  app.put('/api/engagements/:id/diagnosis', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: "Write the diagnosis by area, the family's strengths and the children's views",
      params,
      body: DiagnosisBody,
      response: answer,
    },
    handler: (request) => engagements.saveDiagnosis(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/work-plans', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Write a new version of the work plan (409 when `version` is not the latest)',
      params,
      body: WorkPlanBody,
      response: answer,
    },
    handler: (request) => engagements.savePlan(userContext(request), request.params.id, request.body),
  });

  app.get('/api/engagements/:id/work-plans/:number', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: 'One version of the work plan, as it was written',
      params: PlanVersionParams,
      response: { 200: WorkPlan },
    },
    handler: (request) =>
      engagements.planVersion(userContext(request), request.params.id, request.params.number),
  });

  app.put('/api/engagements/:id/work-plans/:number/acknowledgement', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Record that the family acknowledged a version of the plan',
      params: PlanVersionParams,
      body: AcknowledgePlanBody,
      response: answer,
    },
    handler: (request) =>
      engagements.acknowledgePlan(
        userContext(request),
        request.params.id,
        request.params.number,
        request.body,
      ),
  });

  app.post('/api/engagements/:id/assessments', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Submit a periodic assessment to the manager',
      params,
      body: AssessmentBody,
      response: answer,
    },
    handler: (request) => engagements.submitAssessment(userContext(request), request.params.id, request.body),
  });

  app.post('/api/assessments/:id/acknowledge', {
    config: { permission: 'engagements:decide' },
    schema: {
      tags,
      summary: "The manager's acknowledgement of an assessment",
      params: AssessmentParams,
      body: AcknowledgeAssessmentBody,
      response: { 200: Assessment },
    },
    handler: (request) =>
      engagements.acknowledgeAssessment(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/extension-requests', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Ask the manager to extend the period of work',
      params,
      body: ExtensionRequestBody,
      response: answer,
    },
    handler: (request) => engagements.requestExtension(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/closure-requests', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Ask the manager to close the engagement, with one of the six reasons',
      params,
      body: ClosureRequestBody,
      response: answer,
    },
    handler: (request) => engagements.requestClosure(userContext(request), request.params.id, request.body),
  });

  app.get('/api/engagement-requests/pending', {
    config: { permission: 'requests:read' },
    schema: {
      tags,
      summary: 'What awaits the manager: extensions, closures, assessments to acknowledge',
      response: { 200: DecisionQueue },
    },
    handler: (request) => engagements.decisions(userContext(request)),
  });

  app.post('/api/engagement-requests/:id/approve', {
    config: { permission: 'engagements:decide' },
    schema: {
      tags,
      summary: 'Approve an extension or a closure (a closure frees the place in the caseload)',
      params: EngagementRequestParams,
      body: ApproveEngagementRequestBody,
      response: { 200: EngagementRequest },
    },
    handler: (request) => engagements.approveRequest(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagement-requests/:id/reject', {
    config: { permission: 'engagements:decide' },
    schema: {
      tags,
      summary: 'Reject an extension or a closure, with the reason',
      params: EngagementRequestParams,
      body: RejectEngagementRequestBody,
      response: { 200: EngagementRequest },
    },
    handler: (request) => engagements.rejectRequest(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/monitoring', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: "Start monitoring once the plan's actions are done",
      params,
      body: StartMonitoringBody,
      response: answer,
    },
    handler: (request) => engagements.startMonitoring(userContext(request), request.params.id, request.body),
  });

  app.put('/api/engagements/:id/monitoring-result', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: "Record whether monitoring confirmed the family's skills",
      params,
      body: MonitoringResultBody,
      response: answer,
    },
    handler: (request) =>
      engagements.recordMonitoringResult(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/court-opinions', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: "Register a court's request for an opinion on the family",
      params,
      body: CourtOpinionBody,
      response: answer,
    },
    handler: (request) => engagements.addCourtOpinion(userContext(request), request.params.id, request.body),
  });

  app.put('/api/court-opinions/:id', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Write the opinion, or record when it was sent',
      params: CourtOpinionParams,
      body: UpdateCourtOpinionBody,
      response: answer,
    },
    handler: (request) =>
      engagements.updateCourtOpinion(userContext(request), request.params.id, request.body),
  });

  app.get('/api/deadlines', {
    config: { permission: 'deadlines:read' },
    schema: {
      tags,
      summary: 'My deadlines: what is overdue or due within the horizon (14 days by default)',
      querystring: DeadlinesQuery.omit({ assistantId: true }),
      response: { 200: DeadlineList },
    },
    handler: (request) =>
      engagements.deadlines(userContext(request), { ...request.query, assistantId: undefined }, 'mine'),
  });

  app.get('/api/deadlines/team', {
    config: { permission: 'deadlines:team' },
    schema: {
      tags,
      summary: "The team's deadlines, with counts per assistant",
      querystring: DeadlinesQuery,
      response: { 200: DeadlineList },
    },
    handler: (request) => engagements.deadlines(userContext(request), request.query, 'team'),
  });
}
