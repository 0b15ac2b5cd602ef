import { FamilyFile, FamilyParams } from '../../../contract/families';
import {
  ApproveRequestBody,
  AssistanceRequest,
  CaseloadList,
  CreateInterviewBody,
  CreateRequestBody,
  EngagementParams,
  FirstVisitBody,
  ReassignBody,
  RejectRequestBody,
  RequestList,
  RequestListQuery,
  RequestParams,
} from '../../../contract/intake';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { intakeService } from './service';

export function intakeRoutes(app: Api, deps: AppDeps) {
  const intake = intakeService(deps);
  const tags = ['intake'];

  app.post('/api/families/:id/interviews', {
    config: { permission: 'intake:write' },
    schema: {
      tags,
      summary: 'Record the environmental interview and its diagnosis',
      params: FamilyParams,
      body: CreateInterviewBody,
      response: { 201: FamilyFile },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await intake.recordInterview(userContext(request), request.params.id, request.body)),
  });

  app.post('/api/families/:id/requests', {
    config: { permission: 'intake:write' },
    schema: {
      tags,
      summary: 'File a request for an assistant, with its legal basis',
      params: FamilyParams,
      body: CreateRequestBody,
      response: { 201: FamilyFile },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await intake.fileRequest(userContext(request), request.params.id, request.body)),
  });

  app.get('/api/requests', {
    config: { permission: 'requests:read' },
    schema: {
      tags,
      summary: "The manager's queue of requests",
      querystring: RequestListQuery,
      response: { 200: RequestList },
    },
    handler: (request) => intake.findRequests(userContext(request), request.query),
  });

  app.post('/api/requests/:id/approve', {
    config: { permission: 'requests:decide' },
    schema: {
      tags,
      summary: 'Approve a request by assigning an assistant (at most 15 families each)',
      params: RequestParams,
      body: ApproveRequestBody,
      response: { 200: AssistanceRequest },
    },
    handler: (request) => intake.approveRequest(userContext(request), request.params.id, request.body),
  });

  app.post('/api/requests/:id/reject', {
    config: { permission: 'requests:decide' },
    schema: {
      tags,
      summary: 'Reject a request, with the reason',
      params: RequestParams,
      body: RejectRequestBody,
      response: { 200: AssistanceRequest },
    },
    handler: (request) => intake.rejectRequest(userContext(request), request.params.id, request.body),
  });

  app.get('/api/caseloads', {
    config: { permission: 'caseloads:read' },
    schema: {
      tags,
      summary: "Each assistant's number of families against the limit",
      response: { 200: CaseloadList },
    },
    handler: (request) => intake.caseloads(userContext(request)),
  });

  app.post('/api/engagements/:id/reassign', {
    config: { permission: 'engagements:assign' },
    schema: {
      tags,
      summary: 'Give the engagement to another assistant',
      params: EngagementParams,
      body: ReassignBody,
      response: { 200: FamilyFile },
    },
    handler: (request) => intake.reassign(userContext(request), request.params.id, request.body),
  });

  app.put('/api/engagements/:id/first-visit', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: 'Plan the first visit (with the social worker)',
      params: EngagementParams,
      body: FirstVisitBody,
      response: { 200: FamilyFile },
    },
    handler: (request) => intake.planFirstVisit(userContext(request), request.params.id, request.body),
  });
}
