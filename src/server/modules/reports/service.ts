import type { z } from 'zod';
import type { Report, StateReport, UpdateReportDefinitionBody } from '../../../contract/reports';
import type { Locale } from '../../../contract/roles';
import { defaultStateRows, metricValue, type ReportMetric } from '../../../domain/report-definition';
import {
  type EmploymentRecord,
  type EngagementRecord,
  familyFigures,
  halfYearPeriod,
  type Period,
  staffFigures,
  yearPeriod,
} from '../../../domain/reports';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { Executor } from '../../db/client';
import type { AppDeps } from '../../deps';
import { conflict } from '../../errors/app-error';
import { reportCsv, reportTable, reportXlsx, stateTable } from './export';
import * as q from './queries';

const STATE_REPORT = 'state_half_year';

export type ReportKind = 'yearly' | 'half-yearly' | 'state';

/** The reports of the office, computed from its records each time they are asked for. */
export function reportsService({ db }: AppDeps) {
  /** Every record a set of periods needs, read once, and the report of each period from them. */
  async function reportsOf(tx: Executor, officeId: string, periods: Period[]): Promise<Report[]> {
    const span = { from: periods[0]?.from ?? '', to: periods.at(-1)?.to ?? '' };
    const [employment, engagements, members, contacts] = await Promise.all([
      q.employmentIn(tx, officeId, span),
      q.engagementRecordsIn(tx, officeId, span),
      q.membersIn(tx, officeId, span),
      q.contactsByYear(tx, officeId, span),
    ]);
    return periods.map((period) => ({
      period,
      staff: staffFigures(employment as EmploymentRecord[], period),
      families: familyFigures(engagements as EngagementRecord[], members, period),
      contacts: periodContacts(contacts, period),
    }));
  }

  async function reportOf(tx: Executor, officeId: string, period: Period) {
    const [report] = await reportsOf(tx, officeId, [period]);
    if (!report) throw new Error('no report');
    return report;
  }

  async function definition(tx: Executor, officeId: string) {
    const stored = await q.definitionOf(tx, officeId, STATE_REPORT);
    return stored
      ? { rows: stored.rows as { label: string; metric: ReportMetric }[], version: stored.version }
      : { rows: defaultStateRows, version: null };
  }

  async function stateReportOf(tx: Executor, officeId: string, period: Period): Promise<StateReport> {
    const [report, { rows }] = await Promise.all([reportOf(tx, officeId, period), definition(tx, officeId)]);
    return { period, rows: rows.map((row) => ({ ...row, value: metricValue(report, row.metric) })) };
  }

  /** A report read, and the read recorded in the audit log. */
  async function viewed<T>(
    ctx: UserContext,
    kind: ReportKind,
    period: Period,
    read: (tx: Executor) => Promise<T>,
  ) {
    return db.transaction(async (tx) => {
      const result = await read(tx);
      await audit(ctx, tx, {
        action: 'report.viewed',
        entityType: 'report',
        entityId: kind,
        details: period,
      });
      return result;
    });
  }

  return {
    yearly: (ctx: UserContext, year: number) =>
      viewed(ctx, 'yearly', yearPeriod(year), (tx) => reportOf(tx, ctx.actor.officeId, yearPeriod(year))),

    halfYearly: (ctx: UserContext, year: number, half: 1 | 2) =>
      viewed(ctx, 'half-yearly', halfYearPeriod(year, half), (tx) =>
        reportOf(tx, ctx.actor.officeId, halfYearPeriod(year, half)),
      ),

    state: (ctx: UserContext, year: number, half: 1 | 2) =>
      viewed(ctx, 'state', halfYearPeriod(year, half), (tx) =>
        stateReportOf(tx, ctx.actor.officeId, halfYearPeriod(year, half)),
      ),

    /** Key figures year by year, for the charts. */
    async trend(ctx: UserContext, from: number, to: number) {
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const reports = await reportsOf(db, ctx.actor.officeId, years.map(yearPeriod));
      return reports.map((report, i) => ({ ...report, year: years[i] as number }));
    },

    definition: (ctx: UserContext) => definition(db, ctx.actor.officeId),

    async saveDefinition(ctx: UserContext, body: z.infer<typeof UpdateReportDefinitionBody>) {
      return db.transaction(async (tx) => {
        const saved = await q.saveDefinition(
          tx,
          { officeId: ctx.actor.officeId, key: STATE_REPORT, rows: body.rows, updatedBy: ctx.actor.id },
          body.version,
        );
        if (!saved) throw conflict();
        await audit(ctx, tx, {
          action: 'report.definition_changed',
          entityType: 'report',
          entityId: 'state',
          details: { rows: body.rows.length },
        });
        return definition(tx, ctx.actor.officeId);
      });
    },

    /** A report as XLSX or CSV, in the person's language; the export is audited. */
    async export(ctx: UserContext, kind: ReportKind, period: Period, format: 'xlsx' | 'csv') {
      return db.transaction(async (tx) => {
        const locale: Locale = ctx.actor.locale;
        const table =
          kind === 'state'
            ? stateTable(await stateReportOf(tx, ctx.actor.officeId, period), locale)
            : reportTable(await reportOf(tx, ctx.actor.officeId, period), locale);
        await audit(ctx, tx, {
          action: 'report.exported',
          entityType: 'report',
          entityId: kind,
          details: { ...period, format },
        });
        const name = `raport-${kind}-${period.from}-${period.to}.${format}`;
        return format === 'xlsx'
          ? { content: await reportXlsx(table), fileName: name, mediaType: XLSX }
          : { content: reportCsv(table), fileName: name, mediaType: 'text/csv; charset=utf-8' };
      });
    },
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Contacts of the period, from counts by year over a span made of whole years or of the one period. */
function periodContacts(byYear: readonly { year: number; n: number }[], period: Period): number {
  return byYear
    .filter((row) => String(row.year) === period.from.slice(0, 4))
    .reduce((sum, row) => sum + row.n, 0);
}
