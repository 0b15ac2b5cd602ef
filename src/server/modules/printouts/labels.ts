import type { ContactKind, ContactPlace } from '../../../contract/contacts';
import type { GoalAchievement, Recommendation } from '../../../contract/engagements';
import type { PartnerRole, ReferralStatus } from '../../../contract/partners';
import type { Relation } from '../../../contract/people';
import { warsawDate } from '../../../domain/calendar';
import type { DiagnosisArea } from '../../../domain/diagnosis';
import type { ActionStatus } from '../../../domain/work-plan';
import { closureReasonTexts, inSentence, type Text, timesheetKindTexts } from '../../i18n/record-labels';

/*
 * The words of the records as the office's paper says them. Printouts are the office's
 * documents and are always in Polish, whatever language the person's screen is in.
 */

export const relationLabels: Record<Relation, string> = {
  parent: 'rodzic',
  child: 'dziecko',
  partner: 'partner / partnerka',
  grandparent: 'dziadek / babcia',
  sibling: 'rodzeństwo',
  other: 'inna osoba',
};

export const closureReasonLabels = polishInSentence(closureReasonTexts);

export const recommendationLabels: Record<Recommendation, string> = {
  continue: 'kontynuacja pracy z rodziną',
  extend: 'przedłużenie okresu współpracy',
  monitoring: 'przejście do monitoringu',
  close: 'zakończenie współpracy',
};

export const achievementLabels: Record<GoalAchievement, string> = {
  achieved: 'osiągnięty',
  partly: 'osiągnięty częściowo',
  not_achieved: 'nieosiągnięty',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  planned: 'zaplanowane',
  in_progress: 'w trakcie',
  done: 'wykonane',
  not_done: 'niewykonane',
};

export const contactKindLabels: Record<ContactKind, string> = {
  home_visit: 'wizyta domowa',
  consultation: 'konsultacja',
  escort: 'towarzyszenie w załatwianiu spraw',
  phone_call: 'rozmowa telefoniczna',
  group_meeting: 'spotkanie grupowe',
  working_meeting: 'spotkanie robocze',
  monitoring_visit: 'wizyta monitorująca',
};

export const contactPlaceLabels: Record<ContactPlace, string> = {
  family_home: 'dom rodziny',
  office_duty: 'dyżur w ośrodku',
  institution: 'instytucja',
  phone: 'telefonicznie',
  elsewhere: 'inne miejsce',
};

export const partnerRoleLabels: Record<PartnerRole, string> = {
  school_tutor: 'wychowawca',
  school_pedagogue: 'pedagog szkolny',
  probation_officer: 'kurator sądowy',
  police_officer: 'dzielnicowy',
  psychologist: 'psycholog',
  doctor: 'lekarz',
  therapist: 'terapeuta',
  social_worker: 'pracownik socjalny',
  foster_care_coordinator: 'koordynator pieczy zastępczej',
  other: 'inna osoba',
};

export const referralStatusLabels: Record<ReferralStatus, string> = {
  referred: 'skierowano',
  in_progress: 'w trakcie',
  completed: 'zakończone',
  not_taken_up: 'nie podjęto',
};

export const requestStatusLabels = {
  pending: 'czeka na decyzję',
  approved: 'zatwierdzony',
  rejected: 'odrzucony',
};

export const weekdayLabels = ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'];

/** A date as Polish paper writes it: 2026-11-25 → 25.11.2026. */
export const plDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '';

/** Hours from minutes, with a Polish decimal comma: 90 → "1,5". */
export const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');

const warsawMoment = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A moment as Polish paper writes it, in Polish time: "25.11.2026, 10:00". */
export const plMoment = (iso: string | null | undefined) => (iso ? warsawMoment.format(new Date(iso)) : '');

/** The date of a moment, in Polish time: "25.11.2026". */
export const plDateOf = (iso: string | null | undefined) => (iso ? plDate(warsawDate(new Date(iso))) : '');

export const areaLabels: Record<DiagnosisArea, string> = {
  care_upbringing: 'opieka i wychowanie dzieci',
  household: 'prowadzenie gospodarstwa domowego',
  finances_work: 'finanse i praca',
  housing: 'sytuacja mieszkaniowa',
  health: 'zdrowie',
  relations_violence: 'relacje w rodzinie i przemoc',
  schooling: 'edukacja i szkoła dzieci',
};

export const timesheetKindLabels = polishInSentence(timesheetKindTexts);

/** The Polish words of a label table, as they read inside a sentence. */
function polishInSentence<K extends string>(texts: Record<K, Text>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<Text>(texts).map(([key, text]) => [key, inSentence(text.pl)]),
  ) as Record<K, string>;
}
