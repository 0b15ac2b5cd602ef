import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formADue } from '../../src/domain/blue-card';
import { dayFromNow, recordFirstContact } from './engagement-fixtures';
import { assignFamily } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let worker: Session;
let manager: Session;
let lead: Session;
let assistant: Session;
let otherAssistant: Session;
beforeAll(async () => {
  t = await startApp();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  lead = await t.userWith(['team_lead'], 'Halina Koordynator');
  assistant = await t.userWith(['assistant'], 'Joanna Ślusarczyk');
  otherAssistant = await t.userWith(['assistant'], 'Paweł Dąbrowski');
});
afterAll(() => t.close());

async function ok(res: Awaited<ReturnType<Session['request']>>, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function working() {
  const { family, request } = await assignFamily(worker, manager, assistant.user.id);
  const id = request.engagementId as string;
  const view = await recordFirstContact(assistant, id);
  return { id, familyId: family.id as string, members: view.members };
}

const counselling = {
  name: 'Poradnia Psychologiczno-Pedagogiczna w Lipowie',
  kind: 'counselling_centre',
  street: 'ul. Szkolna 4',
  postalCode: '16-999',
  city: 'Lipowo',
  phone: '85 000 11 22',
  hours: 'pon.–pt. 8:00–16:00',
  services: ['diagnoza psychologiczna', 'terapia logopedyczna', 'Szkoła dla rodziców'],
  contacts: [{ name: 'Ewa Żurawska', role: 'psycholog', phone: null, email: null }],
};

describe('the directory of institutions', () => {
  it('is kept by the manager, read by the team, found by name without accents', async () => {
    expect((await assistant.request('POST', '/api/institutions', counselling)).statusCode).toBe(403);
    const created = await ok(await manager.request('POST', '/api/institutions', counselling), 201);
    expect(created).toMatchObject({ name: counselling.name, services: counselling.services, active: true });
    const twice = await manager.request('POST', '/api/institutions', {
      ...counselling,
      name: counselling.name.toUpperCase(),
    });
    expect(twice.json().errors[0]).toMatchObject({ path: 'name', code: 'institution_name_taken' });

    const found = await ok(await assistant.request('GET', '/api/institutions?q=poradnia%20psych'));
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    expect((await ok(await worker.request('GET', '/api/institutions?q=xyz'))).items).toEqual([]);

    const retired = await ok(
      await manager.request('PUT', `/api/institutions/${created.id}`, {
        ...counselling,
        active: false,
        version: 1,
      }),
    );
    expect(retired).toMatchObject({ active: false, version: 2 });
    expect(
      (
        await manager.request('PUT', `/api/institutions/${created.id}`, {
          ...counselling,
          active: true,
          version: 1,
        })
      ).statusCode,
    ).toBe(409);
    await ok(
      await manager.request('PUT', `/api/institutions/${created.id}`, {
        ...counselling,
        active: true,
        version: 2,
      }),
    );
  });
});

describe("an engagement's partners", () => {
  it('lists partners, referrals (also on the family file) and interdisciplinary meetings', async () => {
    const { id, familyId, members } = await working();
    const [institution] = (await ok(await assistant.request('GET', '/api/institutions?q=poradnia'))).items;

    const missing = await assistant.request('POST', `/api/engagements/${id}/partners`, {
      institutionId: null,
      role: 'school_tutor',
      since: dayFromNow(0),
      until: null,
    });
    expect(missing.json().errors[0]).toMatchObject({ path: 'personName', code: 'partner_who_required' });
    let view = await ok(
      await assistant.request('POST', `/api/engagements/${id}/partners`, {
        institutionId: null,
        role: 'probation_officer',
        personName: 'Zbigniew Kurator',
        contact: 'tel. 85 000 33 44',
        since: dayFromNow(0),
        until: null,
      }),
    );
    expect(view.partners).toEqual([
      expect.objectContaining({ role: 'probation_officer', personName: 'Zbigniew Kurator' }),
    ]);
    expect(
      (
        await otherAssistant.request('POST', `/api/engagements/${id}/partners`, {
          institutionId: institution.id,
          role: 'psychologist',
          since: dayFromNow(0),
          until: null,
        })
      ).statusCode,
    ).toBe(404);

    const child = members.find((m: { minor: boolean }) => m.minor);
    view = await ok(
      await assistant.request('POST', `/api/engagements/${id}/referrals`, {
        personId: child?.personId,
        institutionId: institution.id,
        service: 'terapia logopedyczna',
        referredOn: dayFromNow(0),
      }),
    );
    const [referral] = view.referrals;
    expect(referral).toMatchObject({
      person: { id: child?.personId },
      institution: { id: institution.id, name: institution.name },
      service: 'terapia logopedyczna',
      status: 'referred',
    });
    view = await ok(
      await assistant.request('PUT', `/api/referrals/${referral.id}/outcome`, {
        version: 1,
        status: 'in_progress',
        outcome: 'Zajęcia raz w tygodniu od grudnia.',
      }),
    );
    expect(view.referrals[0]).toMatchObject({ status: 'in_progress', version: 2 });
    const file = await ok(await worker.request('GET', `/api/families/${familyId}`));
    expect(file.referrals).toEqual([expect.objectContaining({ id: referral.id, status: 'in_progress' })]);

    view = await ok(
      await assistant.request('POST', `/api/engagements/${id}/team-meetings`, {
        body: 'diagnostic_support_group',
        date: dayFromNow(0),
        members: [
          { role: 'asystent rodziny', name: 'Joanna Ślusarczyk' },
          { role: 'dzielnicowy', name: 'st. sierż. Adam Łoś' },
        ],
        conclusions: 'Ustalono plan pomocy dla matki.',
        tasks: [
          { description: 'Umówić konsultację prawną', responsible: 'asystent rodziny', due: dayFromNow(7) },
        ],
      }),
    );
    expect(view.meetings[0]).toMatchObject({
      body: 'diagnostic_support_group',
      createdBy: { id: assistant.user.id },
    });

    await ok(await manager.request('GET', `/api/engagements/${id}/partners`));
    expect((await auditRows(t.db, 'partners.viewed'))[0]).toMatchObject({
      entityId: id,
      actorId: manager.user.id,
    });
  });
});

describe('Niebieska Karta', () => {
  it("is seen by the family's assistant, social worker and the manager, by a team lead only if the office allows", async () => {
    const { familyId } = await working();
    const today = dayFromNow(0);
    const started = await ok(
      await assistant.request('POST', `/api/families/${familyId}/blue-cards`, {
        startedOn: today,
        initiatedBy: 'Miejski Ośrodek Pomocy Społecznej',
        formAFilledBy: 'Joanna Ślusarczyk',
        assistantInitiated: true,
        formASentOn: null,
        assistantInGroup: true,
      }),
    );
    const [card] = started.items;
    expect(card).toMatchObject({ formADueOn: formADue(today), formASentOn: null, meetings: [] });

    const mine = await ok(await assistant.request('GET', '/api/deadlines?horizonDays=30'));
    expect(mine.items).toContainEqual(
      expect.objectContaining({
        kind: 'blue_card_form_a',
        dueOn: formADue(today),
        family: expect.objectContaining({ id: familyId }),
      }),
    );

    for (const session of [worker, manager])
      await ok(await session.request('GET', `/api/families/${familyId}/blue-cards`));
    const views = await auditRows(t.db, 'blue_card.viewed');
    expect(
      views
        .slice(0, 2)
        .map((row) => row.actorId)
        .sort(),
    ).toEqual([worker.user.id, manager.user.id].sort());

    // The team lead sees the family's file, but not this, until the office says so.
    expect((await lead.request('GET', `/api/families/${familyId}`)).statusCode).toBe(200);
    expect((await lead.request('GET', `/api/families/${familyId}/blue-cards`)).statusCode).toBe(404);
    expect((await auditRows(t.db, 'family.access_denied'))[0]).toMatchObject({
      entityId: familyId,
      actorId: lead.user.id,
    });
    expect((await otherAssistant.request('GET', `/api/families/${familyId}/blue-cards`)).statusCode).toBe(
      404,
    );
    const admin = await t.admin();
    const office = await ok(await admin.request('GET', '/api/office'));
    await ok(
      await admin.request('PATCH', '/api/office', { version: office.version, teamLeadSeesBlueCards: true }),
    );
    expect((await lead.request('GET', `/api/families/${familyId}/blue-cards`)).statusCode).toBe(200);
    await ok(
      await admin.request('PATCH', '/api/office', {
        version: office.version + 1,
        teamLeadSeesBlueCards: false,
      }),
    );

    const incomplete = await assistant.request('PUT', `/api/blue-cards/${card.id}`, {
      ...card,
      formASentOn: today,
      closedOn: today,
      closureGround: null,
    });
    expect(incomplete.json().errors[0]).toMatchObject({ path: 'closureGround', code: 'closure_incomplete' });
    const sent = await ok(
      await assistant.request('PUT', `/api/blue-cards/${card.id}`, {
        startedOn: card.startedOn,
        initiatedBy: card.initiatedBy,
        formAFilledBy: card.formAFilledBy,
        assistantInitiated: true,
        formASentOn: today,
        assistantInGroup: true,
        assistantTasks: 'Wsparcie matki w kontaktach z poradnią.',
        closedOn: null,
        closureGround: null,
        version: 1,
      }),
    );
    expect(sent.items[0]).toMatchObject({ formASentOn: today, version: 2 });
    const after = await ok(await assistant.request('GET', '/api/deadlines?horizonDays=30'));
    expect(after.items.filter((item: { kind: string }) => item.kind === 'blue_card_form_a')).toEqual([]);

    const met = await ok(
      await assistant.request('POST', `/api/blue-cards/${card.id}/meetings`, {
        date: today,
        note: 'Pierwsze posiedzenie grupy.',
      }),
    );
    expect(met.items[0].meetings).toEqual([
      expect.objectContaining({ date: today, note: 'Pierwsze posiedzenie grupy.' }),
    ]);
  });
});
