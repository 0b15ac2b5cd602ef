import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Timesheet } from '../../../contract/contacts';
import { useFormatters } from '../../lib/format';

function Figure({
  label,
  value,
  hint,
  color,
}: {
  label: string;
  value: string;
  hint: string;
  color?: string;
}) {
  return (
    <Card withBorder shadow="none" padding="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={{ base: 20, sm: 26 }} fw={700} c={color} lh={1.3} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

/** Whose month it is, and its figures: the norm for the FTE, hours worked, the difference, flagged days. */
export function TimesheetSummary({ sheet }: { sheet: Timesheet }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const difference = sheet.workedMinutes - sheet.normMinutes;
  const fte = format.decimal(sheet.fte);
  return (
    <Card>
      <Stack gap="md">
        <Text fw={500}>
          {t('timesheet.of', {
            name: sheet.assistant.name,
            fte,
            hours: format.timeRange(sheet.window.start, sheet.window.end),
          })}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Figure
            label={t('timesheet.norm')}
            value={format.hours(sheet.normMinutes)}
            hint={t('timesheet.normHint', { fte })}
          />
          <Figure
            label={t('timesheet.worked')}
            value={format.hours(sheet.workedMinutes)}
            hint={t('timesheet.workedHint')}
          />
          <Figure
            label={t('timesheet.difference')}
            value={format.hours(difference, { signDisplay: 'exceptZero' })}
            hint={t('timesheet.differenceHint')}
          />
          <Figure
            label={t('timesheet.flagged')}
            value={String(sheet.flaggedDays)}
            hint={sheet.flaggedDays > 0 ? t('timesheet.flaggedHint') : t('timesheet.noneFlagged')}
            color={sheet.flaggedDays > 0 ? 'red.7' : undefined}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
