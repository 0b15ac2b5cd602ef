import type { GenogramBody, GenogramRelationInput, GenogramView } from '../../../contract/genogram';
import type { Genogram, GenogramRelation } from '../../../domain/genogram';
import { renderGenogramSvg } from '../../../domain/genogram-svg';
import type { UserContext } from '../../access/context';
import { requireVisibleFamily } from '../../access/family-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { conflict, fieldError, notFound } from '../../errors/app-error';
import { findFamily, membersOf } from '../families/queries';
import * as q from './queries';

/** A stored relation as the drawing takes it. */
function drawnRelation(relation: GenogramRelationInput, id: string): GenogramRelation {
  const ends = { a: relation.from, b: relation.to };
  if (relation.kind === 'parentage') {
    return { id, kind: relation.kind, type: relation.type, parent: relation.from, child: relation.to };
  }
  if (relation.kind === 'partnership') {
    return {
      id,
      kind: relation.kind,
      type: relation.type,
      ...ends,
      since: relation.since,
      until: relation.until,
    };
  }
  if (relation.kind === 'emotional') return { id, kind: relation.kind, type: relation.type, ...ends };
  return { id, kind: relation.kind, ...ends };
}

/** The family's genogram: its members by themselves, the people and relations the assistant adds. */
export function genogramService(deps: AppDeps) {
  const { db } = deps;

  async function assemble(tx: Executor, familyId: string): Promise<GenogramView> {
    const family = await findFamily(tx, familyId);
    if (!family) throw notFound();
    const [members, extra, relations, genogram] = await Promise.all([
      membersOf(tx, familyId),
      q.genogramPersonsOf(tx, familyId),
      q.genogramRelationsOf(tx, familyId),
      q.genogramOf(tx, familyId),
    ]);
    const people: GenogramView['people'] = [
      ...members.map((member) => ({
        id: member.personId,
        member: true,
        firstName: member.firstName,
        lastName: member.lastName,
        sex: member.sex as 'female' | 'male' | null,
        birthYear: member.birthDate ? Number(member.birthDate.slice(0, 4)) : null,
        deathYear: null,
        deceased: false,
        household: member.inHousehold,
      })),
      ...extra.map((person) => ({ ...person, member: false, household: false })),
    ];
    const indexPersonId = genogram?.indexPersonId ?? null;
    const drawing: Genogram = {
      people: people.map((person) => ({
        id: person.id,
        name: `${person.firstName} ${person.lastName}`,
        sex: person.sex,
        birthYear: person.birthYear,
        deathYear: person.deathYear,
        deceased: person.deceased,
        index: person.id === indexPersonId,
        household: person.household,
      })),
      relations: relations.map((relation, n) => drawnRelation(relation, `r${n}`)),
    };
    const svg = renderGenogramSvg(drawing, {
      title: `Genogram — ${family.name || family.caseNumber}`,
      asOfYear: deps.now().getFullYear(),
    });
    return { people, relations, indexPersonId, version: genogram?.version ?? null, svg };
  }

  return {
    /** Opening the genogram is a read of the family's file. */
    async view(ctx: UserContext, familyId: string) {
      await requireVisibleFamily(db, ctx, familyId);
      return db.transaction(async (tx) => {
        await audit(ctx, tx, { action: 'family.genogram_viewed', entityType: 'family', entityId: familyId });
        return assemble(tx, familyId);
      });
    },

    async save(ctx: UserContext, familyId: string, body: GenogramBody) {
      await requireVisibleFamily(db, ctx, familyId);
      return db.transaction(async (tx) => {
        const current = await q.genogramOf(tx, familyId, true);
        if ((current?.version ?? null) !== body.version) throw conflict();
        const memberIds = new Set((await membersOf(tx, familyId)).map((member) => member.personId));
        body.people.forEach((person, i) => {
          if (memberIds.has(person.id)) throw fieldError(`people.${i}.id`, 'genogram_person_is_member');
        });
        const known = new Set([...memberIds, ...body.people.map((person) => person.id)]);
        body.relations.forEach((relation, i) => {
          for (const end of ['from', 'to'] as const) {
            if (!known.has(relation[end]))
              throw fieldError(`relations.${i}.${end}`, 'genogram_person_unknown');
          }
        });
        if (body.indexPersonId && !known.has(body.indexPersonId))
          throw fieldError('indexPersonId', 'genogram_person_unknown');
        await q.replaceGenogram(tx, familyId, {
          indexPersonId: body.indexPersonId,
          people: body.people.map((person) => ({ ...person, familyId })),
          relations: body.relations.filter((relation) => relation.from !== relation.to),
          updatedBy: ctx.actor.id,
        });
        await audit(ctx, tx, {
          action: 'family.genogram_saved',
          entityType: 'family',
          entityId: familyId,
          details: { people: body.people.length, relations: body.relations.length },
        });
        return assemble(tx, familyId);
      });
    },
  };
}
