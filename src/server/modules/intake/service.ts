import type {
  ApproveRequestBody,
  CreateInterviewBody,
  CreateRequestBody,
  FirstVisitBody,
  ReassignBody,
  RejectRequestBody,
  RequestListQuery,
} from '../../../contract/intake';
import { isFutureDate } from '../../../domain/calendar';
import { CASELOAD_LIMIT, caseloadState } from '../../../domain/caseload';
import type { UserContext } from '../../access/context';
import { requireVisibleFamily } from '../../access/family-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error';
import { decodeCursor, toPage } from '../../http/cursor';
import { familiesService } from '../families/service';
import { presentRequest } from './presenter';
import * as q from './queries';

/** The path from the social worker's interview to an assistant at work with the family. */
export function intakeService(deps: AppDeps) {
  const { db } = deps;
  const families = familiesService(deps);

  /**
   * Refuses an assignment that would give the assistant more families than the law allows.
   * Runs inside the assigning transaction, with the assistant's row locked.
   */
  async function takePlace(tx: Executor, ctx: UserContext, assistantId: string, path: string) {
    await q.lockAssistant(tx, assistantId);
    const rules = await q.caseloadRules(tx, ctx.actor.officeId);
    const [assistant] = await q.caseloads(tx, ctx.actor.officeId, rules.monitoringCounts, assistantId);
    if (!assistant) throw fieldError(path, 'staff_invalid');
    const { active } = assistant;
    if (active >= CASELOAD_LIMIT) {
      throw new AppError('caseload_limit_reached', {
        params: { name: assistant.name, active, limit: CASELOAD_LIMIT },
      });
    }
    return active + 1;
  }

  async function requestOf(ctx: UserContext, id: string) {
    const row = await q.findRequest(db, ctx.actor.officeId, id);
    if (!row) throw notFound();
    return row;
  }

  async function openEngagement(ctx: UserContext, id: string) {
    const engagement = await q.findEngagement(db, ctx.actor.officeId, id);
    if (!engagement) throw notFound();
    await requireVisibleFamily(db, ctx, engagement.familyId);
    if (engagement.status === 'closed') throw new AppError('engagement_closed');
    return engagement;
  }

  return {
    async recordInterview(ctx: UserContext, familyId: string, input: CreateInterviewBody) {
      await requireVisibleFamily(db, ctx, familyId);
      if (isFutureDate(input.interviewDate, deps.now())) throw fieldError('interviewDate', 'date_in_future');
      return db.transaction(async (tx) => {
        const interviewId = await q.insertInterview(tx, { ...input, familyId, recordedBy: ctx.actor.id });
        await audit(ctx, tx, {
          action: 'intake.interview_recorded',
          entityType: 'family',
          entityId: familyId,
          details: { interviewId, interviewDate: input.interviewDate },
        });
        return families.familyFile(tx, familyId);
      });
    },

    async fileRequest(ctx: UserContext, familyId: string, input: CreateRequestBody) {
      await requireVisibleFamily(db, ctx, familyId);
      const basis = input.legalBasis;
      if (input.interviewId && !(await q.interviewBelongsTo(db, input.interviewId, familyId))) {
        throw fieldError('interviewId', 'interview_invalid');
      }
      if (basis.kind === 'consent' && isFutureDate(basis.consentDate, deps.now())) {
        throw fieldError('legalBasis.consentDate', 'date_in_future');
      }
      if (basis.kind === 'court_order' && isFutureDate(basis.rulingDate, deps.now())) {
        throw fieldError('legalBasis.rulingDate', 'date_in_future');
      }
      return db.transaction(async (tx) => {
        if (await q.hasOpenEngagement(tx, familyId)) throw new AppError('family_has_open_engagement');
        if (await q.hasPendingRequest(tx, familyId)) throw new AppError('request_already_pending');
        const requestId = await q.insertRequest(tx, {
          officeId: ctx.actor.officeId,
          familyId,
          interviewId: input.interviewId ?? null,
          justification: input.justification,
          legalBasis: basis.kind,
          consentDate: basis.kind === 'consent' ? basis.consentDate : null,
          consentSignedBy: basis.kind === 'consent' ? basis.signedBy : null,
          court: basis.kind === 'court_order' ? basis.court : null,
          courtCaseSignature: basis.kind === 'court_order' ? basis.caseSignature : null,
          courtRulingDate: basis.kind === 'court_order' ? basis.rulingDate : null,
          filedBy: ctx.actor.id,
        });
        await audit(ctx, tx, {
          action: 'request.filed',
          entityType: 'assistance_request',
          entityId: requestId,
          details: { familyId, legalBasis: basis.kind },
        });
        return families.familyFile(tx, familyId);
      });
    },

    async findRequests(ctx: UserContext, query: RequestListQuery) {
      const rows = await q.listRequests(db, ctx.actor.officeId, query, decodeCursor(query.cursor));
      const page = toPage(rows, query.limit, (row) => [row.filedAt.toISOString(), row.id]);
      return {
        items: page.items.map((row) => ({
          ...presentRequest(row),
          assistant: row.assistant,
          family: row.family,
        })),
        nextCursor: page.nextCursor,
      };
    },

    /** Approving assigns the assistant: the engagement starts in `assigned`. */
    async approveRequest(ctx: UserContext, id: string, input: ApproveRequestBody) {
      const request = await requestOf(ctx, id);
      await db.transaction(async (tx) => {
        await q.lockRequest(tx, id);
        if (
          !(await q.decideRequestIfVersion(tx, id, input.version, {
            status: 'approved',
            decidedBy: ctx.actor.id,
          }))
        ) {
          throw request.status === 'pending' ? conflict() : new AppError('request_already_decided');
        }
        if (await q.hasOpenEngagement(tx, request.familyId)) throw new AppError('family_has_open_engagement');
        const load = await takePlace(tx, ctx, input.assistantId, 'assistantId');
        const engagementId = await q.insertEngagement(tx, {
          officeId: ctx.actor.officeId,
          familyId: request.familyId,
          requestId: id,
          assistantId: input.assistantId,
          assignedBy: ctx.actor.id,
          // The app's clock, not the database's: the day of the assignment starts the law's terms.
          assignedAt: deps.now(),
          firstVisitAt: input.firstVisitAt ? new Date(input.firstVisitAt) : null,
        });
        await audit(ctx, tx, {
          action: 'request.approved',
          entityType: 'assistance_request',
          entityId: id,
          details: { familyId: request.familyId, engagementId, assistantId: input.assistantId, load },
        });
      });
      return presentRequest(await requestOf(ctx, id));
    },

    async rejectRequest(ctx: UserContext, id: string, input: RejectRequestBody) {
      const request = await requestOf(ctx, id);
      await db.transaction(async (tx) => {
        await q.lockRequest(tx, id);
        const decided = await q.decideRequestIfVersion(tx, id, input.version, {
          status: 'rejected',
          decidedBy: ctx.actor.id,
          rejectionReason: input.reason,
        });
        if (!decided)
          throw request.status === 'pending' ? conflict() : new AppError('request_already_decided');
        await audit(ctx, tx, {
          action: 'request.rejected',
          entityType: 'assistance_request',
          entityId: id,
          details: { familyId: request.familyId },
        });
      });
      return presentRequest(await requestOf(ctx, id));
    },

    async caseloads(ctx: UserContext) {
      const rules = await q.caseloadRules(db, ctx.actor.officeId);
      const rows = await q.caseloads(db, ctx.actor.officeId, rules.monitoringCounts);
      return {
        items: rows.map((row) => ({
          assistant: { id: row.id, name: row.name },
          active: row.active,
          limit: CASELOAD_LIMIT,
          warningAt: rules.warningAt,
          state: caseloadState(row.active, rules.warningAt),
        })),
      };
    },

    /** Another assistant takes the engagement over (at the family's request); the history stays. */
    async reassign(ctx: UserContext, id: string, input: ReassignBody) {
      const engagement = await openEngagement(ctx, id);
      if (engagement.assistantId === input.assistantId) throw fieldError('assistantId', 'staff_invalid');
      return db.transaction(async (tx) => {
        await takePlace(tx, ctx, input.assistantId, 'assistantId');
        if (!(await q.updateEngagementIfVersion(tx, id, input.version, { assistantId: input.assistantId }))) {
          throw conflict();
        }
        await q.handOver(tx, id, input.assistantId, ctx.actor.id, input.reason);
        await audit(ctx, tx, {
          action: 'engagement.reassigned',
          entityType: 'engagement',
          entityId: id,
          details: { familyId: engagement.familyId, from: engagement.assistantId, to: input.assistantId },
        });
        return families.familyFile(tx, engagement.familyId);
      });
    },

    /** Plans the first visit, which the assistant makes together with the social worker. */
    async planFirstVisit(ctx: UserContext, id: string, input: FirstVisitBody) {
      const engagement = await openEngagement(ctx, id);
      return db.transaction(async (tx) => {
        const firstVisitAt = input.firstVisitAt ? new Date(input.firstVisitAt) : null;
        if (!(await q.updateEngagementIfVersion(tx, id, input.version, { firstVisitAt }))) throw conflict();
        await audit(ctx, tx, {
          action: 'engagement.first_visit_planned',
          entityType: 'engagement',
          entityId: id,
          details: { familyId: engagement.familyId, firstVisitAt: firstVisitAt?.toISOString() ?? null },
        });
        return families.familyFile(tx, engagement.familyId);
      });
    },
  };
}
