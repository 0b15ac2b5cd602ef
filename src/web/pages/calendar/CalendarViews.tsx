import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateOnly } from '../../../contract/common';
import type { Calendar } from '../../../contract/contacts';
import { isoWeekday } from '../../../domain/calendar';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import classes from './Calendar.module.css';
import { CalendarLegend, EntryCard, type EntryHandlers, entryStyle } from './CalendarEntries';
import {
  type CalendarEntry,
  type CalendarView,
  daysFrom,
  entriesByDay,
  entryKey,
  isCalendarView,
  stepAnchor,
  visibleRange,
} from './calendarRange';

/**
 * The view and the day it shows, kept in the address (`?view=month&date=2026-12-01`) so that a
 * reload or the way back from a family's page shows the same days.
 */
export function useCalendarNavigation(today: string) {
  const [params, setParams] = useSearchParams();
  const viewParam = params.get('view');
  const view: CalendarView = isCalendarView(viewParam) ? viewParam : 'week';
  const dateParam = params.get('date');
  const anchor = dateParam && DateOnly.safeParse(dateParam).success ? dateParam : today;
  const show = (nextView: CalendarView, nextAnchor: string) => {
    const next: Record<string, string> = {};
    if (nextView !== 'week') next.view = nextView;
    if (nextAnchor !== today) next.date = nextAnchor;
    setParams(next, { replace: true });
  };
  return {
    today,
    view,
    anchor,
    range: visibleRange(view, anchor),
    setView: (next: CalendarView) => show(next, anchor),
    step: (by: -1 | 1) => show(view, stepAnchor(view, anchor, by)),
    showToday: () => show(view, today),
    showWeekOf: (day: string) => show('week', day),
  };
}
export type CalendarNavigation = ReturnType<typeof useCalendarNavigation>;

const classNames = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');
const isDayOff = (day: string, holiday: string | undefined) => holiday !== undefined || isoWeekday(day) > 5;

function CalendarToolbar({ navigation, filter }: { navigation: CalendarNavigation; filter?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { view, range, anchor } = navigation;
  const day = (date: string, pattern: string) => dayjs(date).locale(i18n.language).format(pattern);
  const title =
    view === 'week'
      ? `${day(range.from, 'D MMMM')} – ${day(range.to, 'D MMMM YYYY')}`
      : format.month(anchor.slice(0, 7));
  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="md">
      <Group gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(`calendar.previous.${view}`)}
            onClick={() => navigation.step(-1)}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={navigation.showToday}>
            {t('calendar.today')}
          </Button>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(`calendar.next.${view}`)}
            onClick={() => navigation.step(1)}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <Title order={2} fz="h4" aria-live="polite">
          {title}
        </Title>
      </Group>
      <Group gap="sm" align="flex-end">
        {filter}
        <SegmentedControl
          aria-label={t('calendar.view')}
          value={view}
          onChange={(value) => isCalendarView(value) && navigation.setView(value)}
          data={[
            { value: 'week', label: t('calendar.week') },
            { value: 'month', label: t('calendar.month') },
          ]}
        />
      </Group>
    </Group>
  );
}

interface DaysProps {
  days: string[];
  byDay: Map<string, CalendarEntry[]>;
  holidays: Map<string, string>;
  navigation: CalendarNavigation;
  handlers: EntryHandlers;
}

function DayCard({ day, props }: { day: string; props: DaysProps }) {
  const { t, i18n } = useTranslation();
  const entries = props.byDay.get(day) ?? [];
  const holiday = props.holidays.get(day);
  const isToday = day === props.navigation.today;
  const headingId = `calendar-day-${day}`;
  const date = dayjs(day).locale(i18n.language);
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      padding="xs"
      className={classNames(classes.day, isToday && classes.today, isDayOff(day, holiday) && classes.dayOff)}
    >
      <Title order={3} fz="sm" id={headingId} mb={6}>
        <Text span display="flex" size="xs" c="dimmed" fw={600} tt="capitalize" className={classes.weekday}>
          {date.format('dddd')}
          {isToday && (
            <Badge size="xs" variant="light">
              {t('calendar.today')}
            </Badge>
          )}
        </Text>
        {date.format('D MMMM')}
      </Title>
      {holiday && (
        <Text size="xs" c="red" fw={600} mb={4}>
          {holiday}
        </Text>
      )}
      <Stack gap={4}>
        {entries.length > 0 ? (
          entries.map((entry) => <EntryCard key={entryKey(entry)} entry={entry} handlers={props.handlers} />)
        ) : (
          <Text size="xs" c="dimmed">
            {t('calendar.noEntries')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Seven days side by side on a wide screen, one under another on a phone. */
function WeekView(props: DaysProps) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 7 }} spacing={6} verticalSpacing={6}>
      {props.days.map((day) => (
        <DayCard key={day} day={day} props={props} />
      ))}
    </SimpleGrid>
  );
}

