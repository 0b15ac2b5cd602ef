import { type PrintoutKind, printoutKinds } from '../../../domain/documents';
import {
  assessmentPlaceholders,
  courtOpinionPlaceholders,
  engagementRequestPlaceholders,
  workPlanPlaceholders,
} from './kinds/engagement';
import { familyPlaceholders } from './kinds/family';
import { assignmentPlaceholders, requestPlaceholders } from './kinds/intake';
import { contactCardPlaceholders, partnerListPlaceholders, timesheetPlaceholders } from './kinds/records';
import { officePlaceholders } from './office';
import { printoutTitles } from './titles';
import type { Placeholder } from './values';

/** Each printout's own placeholders; the office's come with all, the family's with all but the timesheet. */
const ownPlaceholders: Record<PrintoutKind, readonly Placeholder[]> = {
  consent_assistance: [],
  consent_data: [],
  consent_group: [],
  assistance_request: requestPlaceholders,
  assignment: assignmentPlaceholders,
  work_plan: workPlanPlaceholders,
  assessment: assessmentPlaceholders,
  extension_request: engagementRequestPlaceholders,
  closure_request: engagementRequestPlaceholders,
  court_opinion: courtOpinionPlaceholders,
  contact_card: contactCardPlaceholders,
  timesheet: timesheetPlaceholders,
  partner_list: partnerListPlaceholders,
};

export const placeholdersOf = (kind: PrintoutKind): Placeholder[] => [
  ...officePlaceholders,
  ...(kind === 'timesheet' ? [] : familyPlaceholders),
  ...ownPlaceholders[kind],
];

export const printoutCatalogue = printoutKinds.map((kind) => ({
  kind,
  title: printoutTitles[kind],
  placeholders: placeholdersOf(kind),
}));
