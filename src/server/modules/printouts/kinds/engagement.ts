import type {
  Assessment,
  CourtOpinion,
  EngagementRequest,
  EngagementView,
  PlanAction,
  WorkPlan,
} from '../../../../contract/engagements';
import type { FamilyFile } from '../../../../contract/families';
import {
  achievementLabels,
  actionStatusLabels,
  areaLabels,
  closureReasonLabels,
  plDate,
  plDateOf,
  recommendationLabels,
  requestStatusLabels,
} from '../labels';
import { DASH } from '../layout';
import { printoutTitles } from '../titles';
import { type Built, placeholder } from '../values';
import { familyBlocks, familyReference, familySignatures, familyValues, requestBlocks } from './family';

/* The engagement's records on paper: the plan, the assessment, the requests, the court's opinion. */

export interface EngagementSource {
  file: FamilyFile;
  view: EngagementView;
}

const engagementValues = ({ file, view }: EngagementSource) =>
  familyValues(file, view.engagement.assistant.name);

export const workPlanPlaceholders = [
  placeholder('wersja_planu', 'Numer wersji planu'),
  placeholder('data_planu', 'Data sporządzenia tej wersji'),
  placeholder('wspolautorzy', 'Członkowie rodziny, którzy współtworzyli plan'),
  placeholder('koordynator_pieczy', 'Koordynator rodzinnej pieczy zastępczej'),
  placeholder('plan_pomocy_dziecku', 'Plan pomocy dziecku, z którym plan jest skoordynowany'),
  placeholder('zapoznanie', 'Kto i kiedy zapoznał się z planem'),
  placeholder('cele', 'Cele planu', [
    placeholder('cel', 'Cel'),
    placeholder('obszar', 'Obszar diagnozy'),
    placeholder('dzialania', 'Działania celu', [
      placeholder('dzialanie', 'Działanie'),
      placeholder('odpowiedzialny', 'Kto odpowiada'),
      placeholder('termin', 'Termin'),
      placeholder('oczekiwany_efekt', 'Oczekiwany efekt'),
      placeholder('stan', 'Stan działania'),
    ]),
  ]),
];

function responsibleOf(action: PlanAction, view: EngagementView): string {
  const r = action.responsible;
  switch (r.kind) {
    case 'member':
      return view.members.find((m) => m.personId === r.personId)?.name ?? DASH;
    case 'assistant':
      return `asystent rodziny (${view.engagement.assistant.name})`;
    case 'social_worker':
      return `pracownik socjalny${view.family.socialWorker ? ` (${view.family.socialWorker.name})` : ''}`;
    case 'institution':
      return r.name;
  }
}

export function workPlan(source: EngagementSource & { plan: WorkPlan }): Built {
  const { view, plan } = source;
  const v = {
    ...engagementValues(source),
    wersja_planu: String(plan.number),
    data_planu: plDateOf(plan.createdAt),
    wspolautorzy: plan.coauthors.members.map((m) => m.name).join(', '),
    koordynator_pieczy: plan.coauthors.fosterCareCoordinator ?? '',
    plan_pomocy_dziecku: plan.coauthors.childAssistancePlan ?? '',
    zapoznanie: plan.acknowledgement
      ? `${plan.acknowledgement.by}, dnia ${plDate(plan.acknowledgement.on)}`
      : '',
    cele: plan.goals.map((goal) => ({
      cel: goal.title,
      obszar: goal.area ? areaLabels[goal.area] : '',
      dzialania: goal.actions.map((action) => ({
        dzialanie: action.description,
        odpowiedzialny: responsibleOf(action, view),
        termin: plDate(action.deadline),
        oczekiwany_efekt: action.expectedEffect,
        stan: actionStatusLabels[action.status],
      })),
    })),
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.work_plan,
      reference: [...familyReference(v), `wersja ${v.wersja_planu} z dnia ${v.data_planu}`],
      blocks: [
        ...familyBlocks(v),
        {
          kind: 'fields',
          rows: [
            ['Współtworzyli plan', v.wspolautorzy || DASH],
            ...(v.koordynator_pieczy
              ? [['Koordynator pieczy zastępczej', v.koordynator_pieczy] as const]
              : []),
            ...(v.plan_pomocy_dziecku ? [['Plan pomocy dziecku', v.plan_pomocy_dziecku] as const] : []),
          ],
        },
        ...v.cele.flatMap((goal, i) => [
          {
            kind: 'heading',
            text: `Cel ${i + 1}: ${goal.cel}${goal.obszar ? ` (${goal.obszar})` : ''}`,
          } as const,
          {
            kind: 'table',
            columns: ['Działanie', 'Kto odpowiada', 'Termin', 'Oczekiwany efekt'],
            rows: goal.dzialania.map((a) => [a.dzialanie, a.odpowiedzialny, a.termin, a.oczekiwany_efekt]),
            empty: 'Brak działań.',
          } as const,
        ]),
        ...(v.zapoznanie
          ? [{ kind: 'fields', rows: [['Zapoznał(a) się z planem', v.zapoznanie]] } as const]
          : []),
      ],
      signatures: [...familySignatures(source.file), 'Asystent rodziny', 'Pracownik socjalny'],
    },
  };
}

