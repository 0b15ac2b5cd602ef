import { addDays, isoWeekday, isWorkingDay, warsawDate } from '../../domain/calendar';
import type { ContactKind } from '../../domain/contacts';
import type { Executor } from '../db/client';
import { contacts, dutyHours, plannedVisits, workRecords } from '../db/schema';
import { planActionIds } from '../modules/contacts/queries';
import type { DemoProgress } from './demo-engagements';
import type { StaffIds } from './demo-families';

const ASSISTANTS = ['asystentka@mops-lipowo.example', 'asystent@mops-lipowo.example'];

/** The working days from `from` days ago to `to` days ago (negative: ahead), oldest first. */
function workingDays(from: number, to: number) {
  const today = warsawDate();
  const days: string[] = [];
  for (let ago = from; ago >= to; ago--) {
    const day = addDays(today, -ago);
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

const notes = [
  'Rozmowa z matką o planie dnia dzieci; ustaliłyśmy stałą porę odrabiania lekcji.',
  'Wspólne ułożenie listy wydatków na najbliższy tydzień; omówienie zaległych rachunków.',
  'Odrabianie lekcji z dzieckiem; rozmowa z rodzicami o zebraniu w szkole.',
  'Ćwiczenie rozmowy z wychowawczynią; matka sama zadzwoniła do szkoły.',
  'Przegląd realizacji planu pracy; rodzina zgłosiła potrzebę wsparcia w sprawie mieszkania.',
];

/**
 * Four weeks of contacts with a demo family — on Tuesdays and Thursdays (and one Friday) for
 * the family in implementation, above the target; only on Thursdays for the one in diagnosis,
 * below it — and visits planned for the coming week, with one cancelled.
 */
export async function createDemoContacts(
  tx: Executor,
  engagementId: string,
  progress: DemoProgress,
  people: Map<string, string>,
  assistantId: string,
) {
  const weekdays = progress === 'implementation' ? [2, 4] : [4];
  const past = workingDays(27, 1).filter((day) => weekdays.includes(isoWeekday(day)));
  if (progress === 'implementation') past.push(...workingDays(13, 7).filter((day) => isoWeekday(day) === 5));
  const [parent] = people.values();
  const [action] = await planActionIds(tx, engagementId);
  const visit = {
    startTime: '15:00',
    endTime: '16:30',
    kind: 'home_visit' as ContactKind,
    place: 'family_home',
  };
  await tx.insert(contacts).values(
    past.map((date, index) => ({
      engagementId,
      assistantId,
      date,
      ...visit,
      participants: { memberIds: parent ? [parent] : [], others: null },
      description: notes[index % notes.length] ?? '',
      actionIds: action && index % 3 === 0 ? [action] : [],
      followUps: index % 4 === 0 ? 'Przypomnieć o terminie w poradni.' : null,
    })),
  );
  const ahead = workingDays(-1, -7).filter((day) => weekdays.includes(isoWeekday(day)));
  await tx.insert(plannedVisits).values(ahead.map((date) => ({ engagementId, assistantId, date, ...visit })));
  const [missed] = workingDays(20, 16).filter((day) => isoWeekday(day) === 3);
  if (missed) {
    await tx.insert(plannedVisits).values({
      engagementId,
      assistantId,
      date: missed,
      ...visit,
      status: 'cancelled',
      cancelReason: 'family_absent',
      cancelNote: 'Nikt nie otworzył; matka oddzwoniła wieczorem.',
    });
  }
}

/**
 * The demo's duty roster and two weeks of the assistants' other work: documentation in the
 * mornings, the team's meeting on Mondays.
 */
export async function createDemoWorkingTime(tx: Executor, officeId: string, staff: StaffIds) {
  const validFrom = addDays(warsawDate(), -90);
  const roster = [
    {
      email: 'asystentka@mops-lipowo.example',
      weekday: 3,
      startTime: '14:00',
      endTime: '16:00',
      place: 'Pokój 12, parter',
    },
    {
      email: 'asystent@mops-lipowo.example',
      weekday: 1,
      startTime: '14:00',
      endTime: '16:00',
      place: 'Pokój 12, parter',
    },
    {
      email: 'koordynator@mops-lipowo.example',
      weekday: 5,
      startTime: '10:00',
      endTime: '12:00',
      place: 'Pokój 14, I piętro',
    },
  ];
  await tx
    .insert(dutyHours)
    .values(
      roster.map(({ email, ...hour }) => ({ officeId, assistantId: staff[email] ?? '', validFrom, ...hour })),
    );
  for (const email of ASSISTANTS) {
    const userId = staff[email] ?? '';
    await tx.insert(workRecords).values(
      workingDays(14, 1).flatMap((date) => [
        { userId, date, startTime: '08:30', endTime: '10:00', kind: 'documentation', note: null },
        ...(isoWeekday(date) === 1
          ? [
              {
                userId,
                date,
                startTime: '12:00',
                endTime: '13:30',
                kind: 'team_meeting',
                note: 'Zebranie zespołu asystentów.',
              },
            ]
          : []),
      ]),
    );
  }
}
