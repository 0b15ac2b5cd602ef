import type { FamilyFile } from '../../../../contract/families';
import { plDate, relationLabels } from '../labels';
import type { Block } from '../layout';
import { DASH } from '../layout';
import { placeholder } from '../values';

/* The family's particulars that most printouts start with. */

export const familyPlaceholders = [
  placeholder('numer_sprawy', 'Numer sprawy rodziny'),
  placeholder('rodzina', 'Nazwa rodziny (nazwisko)'),
  placeholder('adres_rodziny', 'Adres zamieszkania rodziny'),
  placeholder('telefon_rodziny', 'Telefon rodziny'),
  placeholder('asystent', 'Imię i nazwisko asystenta rodziny'),
  placeholder('pracownik_socjalny', 'Imię i nazwisko pracownika socjalnego'),
  placeholder('czlonkowie', 'Członkowie rodziny', [
    placeholder('imie_nazwisko', 'Imię i nazwisko'),
    placeholder('data_urodzenia', 'Data urodzenia'),
    placeholder('pokrewienstwo', 'Pokrewieństwo'),
    placeholder('wspolne_gospodarstwo', '„tak” albo „nie”'),
  ]),
];

export function familyValues(file: FamilyFile, assistant: string | null) {
  return {
    numer_sprawy: file.caseNumber,
    rodzina: file.name,
    adres_rodziny: `${file.street}, ${file.postalCode} ${file.city}`,
    telefon_rodziny: file.phone ?? '',
    asystent: assistant ?? file.assistant?.name ?? '',
    pracownik_socjalny: file.socialWorker?.name ?? '',
    czlonkowie: file.members.map((member) => ({
      imie_nazwisko: `${member.firstName} ${member.lastName}`,
      data_urodzenia: plDate(member.birthDate),
      pokrewienstwo: relationLabels[member.relation],
      wspolne_gospodarstwo: member.inHousehold ? 'tak' : 'nie',
    })),
  };
}
export type FamilyValues = ReturnType<typeof familyValues>;

export const familyReference = (v: FamilyValues) => [`Nr sprawy: ${v.numer_sprawy}`];

/** The family's particulars and its members, as a form's first blocks. */
export function familyBlocks(v: FamilyValues): Block[] {
  return [
    {
      kind: 'fields',
      rows: [
        ['Rodzina', v.rodzina],
        ['Adres', v.adres_rodziny],
        ...(v.telefon_rodziny ? [['Telefon', v.telefon_rodziny] as const] : []),
        ['Asystent rodziny', v.asystent || DASH],
        ['Pracownik socjalny', v.pracownik_socjalny || DASH],
      ],
    },
    { kind: 'heading', text: 'Członkowie rodziny' },
    {
      kind: 'table',
      columns: ['Imię i nazwisko', 'Data urodzenia', 'Pokrewieństwo', 'We wspólnym gospodarstwie'],
      rows: v.czlonkowie.map((m) => [
        m.imie_nazwisko,
        m.data_urodzenia || DASH,
        m.pokrewienstwo,
        m.wspolne_gospodarstwo,
      ]),
      empty: 'Nie wpisano członków rodziny.',
    },
  ];
}

/** The signatures a family gives: each adult member's (age unknown counts as adult unless a child). */
export function familySignatures(file: FamilyFile): string[] {
  const adults = file.members.filter((m) => (m.age === null ? m.relation !== 'child' : m.age >= 18));
  return adults.length > 0 ? adults.map((m) => `${m.firstName} ${m.lastName}`) : ['Podpis członka rodziny'];
}

/** A request's justification and the manager's decision on it, as both kinds of request print them. */
export function requestBlocks(
  v: { uzasadnienie: string; status_wniosku: string; data_decyzji: string; decydujacy: string },
  note: readonly [label: string, value: string],
): Block[] {
  return [
    { kind: 'heading', text: 'Uzasadnienie' },
    { kind: 'paragraph', text: v.uzasadnienie },
    { kind: 'heading', text: 'Decyzja kierownika' },
    {
      kind: 'fields',
      rows: [
        ['Stan wniosku', v.status_wniosku],
        ['Data decyzji', v.data_decyzji || DASH],
        ['Decyzję podjął(-ęła)', v.decydujacy || DASH],
        ...(note[1] ? [note] : []),
      ],
    },
  ];
}