export const assessmentPlaceholders = [
  placeholder('data_oceny', 'Data oceny'),
  placeholder('wersja_planu', 'Wersja planu, której dotyczy ocena'),
  placeholder('sytuacja_rodziny', 'Ocena sytuacji rodziny'),
  placeholder('zdanie_dzieci', 'Zdanie dzieci'),
  placeholder('rekomendacja', 'Rekomendacja asystenta'),
  placeholder('spotkanie_robocze', 'Spotkanie robocze poprzedzające ocenę: data, uczestnicy, ustalenia'),
  placeholder('zatwierdzil', 'Kierownik, który zapoznał się z oceną, i data'),
  placeholder('uwagi_kierownika', 'Uwagi kierownika'),
  placeholder('postepy', 'Realizacja celów', [
    placeholder('cel', 'Cel'),
    placeholder('stopien', 'Stopień osiągnięcia'),
    placeholder('komentarz', 'Komentarz'),
  ]),
];

export function assessment(source: EngagementSource & { assessment: Assessment }): Built {
  const { assessment: a } = source;
  const meeting = a.workingMeeting;
  const v = {
    ...engagementValues(source),
    data_oceny: plDate(a.assessedOn),
    wersja_planu: a.planNumber ? String(a.planNumber) : '',
    sytuacja_rodziny: a.familySituation,
    zdanie_dzieci: a.childrenViews ?? '',
    rekomendacja: recommendationLabels[a.recommendation],
    spotkanie_robocze: meeting
      ? `${plDate(meeting.date)}; uczestnicy: ${meeting.participants}; ustalenia: ${meeting.conclusions}`
      : '',
    zatwierdzil: a.acknowledgedBy ? `${a.acknowledgedBy.name}, dnia ${plDateOf(a.acknowledgedAt)}` : '',
    uwagi_kierownika: a.managerNote ?? '',
    postepy: a.goalProgress.map((g) => ({
      cel: g.goal,
      stopien: achievementLabels[g.achievement],
      komentarz: g.comment ?? '',
    })),
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.assessment,
      reference: [...familyReference(v), `z dnia ${v.data_oceny}`],
      blocks: [
        ...familyBlocks(v),
        ...(v.wersja_planu
          ? [{ kind: 'fields', rows: [['Plan pracy', `wersja ${v.wersja_planu}`]] } as const]
          : []),
        { kind: 'heading', text: 'Realizacja celów planu' },
        {
          kind: 'table',
          columns: ['Cel', 'Stopień osiągnięcia', 'Komentarz'],
          rows: v.postepy.map((g) => [g.cel, g.stopien, g.komentarz]),
          empty: 'Nie oceniano celów.',
        },
        { kind: 'heading', text: 'Sytuacja rodziny' },
        { kind: 'paragraph', text: v.sytuacja_rodziny },
        ...(v.zdanie_dzieci
          ? [
              { kind: 'heading', text: 'Zdanie dzieci' } as const,
              { kind: 'paragraph', text: v.zdanie_dzieci } as const,
            ]
          : []),
        ...(meeting
          ? [
              { kind: 'heading', text: 'Spotkanie robocze' } as const,
              {
                kind: 'fields',
                rows: [
                  ['Data', plDate(meeting.date)],
                  ['Uczestnicy', meeting.participants],
                  ['Ustalenia', meeting.conclusions],
                ],
              } as const,
            ]
          : []),
        { kind: 'heading', text: 'Rekomendacja' },
        { kind: 'paragraph', text: v.rekomendacja },
        ...(v.zatwierdzil
          ? [
              {
                kind: 'fields',
                rows: [
                  ['Zapoznał(a) się', v.zatwierdzil],
                  ...(v.uwagi_kierownika ? [['Uwagi kierownika', v.uwagi_kierownika] as const] : []),
                ],
              } as const,
            ]
          : []),
      ],
      signatures: ['Asystent rodziny', 'Kierownik ośrodka'],
    },
  };
}

