import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRef } from '../../../contract/common';
import type { DeadlineList } from '../../../contract/engagements';
import { useCurrentUser } from '../../api/auth';
import { useTeamDeadlines } from '../../api/deadlines';
import { useTeamContactFrequency } from '../../api/frequency';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { BelowTargetByAssistant } from '../frequency/frequencyViews';
import { AssistantCountsTable, DeadlineGroups, HorizonChoice, horizons } from './deadlineViews';

interface ViewProps {
  list: DeadlineList;
  /** The assistant whose deadlines alone are listed; null for everyone's. */
  chosen: UserRef | null;
  onChoose: (assistant: UserRef | null) => void;
}

function TeamDeadlines({ list, chosen, onChoose }: ViewProps) {
  const { t } = useTranslation();
  const items = chosen ? list.items.filter((item) => item.assistant.id === chosen.id) : list.items;

  return (
    <Stack gap="lg">
      {list.byAssistant.length > 0 && (
        <Card component="section" aria-labelledby="team-assistants-heading">
          <Stack gap={4} mb="sm">
            <Title order={2} fz="h4" id="team-assistants-heading">
              {t('deadlines.byAssistantTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('deadlines.byAssistantHint')}
            </Text>
          </Stack>
          <AssistantCountsTable
            rows={list.byAssistant}
            horizonDays={list.horizonDays}
            labelledBy="team-assistants-heading"
            assistantCell={(assistant) => {
              const isChosen = assistant.id === chosen?.id;
              return (
                <Button
                  variant={isChosen ? 'light' : 'subtle'}
                  size="compact-sm"
                  aria-pressed={isChosen}
                  onClick={() => onChoose(isChosen ? null : assistant)}
                >
                  {assistant.name}
                </Button>
              );
            }}
          />
        </Card>
      )}
      <Card component="section" aria-labelledby="team-deadlines-heading">
        <Group justify="space-between" mb="md" gap="sm">
          <Title order={2} fz="h4" id="team-deadlines-heading">
            {chosen ? t('deadlines.itemsOf', { name: chosen.name }) : t('deadlines.itemsTitle')}
          </Title>
          {chosen && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => onChoose(null)}
            >
              {t('deadlines.showAll')}
            </Button>
          )}
        </Group>
        <DeadlineGroups items={items} horizonDays={list.horizonDays} withAssistant />
      </Card>
    </Stack>
  );
}

/** "Kontakty z rodzinami": the families seen less often than the office's target, by assistant. */
function TeamContactFrequency({ chosen }: { chosen: UserRef | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const frequency = useTeamContactFrequency();
  return (
    <Card component="section" aria-labelledby="team-frequency-heading">
      <Stack gap={4} mb="md">
        <Title order={2} fz="h4" id="team-frequency-heading">
          {chosen ? t('frequency.teamTitleOf', { name: chosen.name }) : t('frequency.teamTitle')}
        </Title>
        {frequency.data && (
          <Text size="sm" c="dimmed">
            {t('frequency.teamHint', { target: format.decimal(frequency.data.target) })}
          </Text>
        )}
      </Stack>
      <WithQuery query={frequency}>
        {(data) => <BelowTargetByAssistant frequency={data} chosen={chosen} />}
      </WithQuery>
    </Card>
  );
}

/** Every assistant's overdue and upcoming deadlines, for the manager and the team lead. */
export function TeamDeadlinesPage() {
  const { t } = useTranslation();
  usePageTitle(t('deadlines.teamPageTitle'));
  const [horizon, setHorizon] = useState<number>(horizons[0]);
  const [chosen, setChosen] = useState<UserRef | null>(null);
  const deadlines = useTeamDeadlines(horizon);
  const me = useCurrentUser();

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader
        title={t('deadlines.teamTitle')}
        subtitle={t('deadlines.teamSubtitle')}
        actions={<HorizonChoice value={horizon} onChange={setHorizon} />}
      />
      <Stack gap="lg">
        <WithQuery query={deadlines}>
          {(list) => <TeamDeadlines list={list} chosen={chosen} onChoose={setChosen} />}
        </WithQuery>
        {me.permissions.includes('worktime:team') && <TeamContactFrequency chosen={chosen} />}
      </Stack>
    </Stack>
  );
}
