import type { Contact, Timesheet, TimesheetKind } from '../../../../contract/contacts';
import type { PartnersView } from '../../../../contract/partners';
import { durationMinutes } from '../../../../domain/contacts';
import {
  contactKindLabels,
  contactPlaceLabels,
  hours,
  partnerRoleLabels,
  plDate,
  referralStatusLabels,
  timesheetKindLabels,
  weekdayLabels,
} from '../labels';
import { DASH } from '../layout';
import { printoutTitles } from '../titles';
import { type Built, placeholder } from '../values';
import type { EngagementSource } from './engagement';
import { familyBlocks, familyReference, familyValues } from './family';

/* Lists kept over time: the contact card, the monthly timesheet, the family's partners. */

export const contactCardPlaceholders = [
  placeholder('okres_od', 'Początek okresu'),
  placeholder('okres_do', 'Koniec okresu'),
  placeholder('liczba_kontaktow', 'Liczba kontaktów w okresie'),
  placeholder('liczba_godzin', 'Łączny czas kontaktów w godzinach'),
  placeholder('kontakty', 'Kontakty', [
    placeholder('data', 'Data'),
    placeholder('godziny', 'Godziny, np. „10:00–11:30”'),
    placeholder('rodzaj', 'Rodzaj kontaktu'),
    placeholder('miejsce', 'Miejsce'),
    placeholder('uczestnicy', 'Uczestnicy'),
    placeholder('opis', 'Przebieg i ustalenia'),
  ]),
];

export function contactCard(
  source: EngagementSource & { contacts: readonly Contact[]; from: string; to: string },
): Built {
  const { contacts } = source;
  const v = {
    ...familyValues(source.file, source.view.engagement.assistant.name),
    okres_od: plDate(source.from),
    okres_do: plDate(source.to),
    liczba_kontaktow: String(contacts.length),
    liczba_godzin: hours(
      contacts.reduce((sum, c) => sum + durationMinutes({ start: c.startTime, end: c.endTime }), 0),
    ),
    kontakty: contacts.map((c) => ({
      data: plDate(c.date),
      godziny: `${c.startTime}–${c.endTime}`,
      rodzaj: contactKindLabels[c.kind],
      miejsce: [contactPlaceLabels[c.place], c.placeNote].filter(Boolean).join(': '),
      uczestnicy: [...c.participants.members.map((m) => m.name), c.participants.others]
        .filter(Boolean)
        .join(', '),
      opis: [c.description, c.followUps && `Ustalenia: ${c.followUps}`].filter(Boolean).join('\n'),
    })),
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.contact_card,
      reference: [...familyReference(v), `za okres ${v.okres_od} – ${v.okres_do}`],
      blocks: [
        ...familyBlocks(v),
        { kind: 'heading', text: 'Kontakty' },
        {
          kind: 'table',
          columns: ['Data', 'Godziny', 'Rodzaj i miejsce', 'Uczestnicy', 'Przebieg i ustalenia'],
          rows: v.kontakty.map((c) => [
            c.data,
            c.godziny,
            `${c.rodzaj}\n${c.miejsce}`,
            c.uczestnicy || DASH,
            c.opis,
          ]),
          empty: 'W tym okresie nie zapisano kontaktów.',
        },
        {
          kind: 'fields',
          rows: [
            ['Liczba kontaktów', v.liczba_kontaktow],
            ['Łączny czas', `${v.liczba_godzin} godz.`],
          ],
        },
      ],
      signatures: ['Asystent rodziny', 'Członek rodziny'],
    },
  };
}

export const timesheetPlaceholders = [
  placeholder('pracownik', 'Imię i nazwisko pracownika'),
  placeholder('miesiac', 'Miesiąc, np. „11.2026”'),
  placeholder('etat', 'Wymiar etatu'),
  placeholder('norma_godzin', 'Norma czasu pracy w godzinach'),
  placeholder('przepracowano_godzin', 'Przepracowane godziny'),
  placeholder('roznica_godzin', 'Różnica między przepracowanymi godzinami a normą'),
  placeholder('dni', 'Dni, w których pracowano', [
    placeholder('data', 'Data'),
    placeholder('dzien_tygodnia', 'Dzień tygodnia'),
    placeholder('rodzaje_pracy', 'Godziny według rodzaju pracy'),
    placeholder('razem_godzin', 'Razem godzin'),
    placeholder('uwagi', 'Uwagi (praca poza dozwolonymi godzinami, w dniu wolnym)'),
  ]),
];

const flagLabels = { outside_window: 'praca poza dozwolonymi godzinami', day_off: 'praca w dniu wolnym' };

