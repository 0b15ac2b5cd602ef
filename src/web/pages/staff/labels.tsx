import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmploymentPeriod } from '../../../contract/staff';

/** Who paid for a period: the source, and under it the programme's or project's name and year. */
export function FundingText({
  period,
}: {
  period: Pick<EmploymentPeriod, 'funding' | 'fundingName' | 'fundingYear'>;
}) {
  const { t } = useTranslation();
  const { fundingName: name, fundingYear: year } = period;
  // „Asystent rodziny 2026” already says its year.
  const detail = name
    ? year && !name.includes(String(year))
      ? t('staff.fundingNameYear', { name, year })
      : name
    : year
      ? String(year)
      : null;
  return (
    <Stack gap={0}>
      <Text size="sm">{t(`staff.funding.${period.funding}`)}</Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
