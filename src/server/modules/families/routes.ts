import {
  ContactBanParams,
  CreateContactBanBody,
  CreateFamilyBody,
  FamilyFile,
  FamilyList,
  FamilyListQuery,
  FamilyParams,
  UpdateFamilyBody,
} from '../../../contract/families';
import {
  MemberInput,
  MemberParams,
  PersonMatch,
  PeselParams,
  UpdateMemberBody,
} from '../../../contract/people';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { familiesService } from './service';

export function familiesRoutes(app: Api, deps: AppDeps) {
  const families = familiesService(deps);
  const tags = ['families'];

  app.get('/api/families', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: 'Families the person may see, searched by member name, PESEL, case number or street',
      querystring: FamilyListQuery,
      response: { 200: FamilyList },
    },
    handler: (request) => families.findFamilies(userContext(request), request.query),
  });

  app.post('/api/families', {
    config: { permission: 'families:register' },
    schema: {
      tags,
      summary: 'Register a family with its members',
      body: CreateFamilyBody,
      response: { 201: FamilyFile },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await families.createFamily(userContext(request), request.body)),
  });

  app.get('/api/families/:id', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: "Open a family's file (audited)",
      params: FamilyParams,
      response: { 200: FamilyFile },
    },
    handler: (request) => families.openFile(userContext(request), request.params.id),
  });

  app.patch('/api/families/:id', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: "Edit a family's data, problems and legal flags",
      params: FamilyParams,
      body: UpdateFamilyBody,
      response: { 200: FamilyFile },
    },
    handler: (request) => families.updateFamily(userContext(request), request.params.id, request.body),
  });

  app.post('/api/families/:id/members', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: 'Add a member: a registered person or a new one',
      params: FamilyParams,
      body: MemberInput,
      response: { 201: FamilyFile },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await families.addMember(userContext(request), request.params.id, request.body)),
  });

  app.put('/api/families/:id/members/:personId', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: "Edit a member's data and place in the family",
      params: MemberParams,
      body: UpdateMemberBody,
      response: { 200: FamilyFile },
    },
    handler: (request) =>
      families.updateMember(userContext(request), request.params.id, request.params.personId, request.body),
  });

  app.delete('/api/families/:id/members/:personId', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: 'Remove a member from the family',
      params: MemberParams,
      response: { 200: FamilyFile },
    },
    handler: (request) =>
      families.removeMember(userContext(request), request.params.id, request.params.personId),
  });

  app.post('/api/families/:id/contact-bans', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: "Record a court's ban on contact between a child and a parent",
      params: FamilyParams,
      body: CreateContactBanBody,
      response: { 201: FamilyFile },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await families.addContactBan(userContext(request), request.params.id, request.body)),
  });

  app.delete('/api/families/:id/contact-bans/:banId', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: 'Remove a contact ban',
      params: ContactBanParams,
      response: { 200: FamilyFile },
    },
    handler: (request) =>
      families.removeContactBan(userContext(request), request.params.id, request.params.banId),
  });

  app.get('/api/people/by-pesel/:pesel', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: 'The registered person with this PESEL, offered instead of a duplicate (audited)',
      params: PeselParams,
      response: { 200: PersonMatch },
    },
    handler: (request) => families.lookUpPerson(userContext(request), request.params.pesel),
  });
}
