import { BarChart } from '@mantine/charts';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trend } from '../../../contract/reports';
import { warsawDate } from '../../../domain/calendar';
import { useReportTrend } from '../../api/reports';
import { EmptyState } from '../../components/EmptyState';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { trendRange, yearsWithData } from './period';
import { ChartFigure } from './ReportCards';

// Assistants are counted in tens and children in hundreds: the assistants get the right-hand axis.
const series = [
  { name: 'assistants', color: 'asysta.6', yAxisId: 'right' },
  { name: 'families', color: 'indigo.5', yAxisId: 'left' },
  { name: 'children', color: 'orange.5', yAxisId: 'left' },
] as const;

function TrendChart({ trend, from, to }: { trend: Trend; from: number; to: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tableId = useId();
  const years = yearsWithData(trend.items);
  if (years.length === 0) {
    return (
      <EmptyState icon={<IconChartBar size={24} />} text={t('reports.charts.trendEmpty', { from, to })} />
    );
  }
  const data = years.map((item) => ({
    year: String(item.year),
    assistants: item.staff.total,
    families: item.families.families,
    children: item.families.children,
  }));
  return (
    <Stack gap="md">
      <ChartFigure label={t('reports.charts.trendLabel')}>
        <BarChart
          h={300}
          data={data}
          dataKey="year"
          series={series.map((one) => ({
            ...one,
            label:
              one.yAxisId === 'right' ? t('reports.charts.assistantsRight') : t(`reports.charts.${one.name}`),
          }))}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          yAxisProps={{ allowDecimals: false }}
          withRightYAxis
          rightYAxisProps={{ allowDecimals: false }}
          yAxisLabel={t('reports.charts.leftAxis')}
          rightYAxisLabel={t('reports.charts.rightAxis')}
          valueFormatter={(value) => format.decimal(value)}
          maxBarWidth={22}
        />
      </ChartFigure>
      {/* The same numbers to read: years across, as the chart draws them. */}
      <Table.ScrollContainer minWidth={Math.max(360, 120 + data.length * 56)}>
        <Table aria-labelledby={tableId} verticalSpacing={4} horizontalSpacing="xs" withTableBorder>
          <Table.Caption id={tableId} style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('reports.charts.trendTable')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.charts.year')}</Table.Th>
              {data.map((row) => (
                <Table.Th key={row.year} ta="right">
                  {row.year}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((one) => (
              <Table.Tr key={one.name}>
                <Table.Th scope="row">{t(`reports.charts.${one.name}`)}</Table.Th>
                {data.map((row) => (
                  <Table.Td key={row.year} ta="right">
                    {format.decimal(row[one.name])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Assistants, families and children per year, from the first year with any records to this one. */
export function TrendCard() {
  const { t } = useTranslation();
  const { from, to } = trendRange(Number(warsawDate().slice(0, 4)));
  const trend = useReportTrend(from, to);
  return (
    <Card component="section">
      <Title order={3} fz="h4" mb={4}>
        {t('reports.charts.trendTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('reports.charts.trendHint')}
      </Text>
      <WithQuery query={trend}>{(data) => <TrendChart trend={data} from={from} to={to} />}</WithQuery>
    </Card>
  );
}
