import { ActionIcon, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import {
  IconChevronLeft,
  IconChevronRight,
  IconClockHour4,
  IconDownload,
  IconFileTypeDocx,
  IconPrinter,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Month } from '../../../contract/common';
import { addMonths, warsawDate } from '../../../domain/calendar';
import { useCurrentUser } from '../../api/auth';
import { useStaff } from '../../api/office';
import {
  type TimesheetPerson,
  timesheetPrintoutUrl,
  timesheetXlsxUrl,
  useTimesheet,
} from '../../api/timesheet';
import { DownloadButton } from '../../components/DownloadButton';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { TimesheetSummary } from './TimesheetSummary';
import { TimesheetTable } from './TimesheetTable';

const thisMonth = () => warsawDate().slice(0, 7);
const shiftMonth = (month: string, by: number) => addMonths(`${month}-01`, by).slice(0, 7);

/** "Listopad 2026" between the arrows to the previous and the next month. */
function MonthSwitcher({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('timesheet.month')}
      </Text>
      <Group gap="xs" wrap="nowrap" role="group" aria-labelledby={labelId}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('timesheet.previousMonth')}
          onClick={() => onChange(shiftMonth(month, -1))}
        >
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Title order={2} fz="h4" miw={150} ta="center" aria-live="polite">
          {format.month(month)}
        </Title>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('timesheet.nextMonth')}
          onClick={() => onChange(shiftMonth(month, 1))}
        >
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
        {month !== thisMonth() && (
          <Button variant="subtle" onClick={() => onChange(thisMonth())}>
            {t('timesheet.currentMonth')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The assistants whose timesheets a manager or team lead may open, oneself included. */
function PersonSelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const assistants = useStaff('assistant');
  const people = assistants.data ?? [];
  const canOwn = me.permissions.includes('worktime:own');
  const options = canOwn && !people.some((person) => person.id === me.id) ? [me, ...people] : people;
  return (
    <Select
      label={t('timesheet.person')}
      placeholder={t('timesheet.personPlaceholder')}
      data={options.map((person) => ({ value: person.id, label: person.name }))}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      searchable
      nothingFoundMessage={assistants.isPending ? t('app.loading') : undefined}
      w={{ base: '100%', xs: 280 }}
    />
  );
}

/**
 * The monthly timesheet: one's own, or — with `worktime:team` — any assistant's. The month and
 * the person are in the address (`?month=2026-11&assistantId=…`), so a view can be shared.
 */
export function TimesheetPage() {
  const { t } = useTranslation();
  usePageTitle(t('timesheet.pageTitle'));
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const canOwn = me.permissions.includes('worktime:own');
  const canTeam = me.permissions.includes('worktime:team');

  const month = Month.safeParse(params.get('month')).data ?? thisMonth();
  const chosen = canTeam ? params.get('assistantId') : null;
  // One's own timesheet comes from its own endpoint; a colleague's from the team one.
  const person: TimesheetPerson = chosen === me.id ? null : chosen;
  const hasPerson = person !== null || canOwn;
  const timesheet = useTimesheet(month, person, hasPerson);

  const update = (changes: { month?: string; assistantId?: string | null }) => {
    const next = { month, assistantId: chosen, ...changes };
    setParams(
      { month: next.month, ...(next.assistantId ? { assistantId: next.assistantId } : {}) },
      { replace: true },
    );
  };

  return (
    <Stack gap={0} maw={1280}>
      <PageHeader
        title={t('timesheet.title')}
        subtitle={t('timesheet.subtitle')}
        actions={
          hasPerson && (
            <Group gap="sm">
              <DownloadButton
                href={timesheetPrintoutUrl(month, person, 'pdf')}
                variant="default"
                leftSection={<IconPrinter size={18} aria-hidden />}
              >
                {t('documents.timesheet.print')}
              </DownloadButton>
              <DownloadButton
                href={timesheetPrintoutUrl(month, person, 'docx')}
                variant="default"
                leftSection={<IconFileTypeDocx size={18} aria-hidden />}
              >
                {t('documents.timesheet.docx')}
              </DownloadButton>
              <DownloadButton
                href={timesheetXlsxUrl(month, person)}
                variant="default"
                leftSection={<IconDownload size={18} aria-hidden />}
              >
                {t('timesheet.download')}
              </DownloadButton>
            </Group>
          )
        }
      />
      <Card mb="lg">
        <Group align="flex-end" gap="lg">
          {canTeam && (
            <PersonSelect
              value={chosen ?? (canOwn ? me.id : null)}
              onChange={(assistantId) => update({ assistantId })}
            />
          )}
          <MonthSwitcher month={month} onChange={(next) => update({ month: next })} />
        </Group>
      </Card>
      {hasPerson ? (
        <WithQuery query={timesheet}>
          {(sheet) => (
            <Stack gap="lg">
              <TimesheetSummary sheet={sheet} />
              <TimesheetTable sheet={sheet} />
            </Stack>
          )}
        </WithQuery>
      ) : (
        <Card>
          <EmptyState icon={<IconClockHour4 size={24} />} text={t('timesheet.choosePerson')} />
        </Card>
      )}
    </Stack>
  );
}
