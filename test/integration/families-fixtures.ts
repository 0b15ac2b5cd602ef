import { expect } from 'vitest';
import { encodePesel } from '../../src/domain/pesel';
import type { Session } from './harness';

let serial = 0;

/** A valid PESEL for the birth date and sex, unique within the run. */
export const peselFor = (birthDate: string, sex: 'female' | 'male') => encodePesel(birthDate, sex, ++serial);

let caseCounter = 0;

export interface FamilyOptions {
  caseNumber?: string;
  surname?: string;
  street?: string;
  members?: unknown[];
  [key: string]: unknown;
}

/** Registers a family (a mother and a child by default) and returns its file. */
export async function registerFamily(session: Session, options: FamilyOptions = {}) {
  const surname = options.surname ?? 'Nowak';
  const { surname: _, ...rest } = options;
  const res = await session.request('POST', '/api/families', {
    caseNumber: `RA.${++caseCounter}/2026`,
    street: 'ul. Lipowa 1/2',
    postalCode: '16-999',
    city: 'Lipowo',
    members: [
      {
        relation: 'parent',
        person: { firstName: 'Anna', lastName: surname, pesel: peselFor('1990-03-04', 'female') },
      },
      { relation: 'child', person: { firstName: 'Kacper', lastName: surname, birthDate: '2016-06-01' } },
    ],
    ...rest,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export const consent = { kind: 'consent', consentDate: '2026-11-02', signedBy: 'Anna Nowak' } as const;

/** Files a request for an assistant on consent and returns it. */
export async function fileRequest(session: Session, familyId: string) {
  const res = await session.request('POST', `/api/families/${familyId}/requests`, {
    justification: 'Rodzina wymaga wsparcia w sprawach opiekuńczo-wychowawczych.',
    legalBasis: consent,
  });
  expect(res.statusCode, res.body).toBe(201);
  const request = res.json().requests[0];
  expect(request.status).toBe('pending');
  return request;
}

/** Registers a family, files its request and has the manager give it to the assistant. */
export async function assignFamily(
  worker: Session,
  manager: Session,
  assistantId: string,
  options?: FamilyOptions,
) {
  const family = await registerFamily(worker, options);
  const request = await fileRequest(worker, family.id);
  const res = await manager.request('POST', `/api/requests/${request.id}/approve`, {
    version: request.version,
    assistantId,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { family, request: res.json() };
}
