import type { TimesheetQuery } from '../../../contract/contacts';
import type { TimesheetPrintoutQuery } from '../../../contract/documents';
import { addDays, addMonths, warsawDate } from '../../../domain/calendar';
import { timesheet } from '../../../domain/working-time';
import type { UserContext } from '../../access/context';
import { staffMember } from '../../access/staff-scope';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { slug } from '../../http/download';
import { workRules } from '../office/queries';
import { timesheetPrintout } from '../printouts/kinds/records';
import { mediaTypes, printingOffice, printoutFilename, renderPrintout } from '../printouts/render';
import { timesheetEntries } from './queries';
import { timesheetXlsx } from './xlsx';

/** The monthly timesheet of task-based working time: hours per day and kind against the norm. */
export function timesheetService(deps: AppDeps) {
  const { db } = deps;

  async function compute(ctx: UserContext, query: TimesheetQuery, scope: 'mine' | 'team') {
    const person = await staffMember(db, ctx, scope === 'mine' ? undefined : query.assistantId);
    const first = `${query.month}-01`;
    const [entries, rules] = await Promise.all([
      timesheetEntries(db, person.id, first, addDays(addMonths(first, 1), -1)),
      workRules(db, ctx.actor.officeId),
    ]);
    return {
      assistant: { id: person.id, name: person.name },
      month: query.month,
      fte: person.fte,
      window: rules.window,
      ...timesheet(query.month, entries, { fte: person.fte, window: rules.window }),
    };
  }

  return {
    compute,

    /** The timesheet as a printout (PDF or DOCX) to sign; audited. */
    async print(ctx: UserContext, query: TimesheetPrintoutQuery, scope: 'mine' | 'team') {
      const sheet = await compute(ctx, query, scope);
      return db.transaction(async (tx) => {
        const office = await printingOffice(tx, ctx.actor.officeId, warsawDate(deps.now()));
        const built = timesheetPrintout({ timesheet: sheet });
        const { content, fromTemplate } = await renderPrintout(tx, office, 'timesheet', built, query.format);
        await audit(ctx, tx, {
          action: 'printout.generated',
          entityType: 'user',
          entityId: sheet.assistant.id,
          details: {
            kind: 'timesheet',
            format: query.format,
            recordId: sheet.assistant.id,
            template: fromTemplate,
            month: sheet.month,
          },
        });
        return {
          content,
          mediaType: mediaTypes[query.format],
          fileName: printoutFilename('timesheet', `${sheet.month} ${sheet.assistant.name}`, query.format),
        };
      });
    },

    /** The timesheet as an XLSX workbook, in the person's language; the export is audited. */
    async exportXlsx(ctx: UserContext, query: TimesheetQuery, scope: 'mine' | 'team') {
      const sheet = await compute(ctx, query, scope);
      const workbook = await timesheetXlsx(sheet, ctx.actor.locale);
      await audit(ctx, db, {
        action: 'timesheet.exported',
        entityType: 'user',
        entityId: sheet.assistant.id,
        details: { month: sheet.month },
      });
      return { workbook, filename: `ewidencja-${sheet.month}-${slug(sheet.assistant.name)}.xlsx` };
    },
  };
}
