import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintoutKind } from '../../src/domain/documents';
import { DIACRITICS, documentXml, docxText, multipart, pdfText, templateDocx } from './documents-fixtures';
import { change, dayFromNow, recordFirstContact, writePlan } from './engagement-fixtures';
import { assignFamily, peselFor } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

/** The assistant's name carries every Polish letter too, for the timesheet, which names no family. */
const ASSISTANT = 'Joanna Ąćęłńóśźż-ĄĆĘŁŃÓŚŹŻ';

let t: TestApp;
let admin: Session;
let worker: Session;
let manager: Session;
let assistant: Session;
let otherAssistant: Session;
let dpo: Session;
beforeAll(async () => {
  t = await startApp();
  admin = await t.admin();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  assistant = await t.userWith(['assistant'], ASSISTANT);
  otherAssistant = await t.userWith(['assistant'], 'Paweł Dąbrowski');
  dpo = await t.userWith(['dpo'], 'Iwona Ochrona');
});
afterAll(() => t.close());

/** A family whose names carry every Polish diacritic, upper and lower case. */
let cases = 0;
const diacriticFamily = () => ({
  caseNumber: `RA.ŁÓDŹ/${++cases}/2026`,
  members: [
    {
      relation: 'parent',
      person: { firstName: 'Żaneta', lastName: 'Gęślą-Jaźń', pesel: peselFor('1988-02-03', 'female') },
    },
    { relation: 'child', person: { firstName: 'Łucja', lastName: 'Gęślą-Jaźń', birthDate: '2015-05-06' } },
    {
      relation: 'grandparent',
      person: { firstName: 'Ąćęłńóśźż', lastName: 'ĄĆĘŁŃÓŚŹŻ', birthDate: '1955-01-01' },
    },
  ],
});

async function ok(res: Awaited<ReturnType<Session['request']>>, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res;
}

/** An engagement with one record of every kind a printout is made of. */
async function engagementWithEverything() {
  const { family, request } = await assignFamily(worker, manager, assistant.user.id, diacriticFamily());
  const id = request.engagementId as string;
  await recordFirstContact(assistant, id);
  let view = await writePlan(assistant, id);
  await ok(
    await assistant.request('POST', `/api/engagements/${id}/contacts`, {
      date: dayFromNow(0),
      // One hour a family, so that the assistant's contacts of the day do not overlap.
      startTime: `${String(7 + cases).padStart(2, '0')}:00`,
      endTime: `${String(7 + cases).padStart(2, '0')}:45`,
      kind: 'home_visit',
      place: 'family_home',
      participants: { memberIds: view.members.map((m) => m.personId), others: null },
      description: 'Rozmowa o budżecie; Żaneta przyniosła rachunki.',
      actionIds: [],
    }),
    201,
  );
  await ok(
    await assistant.request('POST', `/api/engagements/${id}/partners`, {
      institutionId: null,
      role: 'school_tutor',
      personName: 'Źdźisław Ćwik',
      contact: '85 111 22 33',
      since: dayFromNow(0),
      until: null,
    }),
  );
  const goalId = view.plan?.goals[0]?.id;
  view = await change(assistant, 'POST', `/api/engagements/${id}/assessments`, {
    assessedOn: dayFromNow(0),
    goalProgress: [{ goalId, achievement: 'partly', comment: 'Łucja chodzi do szkoły.' }],
    familySituation: 'Sytuacja stabilna.',
    recommendation: 'continue',
  });
  view = await change(assistant, 'POST', `/api/engagements/${id}/extension-requests`, {
    justification: 'Rodzina chce kontynuować współpracę.',
  });
  const extension = view.requests[0];
  await ok(
    await manager.request('POST', `/api/engagement-requests/${extension?.id}/approve`, {
      version: extension?.version,
    }),
  );
  view = await change(assistant, 'POST', `/api/engagements/${id}/closure-requests`, {
    reason: 'family_withdrew',
    justification: 'Rodzina zrezygnowała ze współpracy.',
  });
  view = await change(assistant, 'POST', `/api/engagements/${id}/court-opinions`, {
    court: 'Sąd Rejonowy w Łodzi',
    caseSignature: 'III Nsm 7/26',
    receivedOn: dayFromNow(0),
    dueOn: dayFromNow(14),
    opinion: 'Matka współpracuje z asystentem; dzieci są pod dobrą opieką.',
  });
  return {
    id,
    familyId: family.id as string,
    caseNumber: family.caseNumber as string,
    requestId: request.id as string,
    view,
  };
}

