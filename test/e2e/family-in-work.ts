import { expect } from 'vitest';
import { warsawDate } from '../../src/domain/calendar';
import { apiAs } from './accounts';

interface Account {
  email: string;
}

interface Member {
  relation: string;
  person: { firstName: string; lastName: string; birthDate: string; sex: 'female' | 'male' };
}

/**
 * Through the API, as the UI path is another test's: the social worker registers the family
 * and asks for an assistant, the manager gives it to the assistant, who records the first
 * contact today. Answers the family's and the engagement's ids, and the assistant's API.
 */
export async function familyInWork(
  baseUrl: string,
  password: string,
  people: { worker: Account; manager: Account; assistant: Account },
  family: { caseNumber: string; street: string; members: [Member, ...Member[]] },
) {
  const asWorker = await apiAs(baseUrl, people.worker.email, password);
  const asManager = await apiAs(baseUrl, people.manager.email, password);
  const asAssistant = await apiAs(baseUrl, people.assistant.email, password);
  const registered = await asWorker('/api/families', {
    ...family,
    postalCode: '16-999',
    city: 'Lipowo',
  }).then((res) => res.json());
  const parent = family.members[0].person;
  const file = await asWorker(`/api/families/${registered.id}/requests`, {
    justification: 'Trudności opiekuńczo-wychowawcze.',
    legalBasis: {
      kind: 'consent',
      consentDate: warsawDate(),
      signedBy: `${parent.firstName} ${parent.lastName}`,
    },
  }).then((res) => res.json());
  const me = await asAssistant('/api/auth/me').then((res) => res.json());
  const approved = await asManager(`/api/requests/${file.requests[0].id}/approve`, {
    version: file.requests[0].version,
    assistantId: me.id,
  }).then((res) => res.json());
  const started = await asAssistant(`/api/engagements/${approved.engagementId}/first-contact`, {
    version: 1,
    date: warsawDate(),
    jointWithSocialWorker: true,
  });
  expect(started.status).toBe(200);
  return { familyId: registered.id as string, engagementId: approved.engagementId as string, asAssistant };
}
