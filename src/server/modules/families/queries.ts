import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { FamilyListQuery, FamilyStatus } from '../../../contract/families';
import type { Relation } from '../../../contract/people';
import type { Actor } from '../../access/context';
import { visibleFamilies } from '../../access/family-scope';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/qualified';
import {
  assistanceRequests,
  contactBans,
  engagements,
  families,
  familyMembers,
  familyProblems,
  people,
  problemTypes,
  users,
} from '../../db/schema';

const familyId = qualified(families.id);

/**
 * Where the family stands, from its engagements and requests (never stored, so never stale).
 * Aggregates rather than EXISTS: the planner may turn an EXISTS into one hashed read of the
 * whole table, where these stay a look-up of the family's own rows.
 */
export const familyStatus = sql<FamilyStatus>`case
  when (select bool_or(e.status <> 'closed') from ${engagements} e where e.family_id = ${familyId}) then 'active'
  when (select count(*) from ${assistanceRequests} r where r.family_id = ${familyId} and r.status = 'pending') > 0
    then 'awaiting_decision'
  when (select count(*) from ${engagements} e where e.family_id = ${familyId}) > 0 then 'closed'
  else 'registered' end`;

export const memberCount = sql<number>`(select count(*)::int from ${familyMembers} m where m.family_id = ${familyId})`;
export const hasContactBan = sql<boolean>`exists (select 1 from ${contactBans} b where b.family_id = ${familyId})`;
const openAssistant = sql<{ id: string; name: string } | null>`(
  select json_build_object('id', u.id, 'name', u.name) from ${engagements} e join ${users} u on u.id = e.assistant_id
  where e.family_id = ${familyId} and e.status <> 'closed' limit 1)`;
const socialWorker = sql<{ id: string; name: string } | null>`(
  select json_build_object('id', u.id, 'name', u.name) from ${users} u where u.id = ${qualified(families.socialWorkerId)})`;

/** Polish alphabetical order without ICU: "Łukasik" among the L's. */
const sortKey = sql<string>`search_key(${qualified(families.name)})`;

const summaryColumns = {
  id: families.id,
  caseNumber: families.caseNumber,
  name: families.name,
  street: families.street,
  city: families.city,
  status: familyStatus,
  memberCount,
  assistant: openAssistant,
  socialWorker,
  hasContactBan,
};

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Every word typed must match the case number, the street, or a member's name or PESEL,
 * without regard to case or Polish diacritics ("zolc" finds "Żółć").
 */
function matchesWords(q: string): SQL | undefined {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = likePattern(word);
      return sql`(search_key(${families.caseNumber}) like search_key(${pattern})
        or search_key(${families.street}) like search_key(${pattern})
        or exists (select 1 from ${familyMembers} m join ${people} p on p.id = m.person_id
          where m.family_id = ${families.id}
            and (search_key(p.last_name || ' ' || p.first_name) like search_key(${pattern}) or p.pesel = ${word})))`;
    }),
  );
}