describe('printouts', () => {
  it('render every printout in PDF and DOCX with every Polish letter, and are audited', async () => {
    const { id, familyId, caseNumber, requestId, view } = await engagementWithEverything();
    const records: Record<Exclude<PrintoutKind, 'timesheet'>, string> = {
      consent_assistance: id,
      consent_data: id,
      consent_group: id,
      assistance_request: requestId,
      assignment: id,
      work_plan: id,
      assessment: view.assessments[0]?.id as string,
      extension_request: view.requests.find((r) => r.kind === 'extension')?.id as string,
      closure_request: view.requests.find((r) => r.kind === 'closure')?.id as string,
      court_opinion: view.courtOpinions[0]?.id as string,
      contact_card: id,
      partner_list: id,
    };
    for (const [kind, recordId] of Object.entries(records)) {
      const pdf = await ok(await assistant.request('GET', `/api/printouts/${kind}/${recordId}?format=pdf`));
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = pdfText(pdf.rawPayload);
      for (const letter of DIACRITICS) expect(text, `${kind}.pdf lacks ${letter}`).toContain(letter);
      expect(text).toContain('Ośrodek Pomocy Społecznej');
      expect(text).toContain(caseNumber);

      const docx = await ok(await assistant.request('GET', `/api/printouts/${kind}/${recordId}?format=docx`));
      expect(docx.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.docx"/);
      const xml = documentXml(docx.rawPayload);
      for (const letter of DIACRITICS) expect(xml, `${kind}.docx lacks ${letter}`).toContain(letter);
    }
    const printed = (await auditRows(t.db, 'printout.generated')).filter((row) => row.entityId === familyId);
    expect(printed).toHaveLength(Object.keys(records).length * 2);
    expect(printed[0]?.details).toMatchObject({ template: false });
  });

  it('say what each record says: the plan version, the contact card, the court opinion', async () => {
    const { id, view } = await engagementWithEverything();
    const plan = pdfText(
      (await ok(await assistant.request('GET', `/api/printouts/work_plan/${id}`))).rawPayload,
    );
    expect(plan).toContain('Plan pracy z rodziną');
    expect(plan).toContain('Uregulowanie opłat za mieszkanie');
    expect(plan).toContain('Ułożenie budżetu domowego z rodziną');
    expect(plan).toContain('wersja 1');
    expect((await assistant.request('GET', `/api/printouts/work_plan/${id}?version=9`)).statusCode).toBe(404);

    const card = pdfText(
      (await ok(await assistant.request('GET', `/api/printouts/contact_card/${id}`))).rawPayload,
    );
    expect(card).toContain('Rozmowa o budżecie');
    expect(card).toContain('wizyta domowa');
    const empty = pdfText(
      (
        await ok(
          await assistant.request('GET', `/api/printouts/contact_card/${id}?from=2020-01-01&to=2020-02-01`),
        )
      ).rawPayload,
    );
    expect(empty).toContain('W tym okresie nie zapisano kontaktów.');

    const opinion = docxText(
      (
        await ok(
          await assistant.request(
            'GET',
            `/api/printouts/court_opinion/${view.courtOpinions[0]?.id}?format=docx`,
          ),
        )
      ).rawPayload,
    );
    expect(opinion).toContain('sygn. akt III Nsm 7/26');
    expect(opinion).toContain('dzieci są pod dobrą opieką');
  });

  it('are not made of a record of another kind or of a family the person does not see', async () => {
    const { id, familyId, view } = await engagementWithEverything();
    // An assessment's id is not an extension request's.
    const wrong = await assistant.request(
      'GET',
      `/api/printouts/extension_request/${view.assessments[0]?.id}`,
    );
    expect(wrong.statusCode).toBe(404);
    const foreign = await otherAssistant.request('GET', `/api/printouts/work_plan/${id}`);
    expect(foreign.statusCode).toBe(404);
    const denied = await auditRows(t.db, 'family.access_denied');
    expect(denied.some((row) => row.entityId === familyId && row.actorId === otherAssistant.user.id)).toBe(
      true,
    );
    expect((await admin.request('GET', `/api/printouts/work_plan/${id}`)).statusCode).toBe(403);
    const badFormat = await assistant.request('GET', `/api/printouts/work_plan/${id}?format=odt`);
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.headers['content-type']).toContain('application/problem+json');
  });

  it('include the monthly timesheet, to sign', async () => {
    const { id } = await engagementWithEverything();
    expect(id).toBeTruthy();
    const month = dayFromNow(0).slice(0, 7);
    const pdf = await ok(await assistant.request('GET', `/api/timesheet/printout?month=${month}`));
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Ewidencja czasu pracy');
    expect(text).toContain(ASSISTANT);
    expect(text).toMatch(/kontakty z rodzinami: \d/);
    for (const letter of DIACRITICS) expect(text, `timesheet.pdf lacks ${letter}`).toContain(letter);
    const team = await ok(
      await manager.request(
        'GET',
        `/api/timesheet/team/printout?month=${month}&assistantId=${assistant.user.id}&format=docx`,
      ),
    );
    const xml = documentXml(team.rawPayload);
    for (const letter of DIACRITICS) expect(xml, `timesheet.docx lacks ${letter}`).toContain(letter);
    expect((await assistant.request('GET', `/api/timesheet/team/printout?month=${month}`)).statusCode).toBe(
      403,
    );
    const audited = await auditRows(t.db, 'printout.generated');
    expect(audited.filter((row) => row.entityId === assistant.user.id)).toHaveLength(2);
  });
});

