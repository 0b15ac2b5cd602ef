import { addWorkingDays } from './calendar';

/**
 * The "Niebieska Karta" procedure (LAW.md §6, Dz.U. 2023 poz. 1870): the assistant does not run
 * it, but records it — and when she started it by filling in form A, she must pass the form to
 * the interdisciplinary team within 5 working days (Polish public holidays excluded).
 */
export const FORM_A_WORKING_DAYS = 5;

export const formADue = (startedOn: string): string => addWorkingDays(startedOn, FORM_A_WORKING_DAYS);

/** Why the procedure ended. */
export const blueCardClosureGrounds = ['violence_stopped', 'no_grounds'] as const;
export type BlueCardClosureGround = (typeof blueCardClosureGrounds)[number];
