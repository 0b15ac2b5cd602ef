import type {
  CreateContactBanBody,
  CreateFamilyBody,
  FamilyListQuery,
  UpdateFamilyBody,
} from '../../../contract/families';
import type { MemberInput, NewPerson, UpdateMemberBody } from '../../../contract/people';
import { parsePesel } from '../../../domain/pesel';
import type { UserContext } from '../../access/context';
import { requireVisibleFamily } from '../../access/family-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { AppError, conflict, type FieldIssue, fieldError, notFound } from '../../errors/app-error';
import { decodeCursor, toPage } from '../../http/cursor';
import { presentEngagement, presentRequest } from '../intake/presenter';
import { engagementsOf, interviewsOf, requestsOf } from '../intake/queries';
import { activeStaff } from '../office/queries';
import { referralsOf } from '../partners/queries';
import { presentFamilyFile, presentSummary } from './presenter';
import * as q from './queries';

/** The person's columns, with the birth date and sex read from the PESEL when one is given. */
function personValues(person: Omit<NewPerson, 'pesel'> & { pesel?: string | null }): q.PersonValues {
  const parsed = person.pesel ? parsePesel(person.pesel) : null;
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    pesel: person.pesel ?? null,
    birthDate: parsed?.ok ? parsed.birthDate : (person.birthDate ?? null),
    sex: parsed?.ok ? parsed.sex : (person.sex ?? null),
    phone: person.phone ?? null,
    schoolOrWork: person.schoolOrWork ?? null,
  };
}

const familyColumns = [
  'caseNumber',
  'street',
  'postalCode',
  'city',
  'phone',
  'socialWorkerId',
  'courtSupervision',
  'probationOfficer',
  'limitedParentalAuthority',
  'fosterCare',
  'fosterCareCoordinator',
  'zaZyciem',
] as const;