describe('office templates', () => {
  const upload = (session: Session, kind: string, content: Buffer, name = 'szablon.docx') => {
    const body = multipart({}, { name, content });
    return session.request('PUT', `/api/printout-templates/${kind}`, body.payload, body.headers);
  };

  it('fill a DOCX template with the record, and a template with an unknown placeholder is refused by name', async () => {
    const { id, caseNumber } = await engagementWithEverything();
    const bad = await upload(
      admin,
      'consent_assistance',
      templateDocx(['{urzad_nazwa}', 'Rodzina {rodzina_nazwisko}']),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'template_unknown_placeholder' });
    expect(bad.json().detail).toContain('{rodzina_nazwisko}');
    const broken = await upload(admin, 'consent_assistance', templateDocx(['{#czlonkowie}{imie_nazwisko}']));
    expect(broken.json()).toMatchObject({ code: 'template_invalid' });
    expect(broken.json().detail).toContain('czlonkowie');
    // Nothing was taken: the built-in layout is still in use.
    const builtIn = await ok(
      await assistant.request('GET', `/api/printouts/consent_assistance/${id}?format=docx`),
    );
    expect(docxText(builtIn.rawPayload)).toContain('Zgoda rodziny na współpracę z asystentem rodziny');

    const list = await ok(
      await upload(
        admin,
        'consent_assistance',
        templateDocx([
          'ZGODA — {urzad_nazwa}, {miejscowosc_i_data}',
          'Sprawa {numer_sprawy}: rodzina {rodzina}, asystent {asystent}.',
          '{#czlonkowie}',
          '- {imie_nazwisko} ({pokrewienstwo}, ur. {data_urodzenia})',
          '{/czlonkowie}',
        ]),
      ),
    );
    const entry = list.json().items.find((i: { kind: string }) => i.kind === 'consent_assistance');
    expect(entry.template).toMatchObject({ fileName: 'szablon.docx', uploadedBy: { id: admin.user.id } });
    expect(entry.template.placeholders).toEqual(expect.arrayContaining(['numer_sprawy', 'czlonkowie']));

    const filled = docxText(
      (await ok(await assistant.request('GET', `/api/printouts/consent_assistance/${id}?format=docx`)))
        .rawPayload,
    );
    expect(filled).toContain('ZGODA — Ośrodek Pomocy Społecznej');
    expect(filled).toContain(`Sprawa ${caseNumber}: rodzina ĄĆĘŁŃÓŚŹŻ, Gęślą-Jaźń, asystent ${ASSISTANT}.`);
    expect(filled).toContain('- Łucja Gęślą-Jaźń (dziecko, ur. 06.05.2015)');
    expect(filled).toContain('- Ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ (dziadek / babcia, ur. 01.01.1955)');
    expect(filled).not.toContain('{');
    // The PDF keeps the built-in layout.
    const pdf = pdfText(
      (await ok(await assistant.request('GET', `/api/printouts/consent_assistance/${id}`))).rawPayload,
    );
    expect(pdf).toContain('Zgoda rodziny na współpracę z asystentem rodziny');
    const printed = await auditRows(t.db, 'printout.generated');
    expect(printed[1]?.details).toMatchObject({
      kind: 'consent_assistance',
      format: 'docx',
      template: true,
    });

    await ok(await admin.request('DELETE', '/api/printout-templates/consent_assistance'));
    const again = docxText(
      (await ok(await assistant.request('GET', `/api/printouts/consent_assistance/${id}?format=docx`)))
        .rawPayload,
    );
    expect(again).toContain('Zgoda rodziny na współpracę z asystentem rodziny');
    expect((await auditRows(t.db, 'template.uploaded')).length).toBe(1);
    expect((await auditRows(t.db, 'template.removed')).length).toBe(1);
  });

  it('offer a starter template that is accepted as it is, and are kept by the administrator only', async () => {
    for (const kind of ['work_plan', 'contact_card', 'timesheet', 'partner_list']) {
      const starter = await ok(await admin.request('GET', `/api/printout-templates/${kind}/starter`));
      await ok(await upload(admin, kind, starter.rawPayload, `${kind}.docx`));
    }
    const { id } = await engagementWithEverything();
    const plan = docxText(
      (await ok(await assistant.request('GET', `/api/printouts/work_plan/${id}?format=docx`))).rawPayload,
    );
    expect(plan).toContain('Uregulowanie opłat za mieszkanie');
    expect(plan).toContain('Codzienne odprowadzanie do szkoły');
    expect(plan).not.toContain('{');
    const notDocx = await upload(admin, 'work_plan', Buffer.from('%PDF-1.4 not a template'), 'plan.docx');
    expect(notDocx.statusCode).toBe(415);
    expect((await upload(manager, 'work_plan', templateDocx(['{rodzina}']))).statusCode).toBe(403);
    expect((await assistant.request('GET', '/api/printout-templates')).statusCode).toBe(403);
    for (const kind of ['work_plan', 'contact_card', 'timesheet', 'partner_list']) {
      await ok(await admin.request('DELETE', `/api/printout-templates/${kind}`));
    }
  });

  it('put the office logo on the header', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
      'base64',
    );
    const body = multipart({}, { name: 'logo.png', content: png });
    await ok(await admin.request('PUT', '/api/office/logo', body.payload, body.headers));
    const { id } = await engagementWithEverything();
    const pdf = (await ok(await assistant.request('GET', `/api/printouts/consent_group/${id}`))).rawPayload;
    expect(pdf.includes(Buffer.from('/Subtype /Image'))).toBe(true);
    const docx = (await ok(await assistant.request('GET', `/api/printouts/consent_group/${id}?format=docx`)))
      .rawPayload;
    expect(documentXml(docx)).toContain('<pic:pic');
    await ok(await admin.request('DELETE', '/api/office/logo'));
    const text = multipart({}, { name: 'logo.png', content: Buffer.from('MZ\x90\x00 not an image') });
    expect((await admin.request('PUT', '/api/office/logo', text.payload, text.headers)).statusCode).toBe(415);
  });
});