export const engagementRequestPlaceholders = [
  placeholder('data_wniosku', 'Data złożenia wniosku'),
  placeholder('wnioskujacy', 'Asystent, który złożył wniosek'),
  placeholder('uzasadnienie', 'Uzasadnienie'),
  placeholder('okres_miesiecy', 'O ile miesięcy przedłużyć współpracę (wniosek o przedłużenie)'),
  placeholder('powod_zakonczenia', 'Powód zakończenia (wniosek o zakończenie)'),
  placeholder('status_wniosku', 'Stan wniosku'),
  placeholder('data_decyzji', 'Data decyzji kierownika'),
  placeholder('decydujacy', 'Kto podjął decyzję'),
  placeholder('uwagi_do_decyzji', 'Uwagi do decyzji'),
];

export function engagementRequest(source: EngagementSource & { request: EngagementRequest }): Built {
  const { request: r } = source;
  const v = {
    ...engagementValues(source),
    data_wniosku: plDateOf(r.requestedAt),
    wnioskujacy: r.requestedBy.name,
    uzasadnienie: r.justification,
    okres_miesiecy: r.months ? String(r.months) : '',
    powod_zakonczenia: r.closureReason ? closureReasonLabels[r.closureReason] : '',
    status_wniosku: requestStatusLabels[r.status],
    data_decyzji: plDateOf(r.decidedAt),
    decydujacy: r.decidedBy?.name ?? '',
    uwagi_do_decyzji: r.decisionNote ?? '',
  };
  const closure = r.kind === 'closure';
  return {
    values: v,
    printout: {
      title: closure ? printoutTitles.closure_request : printoutTitles.extension_request,
      reference: [...familyReference(v), `z dnia ${v.data_wniosku}`],
      blocks: [
        ...familyBlocks(v),
        {
          kind: 'fields',
          rows: [
            ['Współpraca od', plDate(source.view.engagement.firstContactDate) || DASH],
            closure
              ? ['Powód zakończenia', v.powod_zakonczenia]
              : ['Przedłużenie o', v.okres_miesiecy ? `${v.okres_miesiecy} mies.` : DASH],
          ],
        },
        ...requestBlocks(v, ['Uwagi', v.uwagi_do_decyzji]),
      ],
      signatures: [`Asystent rodziny: ${v.wnioskujacy}`, 'Kierownik ośrodka'],
    },
  };
}

export const courtOpinionPlaceholders = [
  placeholder('sad', 'Sąd'),
  placeholder('sygnatura', 'Sygnatura akt'),
  placeholder('data_wplywu', 'Data wpływu wezwania'),
  placeholder('termin', 'Termin przekazania opinii'),
  placeholder('opinia', 'Treść opinii'),
  placeholder('data_sporzadzenia', 'Data sporządzenia opinii'),
];

export function courtOpinion(source: EngagementSource & { opinion: CourtOpinion }): Built {
  const { opinion: o } = source;
  const v = {
    ...engagementValues(source),
    sad: o.court,
    sygnatura: o.caseSignature,
    data_wplywu: plDate(o.receivedOn),
    termin: plDate(o.dueOn),
    opinia: o.opinion ?? '',
    data_sporzadzenia: plDate(o.writtenOn),
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.court_opinion,
      reference: [v.sad, `sygn. akt ${v.sygnatura}`, ...familyReference(v)],
      blocks: [
        ...familyBlocks(v),
        {
          kind: 'fields',
          rows: [
            ['Współpraca od', plDate(source.view.engagement.firstContactDate) || DASH],
            ['Wezwanie z dnia', v.data_wplywu],
            ['Termin', v.termin],
          ],
        },
        { kind: 'heading', text: 'Opinia' },
        { kind: 'paragraph', text: v.opinia || '(treść opinii nie została jeszcze wpisana)' },
      ],
      signatures: [`Asystent rodziny: ${v.asystent}`, 'Kierownik ośrodka'],
    },
  };
}