/** How many entries a month's cell lists before "+2 więcej" (which opens the week). */
const CELL_ENTRIES = 3;

function MonthCell({ day, props }: { day: string; props: DaysProps }) {
  const { t } = useTranslation();
  const entries = props.byDay.get(day) ?? [];
  const holiday = props.holidays.get(day);
  const isToday = day === props.navigation.today;
  const hidden = entries.length - CELL_ENTRIES;
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="sm" fw={isToday ? 700 : 500} c={holiday ? 'red' : undefined}>
          {Number(day.slice(8))}
        </Text>
        {isToday && (
          <Badge size="xs" variant="light">
            {t('calendar.today')}
          </Badge>
        )}
      </Group>
      {holiday && (
        <Text size="xs" c="red" truncate="end" title={holiday}>
          {holiday}
        </Text>
      )}
      {entries.slice(0, CELL_ENTRIES).map((entry) => (
        <EntryCard key={entryKey(entry)} entry={entry} handlers={props.handlers} compact />
      ))}
      {hidden > 0 && (
        <Button variant="subtle" size="compact-xs" onClick={() => props.navigation.showWeekOf(day)}>
          {t('calendar.more', { count: hidden })}
        </Button>
      )}
    </Stack>
  );
}

/** On a phone a month's day is a dot per entry; tapping it opens its week. */
function PhoneMonthCell({ day, props }: { day: string; props: DaysProps }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = props.byDay.get(day) ?? [];
  const holiday = props.holidays.get(day);
  return (
    <UnstyledButton className={classes.phoneCellButton} onClick={() => props.navigation.showWeekOf(day)}>
      <Text
        span
        size="sm"
        fw={day === props.navigation.today ? 700 : 500}
        c={holiday ? 'red' : day === props.navigation.today ? 'asysta' : undefined}
        aria-hidden
      >
        {Number(day.slice(8))}
      </Text>
      <Group gap={3} justify="center" aria-hidden>
        {entries.slice(0, 6).map((entry) => (
          <Box key={entryKey(entry)} className={classes.dot} style={entryStyle(entry)} />
        ))}
      </Group>
      <VisuallyHidden>
        {[format.longDate(day), holiday, t('calendar.dayEntries', { count: entries.length })]
          .filter(Boolean)
          .join(', ')}
      </VisuallyHidden>
    </UnstyledButton>
  );
}

/** The weeks of a month as a table, weekdays over the columns; days of other months dimmed. */
function MonthView(props: DaysProps) {
  const { i18n } = useTranslation();
  const phone = useIsPhone();
  const month = props.navigation.anchor.slice(0, 7);
  const weeks: string[][] = [];
  for (let index = 0; index < props.days.length; index += 7) weeks.push(props.days.slice(index, index + 7));
  return (
    <Table layout="fixed" withTableBorder withColumnBorders bg="var(--mantine-color-body)">
      <Table.Thead>
        <Table.Tr>
          {(weeks[0] ?? []).map((day) => (
            <Table.Th key={day} ta="center" tt="capitalize" fz="xs" px={4}>
              {dayjs(day)
                .locale(i18n.language)
                .format(phone ? 'dd' : 'dddd')}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week[0]}>
            {week.map((day) => (
              <Table.Td
                key={day}
                className={classNames(
                  phone ? classes.phoneCell : classes.monthCell,
                  !day.startsWith(month) && classes.outside,
                  day === props.navigation.today && classes.today,
                  isDayOff(day, props.holidays.get(day)) && classes.dayOff,
                )}
              >
                {phone ? <PhoneMonthCell day={day} props={props} /> : <MonthCell day={day} props={props} />}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CalendarDays({
  calendar,
  navigation,
  handlers,
}: {
  calendar: Calendar;
  navigation: CalendarNavigation;
  handlers: EntryHandlers;
}) {
  const props: DaysProps = {
    days: daysFrom(calendar.from, calendar.to),
    byDay: entriesByDay(calendar),
    holidays: new Map(calendar.holidays.map((holiday) => [holiday.date, holiday.name])),
    navigation,
    handlers,
  };
  return navigation.view === 'week' ? <WeekView {...props} /> : <MonthView {...props} />;
}

/**
 * A calendar: the way between weeks or months, the days with their entries and what the colours
 * mean. `filter` goes in the toolbar (the team's choice of an assistant).
 */
export function CalendarBoard({
  navigation,
  query,
  handlers,
  filter,
}: {
  navigation: CalendarNavigation;
  query: UseQueryResult<Calendar>;
  handlers: EntryHandlers;
  filter?: ReactNode;
}) {
  return (
    <>
      <CalendarToolbar navigation={navigation} filter={filter} />
      <Box
        aria-busy={query.isPlaceholderData}
        style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <WithQuery query={query}>
          {(calendar) => <CalendarDays calendar={calendar} navigation={navigation} handlers={handlers} />}
        </WithQuery>
      </Box>
      <CalendarLegend />
    </>
  );
}
