import type { PrintoutQuery } from '../../../contract/documents';
import { warsawDate } from '../../../domain/calendar';
import type { PrintoutKind } from '../../../domain/documents';
import type { UserContext } from '../../access/context';
import { requireVisibleFamily } from '../../access/family-scope';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors/app-error';
import { listContacts } from '../contacts/queries';
import { presentPlan } from '../engagements/presenter';
import { familyMembersOf, planVersion } from '../engagements/queries';
import { engagementsService } from '../engagements/service';
import { visibleEngagement } from '../engagements/work';
import { familiesService } from '../families/service';
import { presentRequest } from '../intake/presenter';
import { findRequest } from '../intake/queries';
import { partnersService } from '../partners/service';
import { consentAssistance, consentData, consentGroup } from './kinds/consents';
import {
  assessment,
  courtOpinion,
  type EngagementSource,
  engagementRequest,
  workPlan,
} from './kinds/engagement';
import { assignment, assistanceRequest } from './kinds/intake';
import { contactCard, partnerList } from './kinds/records';
import { engagementOfRecord } from './queries';
import { mediaTypes, type PrintingOffice, printingOffice, printoutFilename, renderPrintout } from './render';
import type { Built } from './values';

type RecordKind = Exclude<PrintoutKind, 'timesheet'>;
type EngagementKind = Exclude<RecordKind, 'assistance_request'>;

/** The most contacts a card lists: more than two years of visits twice a week. */
const CONTACT_CARD_LIMIT = 2000;

/** Printouts of a family's records, each read with the person's access checked, and audited. */
export function printoutsService(deps: AppDeps) {
  const { db } = deps;
  const engagements = engagementsService(deps);
  const families = familiesService(deps);
  const partners = partnersService(deps);
  const today = () => warsawDate(deps.now());

  async function engagementIdOf(kind: EngagementKind, id: string): Promise<string> {
    switch (kind) {
      case 'assessment':
      case 'extension_request':
      case 'closure_request':
      case 'court_opinion': {
        const engagementId = await engagementOfRecord(db, kind, id);
        if (!engagementId) throw notFound();
        return engagementId;
      }
      default:
        return id;
    }
  }

  const found = <T>(record: T | undefined): T => {
    if (!record) throw notFound();
    return record;
  };

  async function buildOfEngagement(
    tx: Executor,
    office: PrintingOffice,
    kind: EngagementKind,
    id: string,
    engagementId: string,
    query: PrintoutQuery,
  ): Promise<Built> {
    const view = await engagements.assemble(tx, engagementId);
    const file = await families.familyFile(tx, view.engagement.familyId);
    const source: EngagementSource = { file, view };
    const consent = { office: office.values, file, assistant: view.engagement.assistant.name };
    switch (kind) {
      case 'consent_assistance':
        return consentAssistance(consent);
      case 'consent_data':
        return consentData(consent);
      case 'consent_group':
        return consentGroup(consent);
      case 'assignment':
        return assignment({
          file,
          engagement: view.engagement,
          request: file.requests.find((r) => r.id === view.engagement.requestId) ?? null,
        });
      case 'work_plan': {
        const row = found(await planVersion(tx, engagementId, query.version));
        return workPlan({ ...source, plan: presentPlan(row, await familyMembersOf(tx, file.id)) });
      }
      case 'assessment':
        return assessment({ ...source, assessment: found(view.assessments.find((a) => a.id === id)) });
      case 'extension_request':
      case 'closure_request':
        return engagementRequest({ ...source, request: found(view.requests.find((r) => r.id === id)) });
      case 'court_opinion':
        return courtOpinion({ ...source, opinion: found(view.courtOpinions.find((o) => o.id === id)) });
      case 'contact_card': {
        const from = query.from ?? view.engagement.firstContactDate ?? today();
        const to = query.to ?? today();
        const rows = await listContacts(tx, { engagementId }, { from, to, limit: CONTACT_CARD_LIMIT }, null);
        return contactCard({ ...source, contacts: rows.slice(0, CONTACT_CARD_LIMIT).reverse(), from, to });
      }
      case 'partner_list':
        return partnerList({ ...source, partners: await partners.partnersOfEngagement(tx, engagementId) });
    }
  }

  /** The family a printout's record belongs to, once the person may see it, and how to build it. */
  async function locate(ctx: UserContext, kind: RecordKind, id: string, query: PrintoutQuery) {
    if (kind === 'assistance_request') {
      const request = found(await findRequest(db, ctx.actor.officeId, id));
      await requireVisibleFamily(db, ctx, request.familyId);
      const build = async (tx: Executor): Promise<Built> =>
        assistanceRequest({
          file: await families.familyFile(tx, request.familyId),
          request: presentRequest(request),
        });
      return { familyId: request.familyId, build };
    }
    const engagementId = await engagementIdOf(kind, id);
    const { familyId } = await visibleEngagement(db, ctx, engagementId);
    const build = (tx: Executor, office: PrintingOffice) =>
      buildOfEngagement(tx, office, kind, id, engagementId, query);
    return { familyId, build };
  }

  return {
    /** A printout of one record, as PDF or DOCX; the family's visibility decides, the print is audited. */
    async print(ctx: UserContext, kind: RecordKind, id: string, query: PrintoutQuery) {
      const { familyId, build } = await locate(ctx, kind, id, query);
      return db.transaction(async (tx) => {
        const office = await printingOffice(tx, ctx.actor.officeId, today());
        const built = await build(tx, office);
        const { content, fromTemplate } = await renderPrintout(tx, office, kind, built, query.format);
        await audit(ctx, tx, {
          action: 'printout.generated',
          entityType: 'family',
          entityId: familyId,
          details: { kind, format: query.format, recordId: id, template: fromTemplate },
        });
        return {
          content,
          mediaType: mediaTypes[query.format],
          fileName: printoutFilename(kind, String(built.values.numer_sprawy ?? ''), query.format),
        };
      });
    },
  };
}
