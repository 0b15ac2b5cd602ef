import {
  CreateProblemTypeBody,
  OfficeSettings,
  ProblemType,
  ProblemTypeList,
  ProblemTypeParams,
  StaffList,
  StaffQuery,
  UpdateOfficeBody,
  UpdateProblemTypeBody,
} from '../../../contract/office';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { officeService } from './service';

export function officeRoutes(app: Api, deps: AppDeps) {
  const office = officeService(deps);
  const tags = ['office'];

  app.get('/api/office', {
    config: { permission: 'authenticated' },
    schema: { tags, summary: "The office's data and rules", response: { 200: OfficeSettings } },
    handler: (request) => office.settings(userContext(request)),
  });

  app.patch('/api/office', {
    config: { permission: 'office:manage' },
    schema: {
      tags,
      summary: "Edit the office's data and rules",
      body: UpdateOfficeBody,
      response: { 200: OfficeSettings },
    },
    handler: (request) => office.updateSettings(userContext(request), request.body),
  });

  app.get('/api/problem-types', {
    config: { permission: 'authenticated' },
    schema: { tags, summary: 'The dictionary of family problems', response: { 200: ProblemTypeList } },
    handler: (request) => office.problemTypes(userContext(request)),
  });

  app.post('/api/problem-types', {
    config: { permission: 'dictionaries:manage' },
    schema: {
      tags,
      summary: 'Add a problem to the dictionary',
      body: CreateProblemTypeBody,
      response: { 201: ProblemType },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await office.createProblemType(userContext(request), request.body.name)),
  });

  app.patch('/api/problem-types/:id', {
    config: { permission: 'dictionaries:manage' },
    schema: {
      tags,
      summary: 'Rename, retire or restore a problem of the dictionary',
      params: ProblemTypeParams,
      body: UpdateProblemTypeBody,
      response: { 200: ProblemType },
    },
    handler: (request) => office.updateProblemType(userContext(request), request.params.id, request.body),
  });

  app.get('/api/staff', {
    config: { permission: 'authenticated' },
    schema: {
      tags,
      summary: 'Active colleagues with a role (names only)',
      querystring: StaffQuery,
      response: { 200: StaffList },
    },
    handler: (request) => office.staff(userContext(request), request.query.role),
  });
}
