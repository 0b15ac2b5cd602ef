import type { ZodType } from 'zod';
import { RecordParams } from '../../../contract/common';
import {
  DevelopmentBody,
  EmploymentBody,
  EquipmentBody,
  QualificationBody,
  StaffParams,
  StaffRecord,
  StaffRecordList,
  UpdateEmploymentBody,
  UpdateEquipmentBody,
  VersionBody,
} from '../../../contract/staff';
import type { UserContext } from '../../access/context';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { staffService } from './service';

export function staffRoutes(app: Api, deps: AppDeps) {
  const staff = staffService(deps);
  const tags = ['staff'];
  const manage = { config: { permission: 'staff:manage' as const } };

  app.get('/api/staff-records', {
    config: { permission: 'staff:read' },
    schema: {
      tags,
      summary: "The office's people with their employment today",
      response: { 200: StaffRecordList },
    },
    handler: async (request) => ({ items: await staff.list(userContext(request)) }),
  });

  app.get('/api/staff-records/:id', {
    config: { permission: 'staff:read' },
    schema: {
      tags,
      summary: "A person's staff record; audited",
      params: StaffParams,
      response: { 200: StaffRecord },
    },
    handler: (request) => staff.open(userContext(request), request.params.id),
  });

  const addTo = <B>(
    path: string,
    summary: string,
    body: ZodType<B>,
    add: (ctx: UserContext, id: string, body: B) => Promise<StaffRecord>,
  ) =>
    app.post(`/api/staff-records/:id/${path}`, {
      ...manage,
      schema: { tags, summary, params: StaffParams, body, response: { 201: StaffRecord } },
      handler: async (request, reply) =>
        reply.status(201).send(await add(userContext(request), request.params.id, request.body as B)),
    });

  addTo('employment', 'Add an employment period (form, FTE, funding)', EmploymentBody, staff.addEmployment);
  addTo('qualifications', 'Add a qualification', QualificationBody, staff.addQualification);
  addTo(
    'development',
    'Add a training, supervision session or meeting attended',
    DevelopmentBody,
    staff.addDevelopment,
  );
  addTo('equipment', 'Issue equipment (ticket, phone, ID card)', EquipmentBody, staff.issueEquipment);

  app.put('/api/employment/:id', {
    ...manage,
    schema: {
      tags,
      summary: 'Change an employment period',
      params: RecordParams,
      body: UpdateEmploymentBody,
      response: { 200: StaffRecord },
    },
    handler: (request) => staff.updateEmployment(userContext(request), request.params.id, request.body),
  });
  app.delete('/api/employment/:id', {
    ...manage,
    schema: {
      tags,
      summary: 'Remove an employment period',
      params: RecordParams,
      body: VersionBody,
      response: { 200: StaffRecord },
    },
    handler: (request) =>
      staff.removeEmployment(userContext(request), request.params.id, request.body.version),
  });
  app.delete('/api/qualifications/:id', {
    ...manage,
    schema: { tags, summary: 'Remove a qualification', params: RecordParams, response: { 200: StaffRecord } },
    handler: (request) => staff.removeQualification(userContext(request), request.params.id),
  });
  app.delete('/api/development/:id', {
    ...manage,
    schema: {
      tags,
      summary: 'Remove a training or meeting',
      params: RecordParams,
      response: { 200: StaffRecord },
    },
    handler: (request) => staff.removeDevelopment(userContext(request), request.params.id),
  });
  app.put('/api/equipment/:id', {
    ...manage,
    schema: {
      tags,
      summary: 'Change issued equipment (e.g. its return)',
      params: RecordParams,
      body: UpdateEquipmentBody,
      response: { 200: StaffRecord },
    },
    handler: (request) => staff.updateEquipment(userContext(request), request.params.id, request.body),
  });
  app.delete('/api/equipment/:id', {
    ...manage,
    schema: {
      tags,
      summary: 'Remove issued equipment',
      params: RecordParams,
      body: VersionBody,
      response: { 200: StaffRecord },
    },
    handler: (request) =>
      staff.removeEquipment(userContext(request), request.params.id, request.body.version),
  });
}
