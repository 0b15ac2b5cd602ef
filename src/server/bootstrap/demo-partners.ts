import { addDays, addWorkingDays, warsawDate } from '../../domain/calendar';
import type { InstitutionKind } from '../../domain/partners';
import type { Executor } from '../db/client';
import { insertBlueCard } from '../modules/blue-cards/queries';
import {
  insertInstitutions,
  insertMeeting,
  insertPartner,
  insertReferral,
} from '../modules/partners/queries';
import type { DemoProgress } from './demo-engagements';

const address = (street: string) => ({ street, postalCode: '16-999', city: 'Lipowo Podlaskie' });

/**
 * The directory of the demo office: the partner institutions of the Dąbrowa Białostocka
 * source with what each offers, moved to the fictional town; the people named are invented.
 */
const directory: {
  name: string;
  kind: InstitutionKind;
  street: string;
  phone: string;
  hours: string;
  services: string[];
  contacts?: { name: string; role: string }[];
}[] = [
  {
    name: 'Miejski Ośrodek Pomocy Społecznej w Lipowie Podlaskim',
    kind: 'welfare_centre',
    street: 'ul. Źródlana 7',
    phone: '85 000 00 00',
    hours: 'pon.–pt. 7:30–15:30',
    services: [
      'praca socjalna',
      'pomoc finansowa i rzeczowa',
      'usługi opiekuńcze i specjalistyczne usługi opiekuńcze',
      'wsparcie kobiet w ciąży i ich rodzin',
      'rodziny wspierające',
    ],
  },
  {
    name: 'Punkt Pomocy Rodzinie — Punkt Interwencji Kryzysowej',
    kind: 'crisis_intervention',
    street: 'ul. Źródlana 7, pokój 3',
    phone: '85 000 00 10',
    hours: 'wt. i czw. 15:00–19:00',
    services: [
      'bezpłatne porady prawne',
      'poradnictwo i konsultacje psychologiczne',
      'grupa wsparcia dla osób doznających przemocy domowej',
    ],
    contacts: [{ name: 'Renata Wójcicka', role: 'psycholog' }],
  },
  {
    name: 'Zespół Interdyscyplinarny w Lipowie Podlaskim',
    kind: 'interdisciplinary_team',
    street: 'ul. Źródlana 7',
    phone: '85 000 00 11',
    hours: 'pon.–pt. 7:30–15:30',
    services: ['procedura „Niebieskie Karty”', 'grupy diagnostyczno-pomocowe'],
    contacts: [{ name: 'Bogumiła Sęk', role: 'przewodnicząca zespołu' }],
  },
  {
    name: 'Urząd Miejski w Lipowie Podlaskim',
    kind: 'local_government',
    street: 'pl. Kościuszki 1',
    phone: '85 000 01 00',
    hours: 'pon. 8:00–16:00, wt.–pt. 7:30–15:30',
    services: [
      'przydział lokali socjalnych',
      'drobne naprawy i remonty lokali',
      'umorzenia i raty należności podatkowych i czynszowych',
      'dodatek mieszkaniowy i energetyczny',
      'Karta Dużej Rodziny',
    ],
  },
  {
    name: 'Gminna Komisja Rozwiązywania Problemów Alkoholowych',
    kind: 'alcohol_commission',
    street: 'pl. Kościuszki 1, pokój 12',
    phone: '85 000 01 12',
    hours: 'pierwszy wtorek miesiąca 15:00–17:00',
    services: ['wnioski o leczenie osób uzależnionych od alkoholu'],
  },
  {
    name: 'Poradnia Psychologiczno-Pedagogiczna w Lipowie Podlaskim',
    kind: 'counselling_centre',
    street: 'ul. Szkolna 4',
    phone: '85 000 02 00',
    hours: 'pon.–pt. 8:00–18:00',
    services: [
      'diagnoza psychologiczna i pedagogiczna',
      'diagnoza i terapia logopedyczna',
      'opinie i orzeczenia',
      'terapia pedagogiczna, zajęcia korekcyjno-kompensacyjne',
      'terapia psychologiczna',
      'terapia EEG Biofeedback',
      'zajęcia psychoedukacyjne i socjoterapeutyczne',
      'zajęcia wspomagające rozwój dziecka z niepełnosprawnością',
      'mediacje',
      'badania przesiewowe',
      'warsztaty „Szkoła dla rodziców”',
    ],
    contacts: [{ name: 'Ewa Żurawska', role: 'psycholog' }],
  },
  {
    name: 'Szkoła Podstawowa nr 1 ze świetlicą środowiskową',
    kind: 'school',
    street: 'ul. Szkolna 2',
    phone: '85 000 03 00',
    hours: 'świetlica pon.–pt. 7:00–16:30',
    services: [
      'pomoc wychowawcza i opiekuńcza',
      'zajęcia profilaktyczne',
      'wsparcie psychologiczne',
      'porady dla rodziców',
    ],
    contacts: [{ name: 'Marta Kłos', role: 'pedagog szkolny' }],
  },
  {
    name: 'Przedszkole Samorządowe „Słoneczko”',
    kind: 'preschool',
    street: 'ul. Leśna 9',
    phone: '85 000 03 50',
    hours: 'pon.–pt. 6:30–16:30',
    services: ['opieka i wychowanie przedszkolne', 'zajęcia psychoedukacyjne'],
  },
  {
    name: 'Miejsko-Gminny Ośrodek Kultury',
    kind: 'culture_centre',
    street: 'ul. Rynek 5',
    phone: '85 000 04 00',
    hours: 'pon.–pt. 10:00–20:00',
    services: ['zajęcia edukacyjne i artystyczne dla dzieci i młodzieży', 'wydarzenia społeczno-kulturalne'],
  },
  {
    name: 'Samodzielny Publiczny Zakład Opieki Zdrowotnej',
    kind: 'health_care',
    street: 'ul. Szpitalna 3',
    phone: '85 000 05 00',
    hours: 'pon.–pt. 8:00–18:00',
    services: [
      'poradnictwo w pielęgnacji dziecka',
      'poradnia zdrowia psychicznego (psychiatra, psycholog)',
      'opieka nad kobietą w ciąży',
    ],
  },
  {
    name: 'Biuro Obsługi Szkół Samorządowych',
    kind: 'education_office',
    street: 'pl. Kościuszki 1, pokój 20',
    phone: '85 000 01 20',
    hours: 'pon.–pt. 7:30–15:30',
    services: ['stypendia szkolne dla uczniów w trudnej sytuacji materialnej'],
  },
  {
    name: 'Stowarzyszenie na Rzecz Osób Niepełnosprawnych — Warsztaty Terapii Zajęciowej',
    kind: 'ngo',
    street: 'ul. Polna 14',
    phone: '85 000 06 00',
    hours: 'pon.–pt. 8:00–15:00',
    services: ['warsztaty terapii zajęciowej', 'wsparcie rodzin osób z niepełnosprawnością'],
  },
  {
    name: 'Fundacja „Gama”',
    kind: 'ngo',
    street: 'ul. Ogrodowa 8',
    phone: '85 000 06 50',
    hours: 'pon.–pt. 9:00–17:00',
    services: ['pomoc rzeczowa', 'zajęcia dla dzieci'],
  },
  {
    name: 'Parafia pw. św. Stanisława',
    kind: 'parish',
    street: 'ul. Kościelna 1',
    phone: '85 000 07 00',
    hours: 'kancelaria pon.–sob. 16:00–17:30',
    services: ['pomoc charytatywna (Caritas)'],
  },
  {
    name: 'Komisariat Policji w Lipowie Podlaskim',
    kind: 'police',
    street: 'ul. Mickiewicza 20',
    phone: '47 700 00 00',
    hours: 'całodobowo',
    services: [
      'profilaktyka uzależnień i przemocy',
      'pomoc w sytuacjach zagrożenia życia lub zdrowia',
      'przyjmowanie zawiadomień o przestępstwach',
    ],
    contacts: [{ name: 'st. sierż. Adam Łoś', role: 'dzielnicowy' }],
  },
  {
    name: 'Powiatowy Urząd Pracy — Filia w Lipowie Podlaskim',
    kind: 'labour_office',
    street: 'ul. Kolejowa 2',
    phone: '85 000 08 00',
    hours: 'pon.–pt. 7:30–15:00',
    services: ['oferty pracy', 'kursy i podnoszenie kwalifikacji zawodowych'],
  },
  {
    name: 'Grupa AA „Ostatni Dzwonek”',
    kind: 'support_group',
    street: 'ul. Kościelna 1 (salka parafialna)',
    phone: '85 000 09 00',
    hours: 'środy 18:00',
    services: ['wsparcie w chorobie alkoholowej'],
  },
];

