import { z } from 'zod';
import { closureReasons } from '../domain/engagement';
import { reportMetrics } from '../domain/report-definition';
import { employmentForms, fundingSources } from '../domain/staff';
import { Text, Version } from './common';

/*
 * Reports for a year or a half-year, computed from the records: the team, the families, the
 * children, the closures; the state's half-year report by a definition the administrator keeps.
 */

const Year = z.coerce.number().int().min(2000).max(2100);
export const YearQuery = z.object({ year: Year });
export const HalfYearQuery = z.object({ year: Year, half: z.coerce.number().int().min(1).max(2) });
export const TrendQuery = z
  .object({ from: Year, to: Year })
  .refine((q) => q.from <= q.to && q.to - q.from <= 20, {
    path: ['to'],
    message: 'range_too_long',
  });
export const ExportFormat = z.enum(['xlsx', 'csv']);
export const ExportParams = z.object({ format: ExportFormat });

const counts = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

export const Report = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  staff: z.object({
    total: z.number().int(),
    atEnd: z.number().int(),
    byFunding: counts(fundingSources),
    byForm: counts(employmentForms),
    fteAverage: z.number(),
    fteAtEnd: z.number(),
  }),
  families: z.object({
    families: z.number().int(),
    courtOrdered: z.number().int(),
    zaZyciem: z.number().int(),
    started: z.number().int(),
    closed: z.number().int(),
    children: z.number().int(),
    closures: counts(closureReasons),
    averageDays: z.number().nullable(),
    medianDays: z.number().nullable(),
  }),
  contacts: z.number().int(),
});
export type Report = z.infer<typeof Report>;

export const Trend = z.object({ items: z.array(Report.extend({ year: z.number().int() })) });
export type Trend = z.infer<typeof Trend>;

export const ReportMetric = z.enum(reportMetrics);
export type ReportMetric = z.infer<typeof ReportMetric>;

export const DefinitionRow = z.object({ label: Text(300).min(1), metric: ReportMetric });
export const ReportDefinition = z.object({
  rows: z.array(DefinitionRow),
  /** Null for the built-in definition, not yet changed by the office. */
  version: z.number().int().nullable(),
});
export type ReportDefinition = z.infer<typeof ReportDefinition>;
export const UpdateReportDefinitionBody = z.object({
  rows: z.array(DefinitionRow).min(1).max(100),
  version: Version.nullable(),
});

export const StateReport = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  rows: z.array(z.object({ label: z.string(), metric: ReportMetric, value: z.number().nullable() })),
});
export type StateReport = z.infer<typeof StateReport>;
