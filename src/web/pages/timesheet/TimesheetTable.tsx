import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Timesheet, TimesheetKind } from '../../../contract/contacts';
import { useFormatters } from '../../lib/format';
import classes from './TimesheetTable.module.css';

type Day = Timesheet['days'][number];

const kinds = TimesheetKind.options;

/** The day's holiday and why it is flagged: work outside the office's hours or on a day off. */
function Remarks({ day, window }: { day: Day; window: Timesheet['window'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap={2}>
      {day.holiday && <Text size="sm">{day.holiday}</Text>}
      {day.flags.map((flag) => (
        <Group key={flag} gap={4} wrap="nowrap" c="red.8">
          <IconAlertTriangle size={14} aria-hidden />
          <Text size="sm" fw={600} c="red.8">
            {t(`timesheet.flags.${flag}`, { hours: format.timeRange(window.start, window.end) })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Days of the month × kinds of work, in hours; days off greyed, flagged days in red; the month's totals. */
export function TimesheetTable({ sheet }: { sheet: Timesheet }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const hours = (minutes: number | undefined) => (minutes ? format.hours(minutes) : '');
  const rowClass = (day: Day) =>
    [day.workingDay ? undefined : classes.dayOff, day.flags.length > 0 ? classes.flagged : undefined]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <Card component="section" aria-labelledby={headingId} p={0}>
      <Stack gap={4} p="md">
        <Title order={2} fz="h4" id={headingId}>
          {t('timesheet.daysTitle')}
        </Title>
        {sheet.workedMinutes === 0 && (
          <Text size="sm" c="dimmed">
            {t('timesheet.noWork')}
          </Text>
        )}
      </Stack>
      <Table.ScrollContainer minWidth={1100}>
        <Table verticalSpacing={6} horizontalSpacing="xs" aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.day}>{t('timesheet.colDay')}</Table.Th>
              {kinds.map((kind) => (
                <Table.Th key={kind} className={classes.number}>
                  {t(`timesheet.kinds.${kind}`)}
                </Table.Th>
              ))}
              <Table.Th className={classes.number}>{t('timesheet.colTotal')}</Table.Th>
              <Table.Th className={classes.remarks}>{t('timesheet.colRemarks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.days.map((day) => (
              <Table.Tr key={day.date} className={rowClass(day)}>
                <Table.Th scope="row" className={classes.day} fw={500}>
                  {format.date(day.date)}{' '}
                  <Text span size="sm" c="dimmed">
                    {format.weekdayShort(day.date)}
                  </Text>
                </Table.Th>
                {kinds.map((kind) => (
                  <Table.Td key={kind} className={classes.number}>
                    {hours(day.minutes[kind])}
                  </Table.Td>
                ))}
                <Table.Td className={classes.number} fw={600}>
                  {hours(day.total)}
                </Table.Td>
                <Table.Td>
                  <Remarks day={day} window={sheet.window} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr className={classes.total}>
              <Table.Th scope="row" className={classes.day}>
                {t('timesheet.totalRow')}
              </Table.Th>
              {kinds.map((kind) => (
                <Table.Td key={kind} className={classes.number}>
                  {format.hours(sheet.totals[kind] ?? 0)}
                </Table.Td>
              ))}
              <Table.Td className={classes.number}>{format.hours(sheet.workedMinutes)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