/** Fills the demo office's directory; returns the ids by name. */
export async function createDemoInstitutions(tx: Executor, officeId: string) {
  const rows = await insertInstitutions(
    tx,
    directory.map(({ street, contacts = [], ...institution }) => ({
      officeId,
      ...institution,
      ...address(street),
      contacts: contacts.map((contact) => ({ ...contact, phone: null, email: null })),
    })),
  );
  return new Map(directory.map((institution, index) => [institution.name, rows[index]?.id ?? '']));
}

/**
 * Who works with a demo family: for the one in implementation a probation officer, a child
 * referred to speech therapy and a diagnostic-support group's meeting; for the one in
 * diagnosis a Niebieska Karta the assistant started three working days ago, its form A not
 * yet passed on (so it shows among her deadlines).
 */
export async function createDemoPartners(
  tx: Executor,
  demo: { engagementId: string; familyId: string; progress: DemoProgress; assistantId: string },
  people: Map<string, string>,
  institutions: Map<string, string>,
) {
  const { engagementId, assistantId } = demo;
  const today = warsawDate();
  if (demo.progress === 'diagnosis') {
    await insertBlueCard(tx, {
      familyId: demo.familyId,
      startedOn: addWorkingDays(today, -3),
      initiatedBy: 'Miejski Ośrodek Pomocy Społecznej w Lipowie Podlaskim',
      formAFilledBy: 'asystent rodziny',
      assistantInitiated: true,
      assistantInGroup: true,
      createdBy: assistantId,
    });
    return;
  }
  await insertPartner(tx, {
    engagementId,
    role: 'probation_officer',
    personName: 'Zenon Wierzbicki',
    contact: 'Sąd Rejonowy w Lipowie, tel. 85 000 10 10',
    since: addDays(today, -150),
  });
  await insertPartner(tx, {
    engagementId,
    institutionId: institutions.get('Szkoła Podstawowa nr 1 ze świetlicą środowiskową') ?? null,
    role: 'school_pedagogue',
    personName: 'Marta Kłos',
    since: addDays(today, -120),
  });
  const child = [...people.values()].at(-1) ?? null;
  await insertReferral(tx, {
    engagementId,
    personId: child,
    institutionId: institutions.get('Poradnia Psychologiczno-Pedagogiczna w Lipowie Podlaskim') ?? '',
    service: 'diagnoza i terapia logopedyczna',
    referredOn: addDays(today, -40),
    status: 'in_progress',
    outcome: 'Zajęcia logopedyczne raz w tygodniu.',
    createdBy: assistantId,
  });
  await insertMeeting(tx, {
    engagementId,
    body: 'diagnostic_support_group',
    date: addDays(today, -30),
    members: [
      { role: 'asystent rodziny', name: 'Joanna Ślusarczyk' },
      { role: 'pracownik socjalny', name: 'Agnieszka Kościuszko' },
      { role: 'dzielnicowy', name: 'st. sierż. Adam Łoś' },
      { role: 'pedagog szkolny', name: 'Marta Kłos' },
    ],
    conclusions: 'Sytuacja w rodzinie stabilna; kontynuacja wsparcia i kontroli frekwencji dzieci w szkole.',
    tasks: [
      {
        description: 'Przekazać informację o frekwencji za listopad',
        responsible: 'pedagog szkolny',
        due: addDays(today, 5),
      },
    ],
    createdBy: assistantId,
  });
}
