import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Timesheet } from '../../contract/contacts';
import type { PrintoutFormat } from '../../contract/documents';
import { api, apiUrl } from './client';

/** Whose timesheet: one's own (`null`) or a colleague's, which needs `worktime:team`. */
export type TimesheetPerson = string | null;

export const timesheetKeys = {
  /** Recording contacts or other work invalidates every timesheet under this prefix. */
  all: ['timesheet'] as const,
  month: (month: string, assistantId: TimesheetPerson) =>
    ['timesheet', assistantId ?? 'mine', month] as const,
};

const timesheetPath = (assistantId: TimesheetPerson) =>
  assistantId ? '/api/timesheet/team' : '/api/timesheet';

/** The month's hours per day and kind, against the norm for the person's FTE. */
export function useTimesheet(month: string, assistantId: TimesheetPerson, enabled = true) {
  return useQuery({
    queryKey: timesheetKeys.month(month, assistantId),
    queryFn: ({ signal }) =>
      api(timesheetPath(assistantId), { schema: Timesheet, signal, query: { month, assistantId } }),
    enabled,
    // The next month keeps the current one on screen until it arrives.
    placeholderData: keepPreviousData,
  });
}

/** The same timesheet as an XLSX download: a plain link, the session cookie goes along. */
export const timesheetXlsxUrl = (month: string, assistantId: TimesheetPerson) =>
  apiUrl(`${timesheetPath(assistantId)}/xlsx`, { month, assistantId });

/** The same timesheet as a printout to sign (PDF or DOCX), also a plain link. */
export const timesheetPrintoutUrl = (month: string, assistantId: TimesheetPerson, format: PrintoutFormat) =>
  apiUrl(`${timesheetPath(assistantId)}/printout`, { month, assistantId, format });
