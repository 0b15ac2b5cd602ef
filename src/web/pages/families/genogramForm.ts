import type { FormErrors } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { GenogramBody, type GenogramRelationInput, type GenogramView } from '../../../contract/genogram';
import { validateWithPaths } from '../../lib/forms';
import { type RelationKind, relationKinds } from './genogramLabels';

/** A year as a number field holds it: empty is ''. */
export type YearValue = number | string;
export type GenogramPerson = GenogramView['people'][number];

/** A person beyond the family; `key` is the person's id, new ones get theirs here. */
export interface PersonRow {
  key: string;
  firstName: string;
  lastName: string;
  sex: GenogramPerson['sex'];
  birthYear: YearValue;
  deathYear: YearValue;
  deceased: boolean;
}

/** Any relation: the fields of its kind count, the others wait in case the kind changes back. */
export interface RelationRow {
  key: string;
  kind: RelationKind;
  type: string | null;
  from: string | null;
  to: string | null;
  since: YearValue;
  until: YearValue;
}

export interface GenogramValues extends Record<string, unknown> {
  indexPersonId: string | null;
  people: PersonRow[];
  relations: RelationRow[];
}

export const MAX_PEOPLE = 60;
export const MAX_RELATIONS = 200;

const yearValue = (year: number | null): YearValue => year ?? '';
const yearOf = (value: YearValue) => (value === '' ? null : Number(value));

/** A new person's id is made here, so that relations can name them before the first save. */
export const newPerson = (): PersonRow => ({
  key: crypto.randomUUID(),
  firstName: '',
  lastName: '',
  sex: null,
  birthYear: '',
  deathYear: '',
  deceased: false,
});

export const newRelation = (): RelationRow => ({
  key: randomId(),
  kind: 'partnership',
  type: 'marriage',
  from: null,
  to: null,
  since: '',
  until: '',
});

const personRow = (person: GenogramPerson): PersonRow => ({
  key: person.id,
  firstName: person.firstName,
  lastName: person.lastName,
  sex: person.sex,
  birthYear: yearValue(person.birthYear),
  deathYear: yearValue(person.deathYear),
  deceased: person.deceased,
});

const relationRow = (relation: GenogramRelationInput): RelationRow => ({
  key: randomId(),
  kind: relation.kind,
  type: relation.kind === 'sibling' ? null : relation.type,
  from: relation.from,
  to: relation.to,
  since: relation.kind === 'partnership' ? yearValue(relation.since) : '',
  until: relation.kind === 'partnership' ? yearValue(relation.until) : '',
});

/** Relations kind by kind, then in the order of the people they start from: a parent's children together. */
function inReadingOrder(view: GenogramView): GenogramRelationInput[] {
  const place = new Map(view.people.map((person, index) => [person.id, index]));
  const at = (id: string) => place.get(id) ?? place.size;
  return [...view.relations].sort(
    (a, b) =>
      relationKinds.indexOf(a.kind) - relationKinds.indexOf(b.kind) ||
      at(a.from) - at(b.from) ||
      at(a.to) - at(b.to),
  );
}

/** The genogram as stored, to edit: the members are not rows, the server adds them itself. */
export const valuesOf = (view: GenogramView): GenogramValues => ({
  indexPersonId: view.indexPersonId,
  people: view.people.filter((person) => !person.member).map(personRow),
  relations: inReadingOrder(view).map(relationRow),
});

/** Only the fields of the relation's kind go to the API. */
function relationOf({ kind, type, from, to, since, until }: RelationRow) {
  switch (kind) {
    case 'partnership':
      return { kind, type, from, to, since: yearOf(since), until: yearOf(until) };
    case 'sibling':
      return { kind, from, to };
    case 'parentage':
    case 'emotional':
      return { kind, type, from, to };
  }
}

/** The whole genogram as saved; the form's paths are the body's paths. */
export const bodyOf = (values: GenogramValues, version: number | null) => ({
  version,
  indexPersonId: values.indexPersonId,
  people: values.people.map(({ key, birthYear, deathYear, ...person }) => ({
    id: key,
    ...person,
    birthYear: yearOf(birthYear),
    deathYear: yearOf(deathYear),
  })),
  relations: values.relations.map(relationOf),
});

/** The contract's rules, and a relation needs two different people. */
export function validateGenogram(values: GenogramValues, samePerson: string): FormErrors {
  const errors = validateWithPaths(GenogramBody, bodyOf(values, null));
  values.relations.forEach((relation, index) => {
    const path = `relations.${index}.to`;
    if (relation.from !== null && relation.from === relation.to && !(path in errors))
      errors[path] = samePerson;
  });
  return errors;
}

/** The form paths where the server's field errors land. */
export const genogramFieldPaths = (values: GenogramValues) => [
  'indexPersonId',
  'people',
  ...values.people.flatMap((_, index) =>
    ['firstName', 'lastName', 'sex', 'birthYear', 'deathYear', 'deceased'].map((f) => `people.${index}.${f}`),
  ),
  'relations',
  ...values.relations.flatMap((_, index) =>
    ['kind', 'type', 'from', 'to', 'since', 'until'].map((f) => `relations.${index}.${f}`),
  ),
];

/** Taking a person out takes their relations with them, and their place as the index person. */
export function withoutPerson(values: GenogramValues, index: number): GenogramValues {
  const id = values.people[index]?.key;
  return {
    indexPersonId: values.indexPersonId === id ? null : values.indexPersonId,
    people: values.people.filter((_, i) => i !== index),
    relations: values.relations.filter((relation) => relation.from !== id && relation.to !== id),
  };
}
