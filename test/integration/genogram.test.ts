import { randomUUID } from 'node:crypto';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignFamily, registerFamily } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let worker: Session;
let manager: Session;
let assistant: Session;
let otherAssistant: Session;
beforeAll(async () => {
  t = await startApp();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  assistant = await t.userWith(['assistant'], 'Joanna Ślusarczyk');
  otherAssistant = await t.userWith(['assistant'], 'Paweł Dąbrowski');
});
afterAll(() => t.close());

const person = (
  firstName: string,
  lastName: string,
  sex: 'female' | 'male',
  birthYear: number,
  deathYear: number | null = null,
) => ({
  id: randomUUID(),
  firstName,
  lastName,
  sex,
  birthYear,
  deathYear,
  deceased: deathYear !== null,
});

describe('the genogram', () => {
  it('draws three generations with a divorce, a remarriage, a deceased grandparent and a foster child', async () => {
    const { family } = await assignFamily(worker, manager, assistant.user.id, {
      surname: 'Ćwik',
      members: [
        {
          relation: 'parent',
          person: { firstName: 'Anna', lastName: 'Ćwik', birthDate: '1985-02-01', sex: 'female' },
        },
        {
          relation: 'partner',
          person: { firstName: 'Tomasz', lastName: 'Żółć', birthDate: '1983-05-05', sex: 'male' },
        },
        {
          relation: 'child',
          person: { firstName: 'Kacper', lastName: 'Nowak', birthDate: '2012-06-01', sex: 'male' },
        },
        {
          relation: 'child',
          person: { firstName: 'Łucja', lastName: 'Sęk', birthDate: '2015-09-09', sex: 'female' },
        },
      ],
    });
    const first = (await assistant.request('GET', `/api/families/${family.id}/genogram`)).json();
    expect(first).toMatchObject({ version: null, relations: [] });
    const id = (name: string) => first.people.find((p: { firstName: string }) => p.firstName === name)?.id;
    expect(first.people.every((p: { member: boolean; household: boolean }) => p.member && p.household)).toBe(
      true,
    );

    const grandmother = person('Halina', 'Ćwik', 'female', 1958);
    const grandfather = person('Stanisław', 'Ćwik', 'male', 1955, 2019);
    const exHusband = person('Marek', 'Nowak', 'male', 1982);
    const saved = await assistant.request('PUT', `/api/families/${family.id}/genogram`, {
      version: null,
      indexPersonId: id('Kacper'),
      people: [grandmother, grandfather, exHusband],
      relations: [
        {
          kind: 'partnership',
          type: 'marriage',
          from: grandfather.id,
          to: grandmother.id,
          since: 1980,
          until: null,
        },
        { kind: 'parentage', type: 'biological', from: grandmother.id, to: id('Anna') },
        { kind: 'parentage', type: 'biological', from: grandfather.id, to: id('Anna') },
        {
          kind: 'partnership',
          type: 'divorce',
          from: exHusband.id,
          to: id('Anna'),
          since: 2010,
          until: 2014,
        },
        {
          kind: 'partnership',
          type: 'marriage',
          from: id('Tomasz'),
          to: id('Anna'),
          since: 2016,
          until: null,
        },
        { kind: 'parentage', type: 'biological', from: id('Anna'), to: id('Kacper') },
        { kind: 'parentage', type: 'biological', from: exHusband.id, to: id('Kacper') },
        { kind: 'parentage', type: 'foster', from: id('Anna'), to: id('Łucja') },
        { kind: 'emotional', type: 'conflict', from: exHusband.id, to: id('Anna') },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json();
    expect(view).toMatchObject({ version: 1, indexPersonId: id('Kacper') });
    expect(view.people).toHaveLength(7);

    const svg = new DOMParser().parseFromString(view.svg, 'image/svg+xml');
    const groups = Array.from(svg.getElementsByTagName('g'));
    const personGroup = (personId: string) =>
      groups.find((g) => g.getAttribute('data-person-id') === personId);
    const classes = (el: Element | undefined) => (el?.getAttribute('class') ?? '').split(' ');
    expect(groups.filter((g) => classes(g).includes('person'))).toHaveLength(7);
    expect(classes(personGroup(grandfather.id))).toContain('deceased');
    expect(personGroup(grandfather.id)?.getElementsByTagName('rect').length).toBeGreaterThan(0);
    expect(personGroup(grandmother.id)?.getElementsByTagName('circle').length).toBeGreaterThan(0);
    expect(classes(personGroup(id('Kacper')))).toContain('index');
    const relation = (type: string, from: string, to: string) =>
      groups.find(
        (g) =>
          g.getAttribute('data-type') === type &&
          g.getAttribute('data-from') === from &&
          g.getAttribute('data-to') === to,
      );
    const divorce =
      relation('divorce', exHusband.id, id('Anna')) ?? relation('divorce', id('Anna'), exHusband.id);
    expect(
      Array.from(divorce?.getElementsByTagName('path') ?? []).filter((p) => classes(p).includes('slash')),
    ).toHaveLength(2);
    const foster = relation('foster', id('Anna'), id('Łucja'));
    expect(foster?.getElementsByTagName('path')[0]?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(svg.getElementsByTagName('title')[0]?.textContent).toContain('Ćwik');
    expect(view.svg).toContain('Łucja Sęk');
    expect((await auditRows(t.db, 'family.genogram_saved'))[0]).toMatchObject({ entityId: family.id });

    // The download is the same drawing, audited as a read.
    const file = await manager.request('GET', `/api/families/${family.id}/genogram.svg`);
    expect(file.headers['content-type']).toContain('image/svg+xml');
    expect(file.body).toBe(view.svg);
    expect((await auditRows(t.db, 'family.genogram_viewed'))[0]).toMatchObject({
      entityId: family.id,
      actorId: manager.user.id,
    });

    // A stale save loses nothing; an unknown person or a member added again is refused.
    const stale = await assistant.request('PUT', `/api/families/${family.id}/genogram`, {
      version: null,
      indexPersonId: null,
      people: [],
      relations: [],
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await assistant.request('PUT', `/api/families/${family.id}/genogram`, {
      version: 1,
      indexPersonId: null,
      people: [],
      relations: [{ kind: 'sibling', from: id('Kacper'), to: randomUUID() }],
    });
    expect(unknown.json().errors[0]).toMatchObject({
      path: 'relations.0.to',
      code: 'genogram_person_unknown',
    });
    const twice = await assistant.request('PUT', `/api/families/${family.id}/genogram`, {
      version: 1,
      indexPersonId: null,
      people: [{ ...person('Anna', 'Ćwik', 'female', 1985), id: id('Anna') }],
      relations: [],
    });
    expect(twice.json().errors[0]).toMatchObject({ path: 'people.0.id', code: 'genogram_person_is_member' });
    expect(
      (await assistant.request('GET', `/api/families/${family.id}/genogram`)).json().people,
    ).toHaveLength(7);
  });

  it("is not open to someone who does not see the family's file", async () => {
    const family = await registerFamily(worker);
    expect((await otherAssistant.request('GET', `/api/families/${family.id}/genogram`)).statusCode).toBe(404);
    expect((await otherAssistant.request('GET', `/api/families/${family.id}/genogram.svg`)).statusCode).toBe(
      404,
    );
  });
});
