import { RecordParams } from '../../../contract/common';
import { EngagementParams } from '../../../contract/intake';
import {
  Institution,
  InstitutionBody,
  InstitutionList,
  InstitutionListQuery,
  PartnerBody,
  PartnersView,
  ReferralBody,
  ReferralOutcomeBody,
  TeamMeetingBody,
  UpdateInstitutionBody,
  UpdatePartnerBody,
} from '../../../contract/partners';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { partnersService } from './service';

export function partnersRoutes(app: Api, deps: AppDeps) {
  const partners = partnersService(deps);
  const tags = ['partners'];
  const answer = { 200: PartnersView };

  app.get('/api/institutions', {
    config: { permission: 'institutions:read' },
    schema: {
      tags,
      summary: "The office's directory of institutions, by name",
      querystring: InstitutionListQuery,
      response: { 200: InstitutionList },
    },
    handler: (request) => partners.institutions(userContext(request), request.query),
  });

  app.get('/api/institutions/:id', {
    config: { permission: 'institutions:read' },
    schema: {
      tags,
      summary: 'One institution of the directory',
      params: RecordParams,
      response: { 200: Institution },
    },
    handler: (request) => partners.institution(userContext(request), request.params.id),
  });

  app.post('/api/institutions', {
    config: { permission: 'institutions:manage' },
    schema: {
      tags,
      summary: 'Add an institution to the directory',
      body: InstitutionBody,
      response: { 201: Institution },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await partners.createInstitution(userContext(request), request.body)),
  });

  app.put('/api/institutions/:id', {
    config: { permission: 'institutions:manage' },
    schema: {
      tags,
      summary: 'Change an institution (409 when `version` is stale); `active: false` retires it',
      params: RecordParams,
      body: UpdateInstitutionBody,
      response: { 200: Institution },
    },
    handler: (request) => partners.updateInstitution(userContext(request), request.params.id, request.body),
  });

  app.get('/api/engagements/:id/partners', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: "The engagement's partners, referrals and interdisciplinary meetings (audited)",
      params: EngagementParams,
      response: answer,
    },
    handler: (request) => partners.view(userContext(request), request.params.id),
  });

  app.post('/api/engagements/:id/partners', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Add a person or institution working with the family',
      params: EngagementParams,
      body: PartnerBody,
      response: answer,
    },
    handler: (request) => partners.addPartner(userContext(request), request.params.id, request.body),
  });

  app.put('/api/partners/:id', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Change a partner (e.g. when the cooperation ended)',
      params: RecordParams,
      body: UpdatePartnerBody,
      response: answer,
    },
    handler: (request) => partners.updatePartner(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/referrals', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: "Refer a member of the family to an institution's service",
      params: EngagementParams,
      body: ReferralBody,
      response: answer,
    },
    handler: (request) => partners.addReferral(userContext(request), request.params.id, request.body),
  });

  app.put('/api/referrals/:id/outcome', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary: 'Record what came of a referral',
      params: RecordParams,
      body: ReferralOutcomeBody,
      response: answer,
    },
    handler: (request) =>
      partners.recordReferralOutcome(userContext(request), request.params.id, request.body),
  });

  app.post('/api/engagements/:id/team-meetings', {
    config: { permission: 'engagements:work' },
    schema: {
      tags,
      summary:
        'Record a meeting of the interdisciplinary team or a diagnostic-support group about the family',
      params: EngagementParams,
      body: TeamMeetingBody,
      response: answer,
    },
    handler: (request) => partners.addMeeting(userContext(request), request.params.id, request.body),
  });
}
