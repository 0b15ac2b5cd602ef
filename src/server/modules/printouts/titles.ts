import type { PrintoutKind } from '../../../domain/documents';

/** Each printout's title, as the paper and the template page name it. */
export const printoutTitles: Record<PrintoutKind, string> = {
  consent_assistance: 'Zgoda rodziny na współpracę z asystentem rodziny',
  consent_data: 'Klauzula informacyjna i zgoda na przetwarzanie danych osobowych',
  consent_group: 'Zgoda na udział w konsultacjach grupowych',
  assistance_request: 'Wniosek o przydzielenie asystenta rodziny',
  assignment: 'Przydzielenie asystenta rodziny',
  work_plan: 'Plan pracy z rodziną',
  assessment: 'Okresowa ocena sytuacji rodziny',
  extension_request: 'Wniosek o przedłużenie współpracy z rodziną',
  closure_request: 'Wniosek o zakończenie współpracy z rodziną',
  court_opinion: 'Opinia asystenta rodziny dla sądu',
  contact_card: 'Karta kontaktów z rodziną',
  timesheet: 'Ewidencja czasu pracy',
  partner_list: 'Lista partnerów współpracujących z rodziną',
};
