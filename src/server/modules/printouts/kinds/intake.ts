import type { FamilyFile } from '../../../../contract/families';
import type { AssistanceRequest, Engagement, LegalBasis } from '../../../../contract/intake';
import { plDate, plDateOf, plMoment, requestStatusLabels } from '../labels';
import { printoutTitles } from '../titles';
import { type Built, placeholder } from '../values';
import { familyBlocks, familyReference, familyValues, requestBlocks } from './family';

/* The social worker's request for an assistant, and the manager's assignment. */

export const requestPlaceholders = [
  placeholder('data_wniosku', 'Data złożenia wniosku'),
  placeholder('wnioskujacy', 'Pracownik socjalny, który złożył wniosek'),
  placeholder('podstawa_prawna', 'Podstawa pracy z rodziną: zgoda rodziny albo postanowienie sądu'),
  placeholder('data_wywiadu', 'Data rodzinnego wywiadu środowiskowego'),
  placeholder('uzasadnienie', 'Uzasadnienie wniosku'),
  placeholder('status_wniosku', 'Stan wniosku: czeka na decyzję, zatwierdzony, odrzucony'),
  placeholder('data_decyzji', 'Data decyzji kierownika'),
  placeholder('decydujacy', 'Kto podjął decyzję'),
  placeholder('powod_odmowy', 'Powód odrzucenia wniosku'),
];

export const assignmentPlaceholders = [
  placeholder('data_przydzialu', 'Data przydzielenia asystenta'),
  placeholder('przydzielajacy', 'Kierownik, który przydzielił asystenta'),
  placeholder('data_wniosku', 'Data wniosku pracownika socjalnego'),
  placeholder('wnioskujacy', 'Pracownik socjalny, który złożył wniosek'),
  placeholder('pierwsza_wizyta', 'Termin pierwszej wizyty z pracownikiem socjalnym'),
];

export function legalBasisText(basis: LegalBasis): string {
  switch (basis.kind) {
    case 'consent':
      return `zgoda rodziny z dnia ${plDate(basis.consentDate)}, podpisał(a): ${basis.signedBy}`;
    case 'court_order':
      return `postanowienie sądu: ${basis.court}, sygn. ${basis.caseSignature}, z dnia ${plDate(basis.rulingDate)}`;
    case 'minor_parent':
      return 'rodzina z małoletnim rodzicem (art. 11 ust. 1a ustawy o wspieraniu rodziny i systemie pieczy zastępczej)';
  }
}

export interface RequestSource {
  file: FamilyFile;
  request: AssistanceRequest;
}

export function assistanceRequest({ file, request }: RequestSource): Built {
  const family = familyValues(file, null);
  const interview = file.interviews.find((i) => i.id === request.interviewId);
  const v = {
    ...family,
    data_wniosku: plDateOf(request.filedAt),
    wnioskujacy: request.filedBy.name,
    podstawa_prawna: legalBasisText(request.legalBasis),
    data_wywiadu: plDate(interview?.interviewDate),
    uzasadnienie: request.justification,
    status_wniosku: requestStatusLabels[request.status],
    data_decyzji: plDateOf(request.decidedAt),
    decydujacy: request.decidedBy?.name ?? '',
    powod_odmowy: request.rejectionReason ?? '',
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.assistance_request,
      reference: [...familyReference(v), `z dnia ${v.data_wniosku}`],
      blocks: [
        ...familyBlocks(v),
        { kind: 'heading', text: 'Podstawa pracy z rodziną' },
        { kind: 'paragraph', text: v.podstawa_prawna },
        ...(v.data_wywiadu
          ? [
              {
                kind: 'fields',
                rows: [['Rodzinny wywiad środowiskowy', `z dnia ${v.data_wywiadu}`]],
              } as const,
            ]
          : []),
        ...requestBlocks(v, ['Powód odrzucenia', v.powod_odmowy]),
      ],
      signatures: [`Pracownik socjalny: ${v.wnioskujacy}`, 'Kierownik ośrodka'],
    },
  };
}

export interface AssignmentSource {
  file: FamilyFile;
  engagement: Engagement;
  request: AssistanceRequest | null;
}

export function assignment({ file, engagement, request }: AssignmentSource): Built {
  const family = familyValues(file, engagement.assistant.name);
  const v = {
    ...family,
    data_przydzialu: plDateOf(engagement.assignedAt),
    przydzielajacy: engagement.assignedBy.name,
    data_wniosku: plDateOf(request?.filedAt),
    wnioskujacy: request?.filedBy.name ?? '',
    pierwsza_wizyta: plMoment(engagement.firstVisitAt),
  };
  const basis = request ? ` na wniosek pracownika socjalnego ${v.wnioskujacy} z dnia ${v.data_wniosku}` : '';
  return {
    values: v,
    printout: {
      title: printoutTitles.assignment,
      reference: familyReference(v),
      blocks: [
        ...familyBlocks(v),
        {
          kind: 'paragraph',
          text: `Działając na podstawie art. 15 ustawy o wspieraniu rodziny i systemie pieczy zastępczej${basis}, przydzielam rodzinie ${v.rodzina} asystenta rodziny w osobie ${v.asystent} od dnia ${v.data_przydzialu}.`,
        },
        ...(v.pierwsza_wizyta
          ? [
              {
                kind: 'paragraph',
                text: `Pierwsza wizyta asystenta w rodzinie, wspólnie z pracownikiem socjalnym, odbędzie się ${v.pierwsza_wizyta}.`,
              } as const,
            ]
          : []),
      ],
      signatures: [
        `Kierownik: ${v.przydzielajacy}`,
        `Przyjmuję do realizacji — asystent rodziny: ${v.asystent}`,
      ],
    },
  };
}
