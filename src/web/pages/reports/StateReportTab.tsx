import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StateReport } from '../../../contract/reports';
import { useCurrentUser } from '../../api/auth';
import { stateReportUrl, useStateReport } from '../../api/reports';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { DefinitionCard } from './DefinitionCard';
import { ExportLinks, PeriodControls } from './PeriodControls';

function StateTable({ report, title }: { report: StateReport; title: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card component="section">
      <Title order={3} fz="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('reports.periodRange', {
          from: format.date(report.period.from),
          to: format.date(report.period.to),
        })}
      </Text>
      {report.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.state.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} horizontalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="1%">{t('reports.state.colNumber')}</Table.Th>
                <Table.Th>{t('reports.state.colLabel')}</Table.Th>
                <Table.Th ta="right">{t('reports.state.colValue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their order is the form's
                <Table.Tr key={index}>
                  <Table.Td c="dimmed">{index + 1}.</Table.Td>
                  <Table.Td>{row.label}</Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {row.value === null ? '—' : format.decimal(row.value)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed" mt="md">
        {t('reports.state.hint')}
      </Text>
    </Card>
  );
}

interface Props {
  year: number;
  half: 1 | 2;
  onChange: (changes: { year?: number; half?: 1 | 2 }) => void;
}

/** „Sprawozdanie półroczne (dla wojewody)”: the rows of the office's definition for a half-year. */
export function StateReportTab({ year, half, onChange }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const report = useStateReport(year, half);
  const title = t(half === 1 ? 'reports.periodName.half1' : 'reports.periodName.half2', { year });
  return (
    <Stack gap="lg">
      <Card>
        <Group justify="space-between" align="flex-end" gap="md">
          <PeriodControls
            year={year}
            onYear={(next) => onChange({ year: next })}
            half={{ value: half, onChange: (next) => onChange({ half: next }) }}
          />
          <ExportLinks href={(format) => stateReportUrl(year, half, format)} />
        </Group>
      </Card>
      <WithQuery query={report}>
        {(data) => <StateTable report={data} title={t('reports.state.title', { period: title })} />}
      </WithQuery>
      {me.permissions.includes('reports:define') && <DefinitionCard />}
    </Stack>
  );
}
