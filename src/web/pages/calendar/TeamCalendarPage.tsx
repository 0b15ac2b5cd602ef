import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { warsawDate } from '../../../domain/calendar';
import { useCurrentUser } from '../../api/auth';
import { useTeamCalendar } from '../../api/contacts';
import { useStaff } from '../../api/office';
import { FilterSelect, useFilterChoice } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../lib/usePageTitle';
import { CalendarBoard, useCalendarNavigation } from './CalendarViews';

/** Every assistant's calendar, or one's, for the manager and the team lead: to read, not to change. */
export function TeamCalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('calendar.teamTitle'));
  const me = useCurrentUser();
  const navigation = useCalendarNavigation(warsawDate());
  const assistant = useFilterChoice();
  const assistants = useStaff('assistant');
  const calendar = useTeamCalendar(navigation.range, assistant.selected);

  return (
    <Stack gap={0} maw={1440}>
      <PageHeader title={t('calendar.teamTitle')} subtitle={t('calendar.teamSubtitle')} />
      <CalendarBoard
        navigation={navigation}
        query={calendar}
        handlers={{
          linkEngagements: me.permissions.includes('families:read'),
          showAssistant: assistant.selected === null,
        }}
        filter={
          <FilterSelect
            choice={assistant}
            label={t('calendar.assistant')}
            allLabel={t('calendar.allAssistants')}
            options={(assistants.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
            basis="220px"
            searchable
          />
        }
      />
    </Stack>
  );
}
