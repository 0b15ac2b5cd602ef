import { Ok, RecordParams } from '../../../contract/common';
import {
  DutyHour,
  DutyHourBody,
  DutyRoster,
  DutyRosterQuery,
  UpdateDutyHourBody,
  VersionQuery,
} from '../../../contract/contacts';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { dutyService } from './service';

export function dutyRoutes(app: Api, deps: AppDeps) {
  const duty = dutyService(deps);
  const tags = ['duty hours'];

  app.get('/api/duty-hours', {
    config: { permission: 'duty:read' },
    schema: {
      tags,
      summary: "The assistants' duty hours in force on a day (today by default)",
      querystring: DutyRosterQuery,
      response: { 200: DutyRoster },
    },
    handler: (request) => duty.roster(userContext(request), request.query),
  });

  app.post('/api/duty-hours', {
    config: { permission: 'duty:manage' },
    schema: {
      tags,
      summary: "Add a weekly duty hour to an assistant's roster",
      body: DutyHourBody,
      response: { 201: DutyHour },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await duty.create(userContext(request), request.body)),
  });

  app.put('/api/duty-hours/:id', {
    config: { permission: 'duty:manage' },
    schema: {
      tags,
      summary: 'Change a duty hour (409 when `version` is stale)',
      params: RecordParams,
      body: UpdateDutyHourBody,
      response: { 200: DutyHour },
    },
    handler: (request) => duty.update(userContext(request), request.params.id, request.body),
  });

  app.delete('/api/duty-hours/:id', {
    config: { permission: 'duty:manage' },
    schema: {
      tags,
      summary: 'Remove a duty hour from the roster',
      params: RecordParams,
      querystring: VersionQuery,
      response: { 200: Ok },
    },
    handler: (request) => duty.remove(userContext(request), request.params.id, request.query.version),
  });
}
