/**
 * Art. 15 ust. 4 of the family-support act: one assistant may work with at most 15 families at
 * the same time. An office may warn earlier; whether families in monitoring count is its choice,
 * and by default they do (the assistant still visits them).
 */
export const CASELOAD_LIMIT = 15;

export type CaseloadState = 'ok' | 'warning' | 'full';

/** Engagement statuses that occupy one of the assistant's places. */
export function occupiesPlace(status: string, monitoringCounts: boolean): boolean {
  if (status === 'closed') return false;
  if (status === 'monitoring') return monitoringCounts;
  return true;
}

export function caseloadState(active: number, warningAt: number | null): CaseloadState {
  if (active >= CASELOAD_LIMIT) return 'full';
  if (warningAt !== null && active >= warningAt) return 'warning';
  return 'ok';
}
