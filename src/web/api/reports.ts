import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type ExportFormat as ExportFormatSchema,
  Report,
  ReportDefinition,
  StateReport,
  Trend,
  type UpdateReportDefinitionBody,
} from '../../contract/reports';
import { api, apiUrl } from './client';
import { problemCode } from './errors';

/** A download's format: a spreadsheet (XLSX) or plain CSV. */
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The period a report covers: a calendar year or one of its halves. */
export type ReportPeriod = { kind: 'year'; year: number } | { kind: 'half'; year: number; half: 1 | 2 };

export const reportsKeys = {
  /** Every report: changes to the staff records (or the definition) reload them all. */
  all: ['reports'] as const,
  period: (period: ReportPeriod) => ['reports', 'period', period] as const,
  trend: (from: number, to: number) => ['reports', 'trend', from, to] as const,
  state: (year: number, half: 1 | 2) => ['reports', 'state', year, half] as const,
  definition: ['reports', 'definition'] as const,
};

const periodPath = (period: ReportPeriod) =>
  period.kind === 'year' ? '/api/reports/yearly' : '/api/reports/half-yearly';
const periodQuery = (period: ReportPeriod) =>
  period.kind === 'year' ? { year: period.year } : { year: period.year, half: period.half };

/** The figures of a year or a half-year: the team, the families, the closures, the contacts. */
export function usePeriodReport(period: ReportPeriod) {
  return useQuery({
    queryKey: reportsKeys.period(period),
    queryFn: ({ signal }) => api(periodPath(period), { schema: Report, signal, query: periodQuery(period) }),
    // Another period keeps the current figures on screen until its own arrive.
    placeholderData: keepPreviousData,
  });
}

/** The same report as a spreadsheet: a plain link, the session cookie goes along. */
export const periodReportUrl = (period: ReportPeriod, format: ExportFormat) =>
  apiUrl(`${periodPath(period)}/${format}`, periodQuery(period));

/** The yearly figures from `from` to `to`, for the chart of the years. */
export function useReportTrend(from: number, to: number) {
  return useQuery({
    queryKey: reportsKeys.trend(from, to),
    queryFn: ({ signal }) => api('/api/reports/trend', { schema: Trend, signal, query: { from, to } }),
  });
}

/** The state's half-year report: the rows of the office's definition with their values. */
export function useStateReport(year: number, half: 1 | 2) {
  return useQuery({
    queryKey: reportsKeys.state(year, half),
    queryFn: ({ signal }) =>
      api('/api/reports/state', { schema: StateReport, signal, query: { year, half } }),
    placeholderData: keepPreviousData,
  });
}

export const stateReportUrl = (year: number, half: 1 | 2, format: ExportFormat) =>
  apiUrl(`/api/reports/state/${format}`, { year, half });

/** Which figure each row of the state's report shows (the administrator keeps it). */
export function useReportDefinition(enabled: boolean) {
  return useQuery({
    queryKey: reportsKeys.definition,
    queryFn: ({ signal }) => api('/api/reports/state/definition', { schema: ReportDefinition, signal }),
    enabled,
  });
}

/**
 * Saves the definition (optimistic locking by `version`, null while the built-in one holds). The
 * state's reports reload with the new rows; after a conflict the definition reloads.
 */
export function useSaveReportDefinition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateReportDefinitionBody>) =>
      api('/api/reports/state/definition', { method: 'PUT', body, schema: ReportDefinition }),
    onSuccess: async (definition) => {
      queryClient.setQueryData(reportsKeys.definition, definition);
      await queryClient.invalidateQueries({ queryKey: ['reports', 'state'] });
    },
    onError: (error) => {
      if (problemCode(error) === 'conflict') {
        void queryClient.invalidateQueries({ queryKey: reportsKeys.definition });
        void queryClient.invalidateQueries({ queryKey: ['reports', 'state'] });
      }
    },
  });
}
