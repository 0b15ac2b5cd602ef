import type { TimesheetQuery } from '../../../contract/contacts';
import { addDays, addMonths } from '../../../domain/calendar';
import { timesheet } from '../../../domain/working-time';
import type { UserContext } from '../../access/context';
import { staffMember } from '../../access/staff-scope';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { workRules } from '../office/queries';
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

/** A file name's safe form of a Polish name: "Łucja Żak" → "lucja-zak". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replaceAll('ł', 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
