import type { TimesheetKind } from '../../contract/contacts';
import type { Locale } from '../../contract/roles';
import type { ClosureReason } from '../../domain/engagement';

/*
 * The words for the records' values that the server itself writes — in exports (Polish or
 * English, as the person's screen) and in printouts (always Polish): one table for each.
 */

export type Text = Record<Locale, string>;

export const timesheetKindTexts: Record<TimesheetKind, Text> = {
  contact: { pl: 'Kontakty z rodzinami', en: 'Contacts with families' },
  documentation: { pl: 'Dokumentacja', en: 'Documentation' },
  travel: { pl: 'Dojazdy', en: 'Travel' },
  training: { pl: 'Szkolenia', en: 'Trainings' },
  supervision: { pl: 'Superwizja', en: 'Supervision' },
  team_meeting: { pl: 'Spotkania zespołu', en: 'Team meetings' },
  duty_hours: { pl: 'Dyżury', en: 'Duty hours' },
  other: { pl: 'Inne', en: 'Other' },
};

export const closureReasonTexts: Record<ClosureReason, Text> = {
  goals_achieved: { pl: 'Osiągnięcie celów', en: 'Goals achieved' },
  family_withdrew: { pl: 'Rezygnacja rodziny ze współpracy', en: 'The family withdrew' },
  no_effects: { pl: 'Brak efektów', en: 'No effects' },
  method_change: { pl: 'Zmiana metody pracy', en: 'Change of method' },
  child_of_age: { pl: 'Osiągnięcie pełnoletności przez dziecko', en: 'The child came of age' },
  court_decision: { pl: 'Orzeczenie sądu', en: "A court's decision" },
};

/** A label as it reads inside a sentence: „Osiągnięcie celów” → „osiągnięcie celów”. */
export const inSentence = (text: string) => text.charAt(0).toLocaleLowerCase('pl') + text.slice(1);
