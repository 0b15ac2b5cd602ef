import { Anchor, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DutyRoster } from '../../../contract/contacts';
import { useDutyRoster } from '../../api/duty';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import classes from './DutyPrintPage.module.css';
import { byWeekday, useRosterDay } from './roster';

/** The office as the letterhead of the list: its name, address and phone. */
function OfficeHeader({ office }: { office: DutyRoster['office'] }) {
  const { t } = useTranslation();
  const cityLine = [office.postalCode, office.city].filter(Boolean).join(' ');
  return (
    <Box component="header" pb="sm" style={{ borderBottom: '2px solid var(--mantine-color-black)' }}>
      <Text fw={700} size="lg">
        {office.name}
      </Text>
      {[office.street, cityLine, office.phone && t('duty.printPhone', { phone: office.phone })]
        .filter(Boolean)
        .map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
    </Box>
  );
}

function RosterTable({ items }: { items: DutyRoster['items'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = byWeekday(items).filter((day) => day.items.length > 0);
  if (days.length === 0) return <Text>{t('duty.printEmpty')}</Text>;
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="xs" className={classes.table}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('duty.colWeekday')}</Table.Th>
          <Table.Th>{t('duty.colAssistant')}</Table.Th>
          <Table.Th>{t('duty.colHours')}</Table.Th>
          <Table.Th>{t('duty.colPlace')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      {days.map((day) => (
        <Table.Tbody key={day.weekday}>
          {day.items.map((hour, index) => (
            <Table.Tr key={hour.id}>
              {index === 0 && (
                <Table.Th scope="rowgroup" rowSpan={day.items.length}>
                  {format.weekday(day.weekday)}
                </Table.Th>
              )}
              <Table.Td>{hour.assistant.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.timeRange(hour.startTime, hour.endTime)}
              </Table.Td>
              <Table.Td>{hour.place}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      ))}
    </Table>
  );
}

/**
 * The duty hours as a sheet to print and give to families or pin up in the office: no app
 * around it, the office as the letterhead, the day the list was made at the foot.
 */
export function DutyPrintPage() {
  const { t } = useTranslation();
  usePageTitle(t('duty.printPageTitle'));
  const format = useFormatters();
  const [on] = useRosterDay();
  const roster = useDutyRoster(on);

  return (
    <Box className={classes.page}>
      <Group justify="space-between" mb="xl" className={classes.screenOnly}>
        <Anchor component={Link} to={`/duty-hours?on=${on}`} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('duty.printBack')}
          </Group>
        </Anchor>
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('duty.printButton')}
        </Button>
      </Group>
      <WithQuery query={roster}>
        {(data) => (
          <Stack gap="lg">
            <OfficeHeader office={data.office} />
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {t('duty.printTitle')}
              </Title>
              <Text>{t('duty.printIntro')}</Text>
            </Stack>
            <RosterTable items={data.items} />
            <Text component="footer" size="sm" c="dimmed">
              {t('duty.printFooter', { date: format.date(data.on) })}
            </Text>
          </Stack>
        )}
      </WithQuery>
    </Box>
  );
}
