import { Ok, RecordParams } from '../../../contract/common';
import {
  Calendar,
  CalendarQuery,
  CancelVisitBody,
  Contact,
  PlannedVisit,
  PlanVisitBody,
  UpdateVisitBody,
  UpdateWorkRecordBody,
  VersionQuery,
  VisitableEngagements,
  VisitHeldBody,
  WorkRecord,
  WorkRecordBody,
} from '../../../contract/contacts';
import { EngagementParams } from '../../../contract/intake';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { calendarService } from './service';

export function calendarRoutes(app: Api, deps: AppDeps) {
  const calendar = calendarService(deps);
  const tags = ['calendar'];
  const params = RecordParams;

  app.get('/api/calendar', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: "One's own calendar: planned visits, contacts, other work, duty hours, holidays",
      querystring: CalendarQuery,
      response: { 200: Calendar },
    },
    handler: (request) => calendar.calendar(userContext(request), request.query, 'mine'),
  });

  app.get('/api/calendar/team', {
    config: { permission: 'worktime:team' },
    schema: {
      tags,
      summary: "The team's calendar, or one colleague's",
      querystring: CalendarQuery,
      response: { 200: Calendar },
    },
    handler: (request) => calendar.calendar(userContext(request), request.query, 'team'),
  });

  app.get('/api/calendar/engagements', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: "One's own open engagements, to plan visits for",
      response: { 200: VisitableEngagements },
    },
    handler: (request) => calendar.engagements(userContext(request)),
  });

  app.post('/api/engagements/:id/visits', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Plan a visit to the family',
      params: EngagementParams,
      body: PlanVisitBody,
      response: { 201: PlannedVisit },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await calendar.planVisit(userContext(request), request.params.id, request.body)),
  });

  app.put('/api/visits/:id', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Move or change a planned visit',
      params,
      body: UpdateVisitBody,
      response: { 200: PlannedVisit },
    },
    handler: (request) => calendar.updateVisit(userContext(request), request.params.id, request.body),
  });

  app.post('/api/visits/:id/held', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'The visit took place: record its contact',
      params,
      body: VisitHeldBody,
      response: { 201: Contact },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await calendar.markHeld(userContext(request), request.params.id, request.body)),
  });

  app.post('/api/visits/:id/cancel', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'The visit did not take place: say why',
      params,
      body: CancelVisitBody,
      response: { 200: PlannedVisit },
    },
    handler: (request) => calendar.cancelVisit(userContext(request), request.params.id, request.body),
  });

  app.post('/api/work-records', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: 'Record other work (documentation, travel, training, supervision, meetings, duty hours)',
      body: WorkRecordBody,
      response: { 201: WorkRecord },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await calendar.recordWork(userContext(request), request.body)),
  });

  app.put('/api/work-records/:id', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: "Correct one's own record of other work",
      params,
      body: UpdateWorkRecordBody,
      response: { 200: WorkRecord },
    },
    handler: (request) => calendar.updateWork(userContext(request), request.params.id, request.body),
  });

  app.delete('/api/work-records/:id', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: "Delete one's own record of other work",
      params,
      querystring: VersionQuery,
      response: { 200: Ok },
    },
    handler: (request) => calendar.removeWork(userContext(request), request.params.id, request.query.version),
  });
}