export async function listFamilies(
  db: Executor,
  actor: Actor,
  query: FamilyListQuery,
  after: unknown[] | null,
) {
  return db
    .select({ ...summaryColumns, sortKey })
    .from(families)
    .where(
      and(
        visibleFamilies(actor),
        query.q ? matchesWords(query.q) : undefined,
        query.status ? sql`${familyStatus} = ${query.status}` : undefined,
        query.problemTypeId
          ? sql`exists (select 1 from ${familyProblems} fp where fp.family_id = ${families.id} and fp.problem_type_id = ${query.problemTypeId})`
          : undefined,
        query.assistantId
          ? sql`exists (select 1 from ${engagements} e where e.family_id = ${families.id} and e.status <> 'closed' and e.assistant_id = ${query.assistantId})`
          : undefined,
        after
          ? sql`(${sortKey}, ${families.id}) > (${String(after[0])}, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(sortKey), asc(families.id))
    .limit(query.limit + 1);
}

export async function findFamily(db: Executor, familyId: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      officeId: families.officeId,
      postalCode: families.postalCode,
      phone: families.phone,
      socialWorkerId: families.socialWorkerId,
      courtSupervision: families.courtSupervision,
      probationOfficer: families.probationOfficer,
      limitedParentalAuthority: families.limitedParentalAuthority,
      fosterCare: families.fosterCare,
      fosterCareCoordinator: families.fosterCareCoordinator,
      zaZyciem: families.zaZyciem,
      createdAt: families.createdAt,
      version: families.version,
    })
    .from(families)
    .where(eq(families.id, familyId));
  return row;
}
export type FamilyRow = NonNullable<Awaited<ReturnType<typeof findFamily>>>;

export async function familyProblemsOf(db: Executor, familyId: string) {
  return db
    .select({ id: problemTypes.id, name: problemTypes.name })
    .from(familyProblems)
    .innerJoin(problemTypes, eq(problemTypes.id, familyProblems.problemTypeId))
    .where(eq(familyProblems.familyId, familyId))
    .orderBy(sql`search_key(${problemTypes.name})`);
}

const relationRank = sql`array_position(array['parent','partner','child','sibling','grandparent','other']::text[], ${familyMembers.relation})`;

export async function membersOf(db: Executor, familyId: string) {
  return db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      pesel: people.pesel,
      birthDate: people.birthDate,
      sex: people.sex,
      phone: people.phone,
      schoolOrWork: people.schoolOrWork,
      relation: familyMembers.relation,
      inHousehold: familyMembers.inHousehold,
      age: sql<
        number | null
      >`extract(year from age((now() at time zone 'Europe/Warsaw')::date, ${people.birthDate}))::int`,
      version: people.version,
    })
    .from(familyMembers)
    .innerJoin(people, eq(people.id, familyMembers.personId))
    .where(eq(familyMembers.familyId, familyId))
    .orderBy(relationRank, asc(people.birthDate), asc(people.id));
}

export async function contactBansOf(db: Executor, familyId: string) {
  return db
    .select({
      id: contactBans.id,
      childId: contactBans.childId,
      parentId: contactBans.parentId,
      court: contactBans.court,
      rulingDate: contactBans.rulingDate,
      note: contactBans.note,
    })
    .from(contactBans)
    .where(eq(contactBans.familyId, familyId))
    .orderBy(asc(contactBans.createdAt));
}

export async function caseNumberTaken(db: Executor, officeId: string, caseNumber: string, exceptId?: string) {
  const [row] = await db
    .select({ id: families.id })
    .from(families)
    .where(
      and(
        eq(families.officeId, officeId),
        eq(sql`lower(${families.caseNumber})`, caseNumber.toLowerCase()),
        exceptId ? sql`${families.id} <> ${exceptId}` : undefined,
      ),
    );
  return Boolean(row);
}

export async function activeProblemTypeIds(db: Executor, officeId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: problemTypes.id })
    .from(problemTypes)
    .where(
      and(eq(problemTypes.officeId, officeId), eq(problemTypes.active, true), inArray(problemTypes.id, ids)),
    );
  return rows.map((row) => row.id);
}

export type FamilyValues = Partial<typeof families.$inferInsert>;

export async function insertFamily(db: Executor, values: typeof families.$inferInsert) {
  const [row] = await db.insert(families).values(values).returning({ id: families.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateFamilyIfVersion(db: Executor, id: string, version: number, values: FamilyValues) {
  const rows = await db
    .update(families)
    .set({ ...values, version: sql`${families.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(families.id, id), eq(families.version, version)))
    .returning({ id: families.id });
  return rows.length === 1;
}

export async function replaceProblems(db: Executor, familyId: string, problemTypeIds: string[]) {
  await db.delete(familyProblems).where(eq(familyProblems.familyId, familyId));
  if (problemTypeIds.length > 0) {
    await db
      .insert(familyProblems)
      .values(problemTypeIds.map((problemTypeId) => ({ familyId, problemTypeId })));
  }
}

/** Keeps the family's name (its members' surnames, alphabetically) in step with its members. */
export async function refreshFamilyName(db: Executor, familyId: string) {
  await db.execute(sql`update ${families} set name = coalesce((
      select string_agg(last_name, ', ' order by search_key(last_name), last_name)
      from (select distinct p.last_name from ${familyMembers} m join ${people} p on p.id = m.person_id
            where m.family_id = ${familyId}) surnames), '')
    where id = ${familyId}`);
}

export async function findPersonByPesel(db: Executor, officeId: string, pesel: string) {
  const [row] = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      birthDate: people.birthDate,
    })
    .from(people)
    .where(and(eq(people.officeId, officeId), eq(people.pesel, pesel)));
  return row;
}

export async function findPerson(db: Executor, officeId: string, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      pesel: people.pesel,
      birthDate: people.birthDate,
      sex: people.sex,
      phone: people.phone,
      schoolOrWork: people.schoolOrWork,
    })
    .from(people)
    .where(and(eq(people.officeId, officeId), eq(people.id, personId)));
  return row;
}

export type PersonValues = Pick<
  typeof people.$inferInsert,
  'firstName' | 'lastName' | 'pesel' | 'birthDate' | 'sex' | 'phone' | 'schoolOrWork'
>;

export async function insertPerson(db: Executor, officeId: string, values: PersonValues) {
  const [row] = await db
    .insert(people)
    .values({ ...values, officeId })
    .returning({ id: people.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updatePersonIfVersion(db: Executor, id: string, version: number, values: PersonValues) {
  const rows = await db
    .update(people)
    .set({ ...values, version: sql`${people.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning({ id: people.id });
  return rows.length === 1;
}

export async function findMembership(db: Executor, familyId: string, personId: string) {
  const [row] = await db
    .select({ relation: familyMembers.relation, inHousehold: familyMembers.inHousehold })
    .from(familyMembers)
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.personId, personId)));
  return row;
}

export async function insertMembership(
  db: Executor,
  values: { familyId: string; personId: string; relation: Relation; inHousehold: boolean },
) {
  await db.insert(familyMembers).values(values);
}

export async function updateMembership(
  db: Executor,
  familyId: string,
  personId: string,
  values: { relation: Relation; inHousehold: boolean },
) {
  await db
    .update(familyMembers)
    .set(values)
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.personId, personId)));
}

export async function deleteMembership(db: Executor, familyId: string, personId: string) {
  await db
    .delete(contactBans)
    .where(
      and(
        eq(contactBans.familyId, familyId),
        sql`(${contactBans.childId} = ${personId} or ${contactBans.parentId} = ${personId})`,
      ),
    );
  await db
    .delete(familyMembers)
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.personId, personId)));
}

export async function insertContactBan(db: Executor, values: typeof contactBans.$inferInsert) {
  const [row] = await db.insert(contactBans).values(values).returning({ id: contactBans.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function deleteContactBan(db: Executor, familyId: string, banId: string) {
  return db
    .delete(contactBans)
    .where(and(eq(contactBans.familyId, familyId), eq(contactBans.id, banId)))
    .returning({ childId: contactBans.childId, parentId: contactBans.parentId });
}
