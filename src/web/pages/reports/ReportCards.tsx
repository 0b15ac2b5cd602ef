import { BarChart } from '@mantine/charts';
import { Box, Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../contract/reports';
import { closureReasons } from '../../../domain/engagement';
import { employmentForms, fundingSources } from '../../../domain/staff';
import { useFormatters } from '../../lib/format';
import { daysToMonths } from './period';

/** One figure of a report: what it counts, large, under its name. */
function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

/** A split of a figure, one row each: "Program ministerialny 3". */
function SplitTable({
  title,
  rows,
}: {
  title: string;
  rows: { key: string; label: string; value: string }[];
}) {
  const headingId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id={headingId}>
        {title}
      </Text>
      <Table aria-labelledby={headingId} verticalSpacing={4} horizontalSpacing="xs">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right" fw={600} w="1%">
                {row.value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** A card of the report: its heading, then its content. */
function ReportCard({
  title,
  grow = false,
  children,
}: {
  title: string;
  grow?: boolean;
  children: ReactNode;
}) {
  return (
    <Card component="section" style={grow ? { flex: 1 } : undefined}>
      <Title order={3} fz="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** An explanation of how a figure is counted. */
function Explanation({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" mt="md">
      {children}
    </Text>
  );
}

/**
 * A chart as one picture for screen readers, named by `label`: the numbers it draws are in the
 * tables beside it.
 */
export function ChartFigure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="img" aria-label={label}>
      {children}
    </Box>
  );
}

function StaffCard({ staff }: { staff: Report['staff'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const number = (value: number) => format.decimal(value);
  const fundingData = fundingSources.map((source) => ({
    source: t(`staff.funding.${source}`),
    people: staff.byFunding[source],
  }));
  return (
    <ReportCard title={t('reports.staff.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <Figure label={t('reports.staff.total')} value={number(staff.total)} />
            <Figure label={t('reports.staff.atEnd')} value={number(staff.atEnd)} />
            <Figure label={t('reports.staff.fteAverage')} value={number(staff.fteAverage)} />
            <Figure label={t('reports.staff.fteAtEnd')} value={number(staff.fteAtEnd)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <SplitTable
              title={t('reports.staff.byFunding')}
              rows={fundingSources.map((source) => ({
                key: source,
                label: t(`staff.funding.${source}`),
                value: number(staff.byFunding[source]),
              }))}
            />
            <SplitTable
              title={t('reports.staff.byForm')}
              rows={employmentForms.map((form) => ({
                key: form,
                label: t(`staff.forms.${form}`),
                value: number(staff.byForm[form]),
              }))}
            />
          </SimpleGrid>
          <Explanation>{t('reports.staff.explanation')}</Explanation>
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('reports.charts.fundingTitle')}
          </Text>
          <ChartFigure label={t('reports.charts.fundingLabel')}>
            <BarChart
              h={240}
              data={fundingData}
              dataKey="source"
              orientation="vertical"
              series={[{ name: 'people', label: t('reports.charts.people'), color: 'asysta.6' }]}
              yAxisProps={{ width: 150 }}
              xAxisProps={{ allowDecimals: false }}
              gridAxis="x"
              withBarValueLabel
              valueFormatter={number}
              maxBarWidth={28}
            />
          </ChartFigure>
        </Stack>
      </SimpleGrid>
    </ReportCard>
  );
}

function FamiliesCard({ families }: { families: Report['families'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const number = (value: number) => format.decimal(value);
  return (
    <ReportCard title={t('reports.families.title')}>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Figure label={t('reports.families.families')} value={number(families.families)} />
        <Figure label={t('reports.families.courtOrdered')} value={number(families.courtOrdered)} />
        <Figure label={t('reports.families.zaZyciem')} value={number(families.zaZyciem)} />
        <Figure label={t('reports.families.started')} value={number(families.started)} />
        <Figure label={t('reports.families.closed')} value={number(families.closed)} />
        <Figure label={t('reports.families.children')} value={number(families.children)} />
      </SimpleGrid>
      <Explanation>{t('reports.families.explanation')}</Explanation>
    </ReportCard>
  );
}

function ContactsCard({ contacts, families }: { contacts: number; families: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ReportCard title={t('reports.contacts.title')} grow>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Figure label={t('reports.contacts.held')} value={format.decimal(contacts)} />
        {families > 0 && (
          <Figure
            label={t('reports.contacts.perFamily')}
            value={format.decimal(contacts / families, { maximumFractionDigits: 1 })}
          />
        )}
      </SimpleGrid>
    </ReportCard>
  );
}

function ClosuresCard({ families }: { families: Report['families'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const number = (value: number) => format.decimal(value);
  const total = closureReasons.reduce((sum, reason) => sum + families.closures[reason], 0);
  // "301 dni" over "ok. 9,9 mies."; a dash when no work ended in the period.
  const length = (label: string, days: number | null) =>
    days === null ? (
      <Figure label={label} value={t('reports.closures.noLength')} />
    ) : (
      <Figure
        label={label}
        value={t('reports.closures.days', { days: format.decimal(days, { maximumFractionDigits: 0 }) })}
        detail={t('reports.closures.months', {
          months: format.decimal(daysToMonths(days), { maximumFractionDigits: 1 }),
        })}
      />
    );
  const chartData = closureReasons.map((reason) => ({
    reason: t(`decisions.closureReasons.${reason}`),
    families: families.closures[reason],
  }));
  return (
    <ReportCard title={t('reports.closures.title')} grow>
      <Stack gap="md">
        <SplitTable
          title={t('reports.closures.byReason')}
          rows={[
            ...closureReasons.map((reason) => ({
              key: reason,
              label: t(`decisions.closureReasons.${reason}`),
              value: number(families.closures[reason]),
            })),
            { key: 'total', label: t('reports.closures.total'), value: number(total) },
          ]}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {length(t('reports.closures.averageDays'), families.averageDays)}
          {length(t('reports.closures.medianDays'), families.medianDays)}
        </SimpleGrid>
        {total > 0 ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('reports.charts.closuresTitle')}
            </Text>
            <ChartFigure label={t('reports.charts.closuresLabel')}>
              <BarChart
                h={260}
                data={chartData}
                dataKey="reason"
                orientation="vertical"
                series={[{ name: 'families', label: t('reports.charts.families'), color: 'indigo.6' }]}
                yAxisProps={{ width: 190 }}
                xAxisProps={{ allowDecimals: false }}
                gridAxis="x"
                withBarValueLabel
                valueFormatter={number}
                maxBarWidth={24}
              />
            </ChartFigure>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reports.closures.none')}
          </Text>
        )}
      </Stack>
    </ReportCard>
  );
}

/** The report of a period in cards: the team, the families, the contacts, the closures. */
export function ReportCards({ report }: { report: Report }) {
  return (
    <Stack gap="lg">
      <StaffCard staff={report.staff} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <FamiliesCard families={report.families} />
          <ContactsCard contacts={report.contacts} families={report.families.families} />
        </Stack>
        <Stack gap="lg">
          <ClosuresCard families={report.families} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
