import { eq, sql } from 'drizzle-orm';
import type { GenogramRelationInput } from '../../../contract/genogram';
import type { Executor } from '../../db/client';
import { genogramPersons, genogramRelations, genograms } from '../../db/schema';

export async function genogramOf(db: Executor, familyId: string, lock = false) {
  const query = db
    .select({ indexPersonId: genograms.indexPersonId, version: genograms.version })
    .from(genograms)
    .where(eq(genograms.familyId, familyId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function genogramPersonsOf(db: Executor, familyId: string) {
  return db
    .select({
      id: genogramPersons.id,
      firstName: genogramPersons.firstName,
      lastName: genogramPersons.lastName,
      sex: sql<'female' | 'male' | null>`${genogramPersons.sex}`,
      birthYear: genogramPersons.birthYear,
      deathYear: genogramPersons.deathYear,
      deceased: genogramPersons.deceased,
    })
    .from(genogramPersons)
    .where(eq(genogramPersons.familyId, familyId))
    .orderBy(genogramPersons.birthYear, genogramPersons.id);
}

/** The relations as the contract has them: one shape per kind. */
export async function genogramRelationsOf(db: Executor, familyId: string): Promise<GenogramRelationInput[]> {
  const rows = await db
    .select()
    .from(genogramRelations)
    .where(eq(genogramRelations.familyId, familyId))
    .orderBy(genogramRelations.kind, genogramRelations.id);
  return rows.map((row) => {
    const ends = { from: row.fromId, to: row.toId };
    switch (row.kind) {
      case 'partnership':
        return {
          kind: 'partnership',
          type: row.type,
          ...ends,
          since: row.since,
          until: row.until,
        } as GenogramRelationInput;
      case 'sibling':
        return { kind: 'sibling', ...ends };
      default:
        return { kind: row.kind, type: row.type, ...ends } as GenogramRelationInput;
    }
  });
}

/** Replaces the family's people beyond the members and its relations, and moves the version on. */
export async function replaceGenogram(
  db: Executor,
  familyId: string,
  values: {
    indexPersonId: string | null;
    people: (typeof genogramPersons.$inferInsert)[];
    relations: GenogramRelationInput[];
    updatedBy: string;
  },
) {
  await db.delete(genogramRelations).where(eq(genogramRelations.familyId, familyId));
  await db.delete(genogramPersons).where(eq(genogramPersons.familyId, familyId));
  if (values.people.length > 0) await db.insert(genogramPersons).values(values.people);
  if (values.relations.length > 0) {
    await db.insert(genogramRelations).values(
      values.relations.map((relation) => ({
        familyId,
        kind: relation.kind,
        type: 'type' in relation ? relation.type : null,
        fromId: relation.from,
        toId: relation.to,
        since: 'since' in relation ? relation.since : null,
        until: 'until' in relation ? relation.until : null,
      })),
    );
  }
  await db
    .insert(genograms)
    .values({ familyId, indexPersonId: values.indexPersonId, updatedBy: values.updatedBy })
    .onConflictDoUpdate({
      target: genograms.familyId,
      set: {
        indexPersonId: values.indexPersonId,
        updatedBy: values.updatedBy,
        updatedAt: sql`now()`,
        version: sql`${genograms.version} + 1`,
      },
    });
}