describe('attachments', () => {
  const send = (
    session: Session,
    familyId: string,
    fields: Record<string, string>,
    name: string,
    content: Buffer,
  ) => {
    const body = multipart(fields, { name, content });
    return session.request('POST', `/api/families/${familyId}/attachments`, body.payload, body.headers);
  };
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const elf = Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
    Buffer.alloc(120),
  ]);

  it('are uploaded, listed, downloaded and deleted with an audit trail; the type is read from the content', async () => {
    const { id, familyId, caseNumber, view } = await engagementWithEverything();
    const created = await ok(
      await send(
        assistant,
        familyId,
        {
          category: 'signed_consent',
          description: 'Zgoda podpisana przez Żanetę',
          engagementId: id,
          recordType: 'court_opinion',
          recordId: view.courtOpinions[0]?.id as string,
        },
        'zgoda-żaneta.pdf',
        pdf,
      ),
      201,
    );
    const attachment = created.json();
    expect(attachment).toMatchObject({
      fileName: 'zgoda-żaneta.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      engagementId: id,
    });

    const renamed = await send(assistant, familyId, { category: 'other' }, 'skan.pdf', elf);
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json()).toMatchObject({ code: 'file_type_not_allowed' });
    const wrongRecord = await send(
      assistant,
      familyId,
      {
        category: 'other',
        engagementId: id,
        recordType: 'assessment',
        recordId: view.courtOpinions[0]?.id as string,
      },
      'a.pdf',
      pdf,
    );
    expect(wrongRecord.json().errors).toEqual([
      expect.objectContaining({ path: 'recordId', code: 'record_not_of_engagement' }),
    ]);
    const noCategory = await send(assistant, familyId, {}, 'a.pdf', pdf);
    expect(noCategory.json().errors).toEqual([expect.objectContaining({ path: 'category' })]);

    const list = (await ok(await worker.request('GET', `/api/families/${familyId}/attachments`))).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([attachment.id]);
    expect(list.maxMb).toBe(20);
    const download = await ok(await worker.request('GET', `/api/attachments/${attachment.id}/content`));
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''zgoda-%C5%BCaneta.pdf");
    const downloads = await auditRows(t.db, 'attachment.downloaded');
    expect(downloads[0]).toMatchObject({ entityId: attachment.id, actorId: worker.user.id });

    // Another assistant: the same 404 as for a file that does not exist, and the attempt recorded.
    const foreign = await otherAssistant.request('GET', `/api/attachments/${attachment.id}/content`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    const denied = await auditRows(t.db, 'family.access_denied');
    expect(denied.some((row) => row.entityId === familyId && row.actorId === otherAssistant.user.id)).toBe(
      true,
    );

    // Deleting: by the one who attached it (or a lead), with a reason; gone from the file, kept for the DPO.
    expect(
      (await worker.request('DELETE', `/api/attachments/${attachment.id}`, { version: 1, reason: 'Pomyłka' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await assistant.request('DELETE', `/api/attachments/${attachment.id}`, {
          version: 7,
          reason: 'Pomyłka',
        })
      ).statusCode,
    ).toBe(409);
    await ok(
      await assistant.request('DELETE', `/api/attachments/${attachment.id}`, {
        version: 1,
        reason: 'Dołączono do złej rodziny',
      }),
    );
    expect(
      (await ok(await worker.request('GET', `/api/families/${familyId}/attachments`))).json().items,
    ).toEqual([]);
    expect((await worker.request('GET', `/api/attachments/${attachment.id}/content`)).statusCode).toBe(404);
    const deleted = (await ok(await dpo.request('GET', '/api/attachments/deleted'))).json();
    expect(deleted.items.find((a: { id: string }) => a.id === attachment.id)).toMatchObject({
      fileName: 'zgoda-żaneta.pdf',
      deletedBy: { id: assistant.user.id },
      deleteReason: 'Dołączono do złej rodziny',
      family: { caseNumber },
    });
    expect((await manager.request('GET', '/api/attachments/deleted')).statusCode).toBe(403);
    for (const action of [
      'attachment.uploaded',
      'attachment.listed',
      'attachment.deleted',
      'attachment.deleted_listed',
    ]) {
      expect((await auditRows(t.db, action)).length, action).toBeGreaterThan(0);
    }
  });

  it('over the office limit get 413 problem+json, and the limit is the office’s to set', async () => {
    const { familyId } = await engagementWithEverything();
    const office = (await ok(await admin.request('GET', '/api/office'))).json();
    await ok(await admin.request('PATCH', '/api/office', { version: office.version, attachmentMaxMb: 1 }));
    const big = Buffer.concat([pdf, Buffer.alloc(1_048_576 + 10, 0x20)]);
    const refused = await send(assistant, familyId, { category: 'other' }, 'duzy.pdf', big);
    expect(refused.statusCode).toBe(413);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'file_too_large' });
    expect(refused.json().detail).toContain('1 MB');
    await ok(await send(assistant, familyId, { category: 'other' }, 'maly.pdf', pdf), 201);
    const now = (await ok(await admin.request('GET', '/api/office'))).json();
    await ok(await admin.request('PATCH', '/api/office', { version: now.version, attachmentMaxMb: 20 }));
  });
});
