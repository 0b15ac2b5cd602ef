import { describe, expect, it } from 'vitest';
import { GenogramBody, type GenogramView } from '../../../contract/genogram';
import { bodyOf, newPerson, newRelation, validateGenogram, valuesOf, withoutPerson } from './genogramForm';

const mother = '8a6fc572-012a-4fde-94d2-0a237b54bfa9';
const father = '2819bb29-7bc7-4d7a-9aee-759cf4a96549';
const child = '0f0d3b9d-3fd6-4de5-92aa-147e69a714a1';
const grandmother = '3d0d0a3e-5b7c-4f4e-9d55-0c1b2a3d4e5f';
const person = (id: string, firstName: string, sex: 'female' | 'male', birthYear: number | null) => ({
  id,
  member: true,
  firstName,
  lastName: 'Kamińska',
  sex,
  birthYear,
  deathYear: null,
  deceased: false,
  household: true,
});

const view: GenogramView = {
  people: [
    person(mother, 'Katarzyna', 'female', 1991),
    person(father, 'Łukasz', 'male', 1988),
    person(child, 'Zuzanna', 'female', 2014),
    { ...person(grandmother, 'Teresa', 'female', null), member: false, household: false },
  ],
  relations: [
    { kind: 'emotional', type: 'cut_off', from: mother, to: grandmother },
    { kind: 'parentage', type: 'biological', from: mother, to: child },
    { kind: 'parentage', type: 'biological', from: grandmother, to: mother },
    { kind: 'partnership', type: 'marriage', from: mother, to: father, since: 2018, until: null },
  ],
  indexPersonId: child,
  version: 3,
  svg: '<svg/>',
};

describe('the genogram editor form', () => {
  it('edits only the people beyond the family, relations kind by kind and parents in order', () => {
    const values = valuesOf(view);
    expect(values.people.map((row) => row.key)).toEqual([grandmother]);
    expect(values.relations.map((row) => [row.kind, row.from])).toEqual([
      ['partnership', mother],
      ['parentage', mother],
      ['parentage', grandmother],
      ['emotional', mother],
    ]);
  });

  it('sends what it read back as the API takes it, with the version read', () => {
    const body = GenogramBody.parse(bodyOf(valuesOf(view), view.version));
    expect(body.version).toBe(3);
    expect(body.people).toEqual([
      {
        id: grandmother,
        firstName: 'Teresa',
        lastName: 'Kamińska',
        sex: 'female',
        birthYear: null,
        deathYear: null,
        deceased: false,
      },
    ]);
    expect(body.relations).toEqual(expect.arrayContaining(view.relations));
    expect(body.relations).toHaveLength(view.relations.length);
  });

  it('sends only the fields of the kind chosen', () => {
    const row = { ...newRelation(), kind: 'sibling' as const, from: mother, to: child, since: 2000 };
    expect(bodyOf({ indexPersonId: null, people: [], relations: [row] }, null).relations).toEqual([
      { kind: 'sibling', from: mother, to: child },
    ]);
  });

  it('gives a new person an id that relations can name before the first save', () => {
    const added = { ...newPerson(), firstName: 'Henryk', lastName: 'Kamiński', birthYear: 1958 };
    const relation = { ...newRelation(), from: added.key, to: mother };
    const body = bodyOf({ indexPersonId: null, people: [added], relations: [relation] }, null);
    expect(GenogramBody.safeParse(body).success).toBe(true);
    expect(body.relations[0]).toMatchObject({ from: body.people[0]?.id });
  });

  it('asks for two different people in a relation', () => {
    const row = { ...newRelation(), from: mother, to: mother };
    const errors = validateGenogram({ indexPersonId: null, people: [], relations: [row] }, 'different');
    expect(errors['relations.0.to']).toBe('different');
  });

  it('takes a removed person’s relations and place as the index person with them', () => {
    const values = { ...valuesOf(view), indexPersonId: grandmother };
    const left = withoutPerson(values, 0);
    expect(left.people).toEqual([]);
    expect(left.indexPersonId).toBeNull();
    expect(left.relations.map((row) => row.kind)).toEqual(['partnership', 'parentage']);
  });
});
