import { Card, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { warsawDate } from '../../../domain/calendar';
import { periodReportUrl, type ReportPeriod, usePeriodReport } from '../../api/reports';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { ExportLinks, PeriodControls } from './PeriodControls';
import { choiceParams, type ReportChoice, type ReportTab, readChoice } from './period';
import { ReportCards } from './ReportCards';
import { StateReportTab } from './StateReportTab';
import { TrendCard } from './TrendCard';

/** "Rok 2026", "I półrocze 2026". */
function usePeriodName() {
  const { t } = useTranslation();
  return (period: ReportPeriod) =>
    period.kind === 'year'
      ? t('reports.periodName.year', { year: period.year })
      : t(period.half === 1 ? 'reports.periodName.half1' : 'reports.periodName.half2', { year: period.year });
}

function PeriodTab({
  choice,
  onChange,
}: {
  choice: ReportChoice;
  onChange: (changes: { kind?: 'year' | 'half'; year?: number; half?: 1 | 2 }) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const periodName = usePeriodName();
  const { period } = choice;
  const report = usePeriodReport(period);
  return (
    <Stack gap="lg">
      <Card>
        <Group justify="space-between" align="flex-end" gap="md">
          <PeriodControls
            kind={{ value: period.kind, onChange: (kind) => onChange({ kind }) }}
            year={period.year}
            onYear={(year) => onChange({ year })}
            half={
              period.kind === 'half' ? { value: period.half, onChange: (half) => onChange({ half }) } : null
            }
          />
          <ExportLinks href={(exportFormat) => periodReportUrl(period, exportFormat)} />
        </Group>
      </Card>
      <WithQuery query={report}>
        {(data) => (
          <Stack gap="lg">
            <Group gap="sm" align="baseline">
              <Title order={2} fz="h3" aria-live="polite">
                {periodName(period)}
              </Title>
              <Text c="dimmed">
                {t('reports.periodRange', {
                  from: format.date(data.period.from),
                  to: format.date(data.period.to),
                })}
              </Text>
              {report.isPlaceholderData && <Loader size="xs" aria-label={t('app.loading')} />}
            </Group>
            <ReportCards report={data} />
          </Stack>
        )}
      </WithQuery>
      <TrendCard />
    </Stack>
  );
}

/**
 * „Raporty”: the figures of a year or a half-year with charts and exports, and the state's
 * half-year report (whose definition the administrator keeps). The choice is in the address.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reports.pageTitle'));
  const [params, setParams] = useSearchParams();
  const choice = readChoice(params, warsawDate());

  const update = (next: ReportChoice) => setParams(choiceParams(next), { replace: true });
  const changePeriod = (changes: { kind?: 'year' | 'half'; year?: number; half?: 1 | 2 }) => {
    const kind = changes.kind ?? choice.period.kind;
    const year = changes.year ?? choice.period.year;
    const half = changes.half ?? choice.half;
    update({ ...choice, half, period: kind === 'year' ? { kind, year } : { kind, year, half } });
  };
  const chooseTab = (tab: string | null) =>
    update({ ...choice, tab: (tab === 'state' ? 'state' : 'period') as ReportTab });

  return (
    <Stack gap={0} maw={1280}>
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <Tabs value={choice.tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="period">{t('reports.tabs.period')}</Tabs.Tab>
          <Tabs.Tab value="state">{t('reports.tabs.state')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="period">
          <PeriodTab choice={choice} onChange={changePeriod} />
        </Tabs.Panel>
        <Tabs.Panel value="state">
          <StateReportTab
            year={choice.period.year}
            half={choice.half}
            onChange={(changes) => changePeriod(changes)}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
