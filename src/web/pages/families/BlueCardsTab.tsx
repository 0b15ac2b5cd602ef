import { Alert, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  IconAlarm,
  IconLock,
  IconPencil,
  IconPlus,
  IconShieldHeart,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlueCard } from '../../../contract/partners';
import { warsawDate } from '../../../domain/calendar';
import { standing } from '../../../domain/deadlines';
import { useCurrentUser } from '../../api/auth';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { ItemList, Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { useDueText } from '../deadlines/deadlineViews';
import { BlueCardChangeForm, BlueCardMeetingForm, NewBlueCardForm } from './BlueCardForms';

type Dialog = { kind: 'create' } | { kind: 'change' | 'meeting'; id: string };

const headingId = (card: BlueCard) => `blue-card-${card.id}`;

/** Form A still to be passed to the team, when the assistant started the procedure: red once late. */
function FormATerm({ dueOn, today }: { dueOn: string; today: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dueText = useDueText();
  const term = { kind: 'blue_card_form_a' as const, dueOn, ...standing(dueOn, today) };
  return (
    <Alert
      color={term.overdue ? 'red' : 'orange'}
      variant={term.overdue ? 'filled' : 'light'}
      icon={<IconAlarm aria-hidden />}
      title={t('blueCards.formATerm', { date: format.date(dueOn) })}
    >
      <Text size="sm" fw={term.overdue ? 700 : 500}>
        {dueText(term)}
      </Text>
      <Text size="sm">{t('blueCards.formATermHint')}</Text>
    </Alert>
  );
}

function BlueCardItem({ card, today, actions }: { card: BlueCard; today: string; actions: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const yesNo = (value: boolean) => (value ? t('families.yes') : t('families.no'));
  return (
    <Stack gap="sm" component="article" aria-labelledby={headingId(card)}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <Group gap="sm">
          <Text fw={600} id={headingId(card)}>
            {t('blueCards.heading', { date: format.date(card.startedOn) })}
          </Text>
          <Badge color={card.closedOn ? 'gray' : 'blue'} variant="light" tt="none" radius="sm">
            {card.closedOn
              ? t('blueCards.closedBadge', { date: format.date(card.closedOn) })
              : t('blueCards.openBadge')}
          </Badge>
        </Group>
        {actions}
      </Group>
      {card.formADueOn && !card.formASentOn && <FormATerm dueOn={card.formADueOn} today={today} />}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('blueCards.initiatedBy')}>{card.initiatedBy}</Detail>
        <Detail label={t('blueCards.formAFilledBy')}>{card.formAFilledBy}</Detail>
        <Detail label={t('blueCards.byAssistant')}>{yesNo(card.assistantInitiated)}</Detail>
        <Detail label={t('blueCards.formASent')}>
          {card.formASentOn ? format.date(card.formASentOn) : t('blueCards.notYet')}
        </Detail>
        <Detail label={t('blueCards.inGroup')}>{yesNo(card.assistantInGroup)}</Detail>
        <Detail label={t('blueCards.closure')}>
          {card.closedOn && card.closureGround
            ? t('blueCards.closureLine', {
                date: format.date(card.closedOn),
                ground: t(`blueCards.closureGrounds.${card.closureGround}`),
              })
            : '—'}
        </Detail>
      </SimpleGrid>
      {card.assistantTasks && <Detail label={t('blueCards.assistantTasks')}>{card.assistantTasks}</Detail>}
      <Detail label={t('blueCards.meetings')}>
        {card.meetings.length === 0 ? (
          <Text span size="sm" c="dimmed">
            {t('blueCards.noMeetings')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {card.meetings.map((meeting) => (
              <List.Item key={meeting.id}>
                {meeting.note
                  ? t('blueCards.meetingLine', { date: format.date(meeting.date), note: meeting.note })
                  : format.date(meeting.date)}
              </List.Item>
            ))}
          </List>
        )}
      </Detail>
    </Stack>
  );
}

/**
 * The Niebieska Karta procedures concerning the family, as the assistant records them: who
 * started each, form A and its term, the assistant's part in the group, its meetings, its end.
 * Shown only to those the server lets see them.
 */
export function BlueCardsTab({ familyId, cards }: { familyId: string; cards: BlueCard[] }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canWrite = me.permissions.includes('blue_cards:write');
  const today = warsawDate();
  const { dialog, opened, open, close } = useDialog<Dialog>();
  // Chosen by id, so that after a reload the dialog works on the current version.
  const chosen = dialog && dialog.kind !== 'create' ? cards.find((card) => card.id === dialog.id) : undefined;

  const dialogContent = (): { title: string; form: ReactNode } | null => {
    if (dialog?.kind === 'create') {
      return {
        title: t('blueCards.createTitle'),
        form: <NewBlueCardForm familyId={familyId} today={today} onDone={close} />,
      };
    }
    if (!chosen) return null;
    const props = { familyId, card: chosen, today, onDone: close };
    return dialog?.kind === 'change'
      ? { title: t('blueCards.changeTitle'), form: <BlueCardChangeForm key={chosen.id} {...props} /> }
      : { title: t('blueCards.meetingTitle'), form: <BlueCardMeetingForm key={chosen.id} {...props} /> };
  };
  const content = dialogContent();

  return (
    <Stack gap="md">
      <Alert
        color="grape"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t('blueCards.restrictedTitle')}
      >
        {t('blueCards.restrictedText')}
      </Alert>
      <Section
        title={t('blueCards.title')}
        action={
          canWrite && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'create' })}>
              {t('blueCards.create')}
            </Button>
          )
        }
      >
        {cards.length === 0 ? (
          <EmptyState icon={<IconShieldHeart size={24} />} text={t('blueCards.empty')} />
        ) : (
          <ItemList
            items={cards}
            render={(card) => (
              <BlueCardItem
                card={card}
                today={today}
                actions={
                  canWrite && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-describedby={headingId(card)}
                        onClick={() => open({ kind: 'change', id: card.id })}
                      >
                        {t('blueCards.change')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconUsersGroup size={14} aria-hidden />}
                        aria-describedby={headingId(card)}
                        onClick={() => open({ kind: 'meeting', id: card.id })}
                      >
                        {t('blueCards.addMeeting')}
                      </Button>
                    </Group>
                  )
                }
              />
            )}
          />
        )}
      </Section>
      {canWrite && (
        <AppModal opened={opened && content !== null} onClose={close} title={content?.title}>
          {content?.form}
        </AppModal>
      )}
    </Stack>
  );
}