/** The family registry: families, their members, problems and legal flags. */
export function familiesService({ db }: AppDeps) {
  /** Checks the references a family's data makes; all problems are reported at once. */
  async function checkFamilyReferences(
    ctx: UserContext,
    input: Partial<Pick<CreateFamilyBody, 'caseNumber' | 'socialWorkerId' | 'problemTypeIds'>>,
    familyId?: string,
  ) {
    const officeId = ctx.actor.officeId;
    const errors: FieldIssue[] = [];
    if (input.caseNumber && (await q.caseNumberTaken(db, officeId, input.caseNumber, familyId))) {
      errors.push({ path: 'caseNumber', code: 'case_number_taken' });
    }
    if (input.socialWorkerId) {
      const found = await activeStaff(db, officeId, 'social_worker', input.socialWorkerId);
      if (found.length === 0) errors.push({ path: 'socialWorkerId', code: 'staff_invalid' });
    }
    if (input.problemTypeIds?.length) {
      const found = await q.activeProblemTypeIds(db, officeId, input.problemTypeIds);
      const wrong = input.problemTypeIds.findIndex((id) => !found.includes(id));
      if (wrong >= 0) errors.push({ path: `problemTypeIds.${wrong}`, code: 'problem_type_invalid' });
    }
    if (errors.length > 0) throw new AppError('validation_failed', { errors });
  }

  /** Adds a member: an existing person by id, or a new one whose PESEL is not yet registered. */
  async function addMember(
    tx: Executor,
    ctx: UserContext,
    familyId: string,
    input: MemberInput,
    path: string,
  ) {
    let personId: string;
    if ('personId' in input) {
      if (!(await q.findPerson(tx, ctx.actor.officeId, input.personId))) {
        throw fieldError(`${path}personId`, 'person_not_member');
      }
      if (await q.findMembership(tx, familyId, input.personId)) {
        throw fieldError(`${path}personId`, 'member_already_added');
      }
      personId = input.personId;
    } else {
      if (input.person.pesel && (await q.findPersonByPesel(tx, ctx.actor.officeId, input.person.pesel))) {
        throw fieldError(`${path}person.pesel`, 'pesel_taken');
      }
      personId = await q.insertPerson(tx, ctx.actor.officeId, personValues(input.person));
    }
    await q.insertMembership(tx, {
      familyId,
      personId,
      relation: input.relation,
      inHousehold: input.inHousehold,
    });
    return personId;
  }

  async function familyFile(tx: Executor, familyId: string) {
    const family = await q.findFamily(tx, familyId);
    if (!family) throw notFound();
    const [problems, members, bans, interviews, requests, engagements, referrals] = await Promise.all([
      q.familyProblemsOf(tx, familyId),
      q.membersOf(tx, familyId),
      q.contactBansOf(tx, familyId),
      interviewsOf(tx, familyId),
      requestsOf(tx, familyId),
      engagementsOf(tx, familyId),
      referralsOf(tx, { familyId }),
    ]);
    return presentFamilyFile({
      family,
      problems,
      members,
      bans,
      interviews: interviews.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      requests: requests.map(presentRequest),
      engagements: engagements.map(presentEngagement),
      referrals,
    });
  }

  /** Opens the file: the read and its audit entry happen together. */
  async function openFile(ctx: UserContext, familyId: string) {
    await requireVisibleFamily(db, ctx, familyId);
    return db.transaction(async (tx) => {
      const file = await familyFile(tx, familyId);
      await audit(ctx, tx, { action: 'family.opened', entityType: 'family', entityId: familyId });
      return file;
    });
  }

  /** Runs a change to a visible family in one transaction and returns the file as it is after. */
  async function changeFamily(ctx: UserContext, familyId: string, change: (tx: Executor) => Promise<void>) {
    await requireVisibleFamily(db, ctx, familyId);
    await db.transaction(change);
    return db.transaction((tx) => familyFile(tx, familyId));
  }

  return {
    async findFamilies(ctx: UserContext, query: FamilyListQuery) {
      const rows = await q.listFamilies(db, ctx.actor, query, decodeCursor(query.cursor));
      if (query.q) {
        const details = Object.fromEntries(
          Object.entries({
            q: query.q,
            status: query.status,
            problemTypeId: query.problemTypeId,
            assistantId: query.assistantId,
          }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        );
        await audit(ctx, db, { action: 'family.searched', entityType: 'family', entityId: null, details });
      }
      const page = toPage(rows, query.limit, (row) => [row.sortKey, row.id]);
      return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
    },

    openFile,

    async createFamily(ctx: UserContext, input: CreateFamilyBody) {
      const socialWorkerId =
        input.socialWorkerId ?? (ctx.actor.roles.includes('social_worker') ? ctx.actor.id : null);
      await checkFamilyReferences(ctx, { ...input, socialWorkerId });
      const id = await db.transaction(async (tx) => {
        const { members, problemTypeIds, ...family } = input;
        const familyId = await q.insertFamily(tx, {
          ...family,
          socialWorkerId,
          officeId: ctx.actor.officeId,
          registeredBy: ctx.actor.id,
        });
        for (const [index, member] of members.entries()) {
          await addMember(tx, ctx, familyId, member, `members.${index}.`);
        }
        await q.replaceProblems(tx, familyId, problemTypeIds);
        await q.refreshFamilyName(tx, familyId);
        await audit(ctx, tx, {
          action: 'family.created',
          entityType: 'family',
          entityId: familyId,
          details: { caseNumber: input.caseNumber, members: members.length },
        });
        return familyId;
      });
      return db.transaction((tx) => familyFile(tx, id));
    },

    async updateFamily(ctx: UserContext, familyId: string, input: UpdateFamilyBody) {
      await requireVisibleFamily(db, ctx, familyId);
      const current = await q.findFamily(db, familyId);
      if (!current) throw notFound();
      if (current.version !== input.version) throw conflict();
      const changed = familyColumns.filter((key) => input[key] !== undefined && input[key] !== current[key]);
      const currentProblems = (await q.familyProblemsOf(db, familyId)).map((p) => p.id).sort();
      // What the family already has stays valid even when retired from the dictionary or the staff.
      await checkFamilyReferences(
        ctx,
        {
          caseNumber: input.caseNumber,
          socialWorkerId: changed.includes('socialWorkerId') ? input.socialWorkerId : undefined,
          problemTypeIds: input.problemTypeIds?.filter((id) => !currentProblems.includes(id)),
        },
        familyId,
      );
      const problemsChanged =
        input.problemTypeIds !== undefined &&
        [...input.problemTypeIds].sort().join() !== currentProblems.join();
      return changeFamily(ctx, familyId, async (tx) => {
        const values = Object.fromEntries(changed.map((key) => [key, input[key]]));
        if (!(await q.updateFamilyIfVersion(tx, familyId, input.version, values))) throw conflict();
        if (problemsChanged && input.problemTypeIds)
          await q.replaceProblems(tx, familyId, input.problemTypeIds);
        await audit(ctx, tx, {
          action: 'family.updated',
          entityType: 'family',
          entityId: familyId,
          details: { changed: problemsChanged ? [...changed, 'problemTypeIds'] : [...changed] },
        });
      });
    },

    addMember: (ctx: UserContext, familyId: string, input: MemberInput) =>
      changeFamily(ctx, familyId, async (tx) => {
        const personId = await addMember(tx, ctx, familyId, input, '');
        await q.refreshFamilyName(tx, familyId);
        await audit(ctx, tx, {
          action: 'family.member_added',
          entityType: 'family',
          entityId: familyId,
          details: { personId, relation: input.relation },
        });
      }),

    updateMember: (ctx: UserContext, familyId: string, personId: string, input: UpdateMemberBody) =>
      changeFamily(ctx, familyId, async (tx) => {
        const membership = await q.findMembership(tx, familyId, personId);
        const person = await q.findPerson(tx, ctx.actor.officeId, personId);
        if (!membership || !person) throw notFound();
        const existing = input.pesel
          ? await q.findPersonByPesel(tx, ctx.actor.officeId, input.pesel)
          : undefined;
        if (existing && existing.id !== personId) throw fieldError('pesel', 'pesel_taken');
        const values = personValues(input);
        if (!(await q.updatePersonIfVersion(tx, personId, input.version, values))) throw conflict();
        const changed = [
          ...(Object.keys(values) as (keyof typeof values)[]).filter((key) => values[key] !== person[key]),
          ...(['relation', 'inHousehold'] as const).filter((key) => input[key] !== membership[key]),
        ];
        await q.updateMembership(tx, familyId, personId, {
          relation: input.relation,
          inHousehold: input.inHousehold,
        });
        await q.refreshFamilyName(tx, familyId);
        await audit(ctx, tx, {
          action: 'family.member_updated',
          entityType: 'family',
          entityId: familyId,
          details: { personId, changed },
        });
      }),

    removeMember: (ctx: UserContext, familyId: string, personId: string) =>
      changeFamily(ctx, familyId, async (tx) => {
        const membership = await q.findMembership(tx, familyId, personId);
        if (!membership) throw notFound();
        await q.deleteMembership(tx, familyId, personId);
        await q.refreshFamilyName(tx, familyId);
        await audit(ctx, tx, {
          action: 'family.member_removed',
          entityType: 'family',
          entityId: familyId,
          details: { personId, relation: membership.relation },
        });
      }),

    /** Offers the registered person with this PESEL, so that nobody is entered twice. */
    async lookUpPerson(ctx: UserContext, pesel: string) {
      const person = await q.findPersonByPesel(db, ctx.actor.officeId, pesel);
      await audit(ctx, db, {
        action: 'person.looked_up',
        entityType: 'person',
        entityId: person?.id ?? null,
        details: { found: Boolean(person) },
      });
      if (!person) throw notFound();
      return person;
    },

    addContactBan: (ctx: UserContext, familyId: string, input: CreateContactBanBody) =>
      changeFamily(ctx, familyId, async (tx) => {
        if (input.childId === input.parentId) throw fieldError('parentId', 'same_person');
        for (const path of ['childId', 'parentId'] as const) {
          if (!(await q.findMembership(tx, familyId, input[path])))
            throw fieldError(path, 'person_not_member');
        }
        const banId = await q.insertContactBan(tx, { ...input, familyId });
        await audit(ctx, tx, {
          action: 'family.contact_ban_added',
          entityType: 'family',
          entityId: familyId,
          details: { banId, childId: input.childId, parentId: input.parentId },
        });
      }),

    removeContactBan: (ctx: UserContext, familyId: string, banId: string) =>
      changeFamily(ctx, familyId, async (tx) => {
        const [ban] = await q.deleteContactBan(tx, familyId, banId);
        if (!ban) throw notFound();
        await audit(ctx, tx, {
          action: 'family.contact_ban_removed',
          entityType: 'family',
          entityId: familyId,
          details: { banId, ...ban },
        });
      }),

    familyFile,
  };
}