export function timesheetPrintout({ timesheet: t }: { timesheet: Timesheet }): Built {
  const days = t.days.filter((day) => day.total > 0);
  const v = {
    pracownik: t.assistant.name,
    miesiac: `${t.month.slice(5, 7)}.${t.month.slice(0, 4)}`,
    etat: String(t.fte).replace('.', ','),
    norma_godzin: hours(t.normMinutes),
    przepracowano_godzin: hours(t.workedMinutes),
    roznica_godzin: hours(t.workedMinutes - t.normMinutes),
    dni: days.map((day) => ({
      data: plDate(day.date),
      dzien_tygodnia: weekdayLabels[(new Date(`${day.date}T12:00:00Z`).getUTCDay() + 6) % 7] ?? '',
      rodzaje_pracy: (Object.entries(day.minutes) as [TimesheetKind, number][])
        .filter(([, minutes]) => minutes > 0)
        .map(([kind, minutes]) => `${timesheetKindLabels[kind]}: ${hours(minutes)}`)
        .join('; '),
      razem_godzin: hours(day.total),
      uwagi: [day.holiday, ...day.flags.map((flag) => flagLabels[flag])].filter(Boolean).join('; '),
    })),
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.timesheet,
      reference: [`${v.pracownik} — ${v.miesiac}`],
      blocks: [
        {
          kind: 'fields',
          rows: [
            ['Pracownik', v.pracownik],
            ['Miesiąc', v.miesiac],
            ['Wymiar etatu', v.etat],
            ['Dozwolone godziny pracy', `${t.window.start}–${t.window.end}`],
          ],
        },
        {
          kind: 'table',
          columns: ['Data', 'Dzień', 'Rodzaje pracy (godz.)', 'Razem', 'Uwagi'],
          rows: v.dni.map((d) => [d.data, d.dzien_tygodnia, d.rodzaje_pracy, d.razem_godzin, d.uwagi]),
          empty: 'W tym miesiącu nie zapisano pracy.',
        },
        {
          kind: 'fields',
          rows: [
            ['Norma czasu pracy', `${v.norma_godzin} godz.`],
            ['Przepracowano', `${v.przepracowano_godzin} godz.`],
            ['Różnica', `${v.roznica_godzin} godz.`],
          ],
        },
      ],
      signatures: ['Pracownik', 'Przełożony'],
    },
  };
}

export const partnerListPlaceholders = [
  placeholder('partnerzy', 'Osoby i instytucje współpracujące z rodziną', [
    placeholder('nazwa', 'Osoba'),
    placeholder('instytucja', 'Instytucja'),
    placeholder('rola', 'Rola'),
    placeholder('kontakt', 'Kontakt'),
    placeholder('od', 'Od kiedy'),
    placeholder('uwagi', 'Uwagi'),
  ]),
  placeholder('skierowania', 'Skierowania do instytucji', [
    placeholder('osoba', 'Kogo skierowano'),
    placeholder('instytucja', 'Dokąd'),
    placeholder('usluga', 'Usługa'),
    placeholder('data', 'Data skierowania'),
    placeholder('stan', 'Stan'),
  ]),
];

export function partnerList(source: EngagementSource & { partners: PartnersView }): Built {
  const { partners, referrals } = source.partners;
  const v = {
    ...familyValues(source.file, source.view.engagement.assistant.name),
    partnerzy: partners
      .filter((p) => !p.until)
      .map((p) => ({
        nazwa: p.personName ?? '',
        instytucja: p.institution?.name ?? '',
        rola: partnerRoleLabels[p.role],
        kontakt: p.contact ?? '',
        od: plDate(p.since),
        uwagi: p.note ?? '',
      })),
    skierowania: referrals.map((r) => ({
      osoba: r.person?.name ?? 'cała rodzina',
      instytucja: r.institution.name,
      usluga: r.service,
      data: plDate(r.referredOn),
      stan: referralStatusLabels[r.status],
    })),
  };
  return {
    values: v,
    printout: {
      title: printoutTitles.partner_list,
      reference: familyReference(v),
      blocks: [
        ...familyBlocks(v),
        { kind: 'heading', text: 'Osoby i instytucje' },
        {
          kind: 'table',
          columns: ['Osoba', 'Instytucja', 'Rola', 'Kontakt', 'Od', 'Uwagi'],
          rows: v.partnerzy.map((p) => [
            p.nazwa || DASH,
            p.instytucja || DASH,
            p.rola,
            p.kontakt,
            p.od,
            p.uwagi,
          ]),
          empty: 'Nie wpisano partnerów.',
        },
        { kind: 'heading', text: 'Skierowania' },
        {
          kind: 'table',
          columns: ['Kogo', 'Dokąd', 'Usługa', 'Data', 'Stan'],
          rows: v.skierowania.map((r) => [r.osoba, r.instytucja, r.usluga, r.data, r.stan]),
          empty: 'Nie było skierowań.',
        },
      ],
      signatures: ['Asystent rodziny'],
    },
  };
}
