import { Ok, RecordParams } from '../../../contract/common';
import {
  AssistantContactsQuery,
  Contact,
  ContactBody,
  ContactFrequency,
  ContactList,
  ContactListQuery,
  TeamQuery,
  UpdateContactBody,
  VersionQuery,
} from '../../../contract/contacts';
import { EngagementParams } from '../../../contract/intake';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { contactsService } from './service';

export function contactsRoutes(app: Api, deps: AppDeps) {
  const contacts = contactsService(deps);
  const tags = ['contacts'];

  app.get('/api/engagements/:id/contacts', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: "The engagement's contact log, newest first (a read of the family's file)",
      params: EngagementParams,
      querystring: ContactListQuery,
      response: { 200: ContactList },
    },
    handler: (request) => contacts.log(userContext(request), request.params.id, request.query),
  });

  app.post('/api/engagements/:id/contacts', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Record a contact that took place',
      params: EngagementParams,
      body: ContactBody,
      response: { 201: Contact },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await contacts.create(userContext(request), request.params.id, request.body)),
  });

  app.put('/api/contacts/:id', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Correct a contact (409 when `version` is stale)',
      params: RecordParams,
      body: UpdateContactBody,
      response: { 200: Contact },
    },
    handler: (request) => contacts.update(userContext(request), request.params.id, request.body),
  });

  app.delete('/api/contacts/:id', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Delete a contact recorded by mistake (a visit it recorded is planned again)',
      params: RecordParams,
      querystring: VersionQuery,
      response: { 200: Ok },
    },
    handler: (request) => contacts.remove(userContext(request), request.params.id, request.query.version),
  });

  app.get('/api/contacts', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: "One's own contacts over a period, newest first",
      querystring: ContactListQuery,
      response: { 200: ContactList },
    },
    handler: (request) => contacts.ofAssistant(userContext(request), request.query, 'mine'),
  });

  app.get('/api/contacts/team', {
    config: { permission: 'worktime:team' },
    schema: {
      tags,
      summary: "A colleague's contacts over a period, newest first",
      querystring: AssistantContactsQuery,
      response: { 200: ContactList },
    },
    handler: (request) => contacts.ofAssistant(userContext(request), request.query, 'team'),
  });

  app.get('/api/contact-frequency', {
    config: { permission: 'worktime:own' },
    schema: {
      tags,
      summary: "Contacts a week with one's own families over the last four weeks, against the target",
      response: { 200: ContactFrequency },
    },
    handler: (request) => contacts.frequency(userContext(request), 'mine'),
  });

  app.get('/api/contact-frequency/team', {
    config: { permission: 'worktime:team' },
    schema: {
      tags,
      summary: "Contacts a week with the team's families over the last four weeks, against the target",
      querystring: TeamQuery,
      response: { 200: ContactFrequency },
    },
    handler: (request) => contacts.frequency(userContext(request), 'team', request.query.assistantId),
  });
}
