import { Box, Group, type MantineStyleProp, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedVisit, WorkRecord } from '../../../contract/contacts';
import { useFormatters } from '../../lib/format';
import classes from './Calendar.module.css';
import type { CalendarEntry } from './calendarRange';

/** How an entry is coloured: a visit by its status, a contact as held, other work, a duty hour. */
const toneNames = ['planned', 'held', 'cancelled', 'work', 'duty'] as const;
type Tone = (typeof toneNames)[number];
const toneColors: Record<Tone, string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'gray',
  work: 'grape',
  duty: 'orange',
};

function toneOf(entry: CalendarEntry): Tone {
  switch (entry.type) {
    case 'visit':
      return entry.item.status;
    case 'contact':
      return 'held';
    case 'work':
    case 'duty':
      return entry.type;
  }
}

/** The colour of a tone, for the entry's stripe and background (see Calendar.module.css). */
export const toneStyle = (tone: Tone): MantineStyleProp => ({
  '--entry-color': `var(--mantine-color-${toneColors[tone]}-6)`,
  '--entry-background': `var(--mantine-color-${toneColors[tone]}-light)`,
});

export const entryStyle = (entry: CalendarEntry) => toneStyle(toneOf(entry));

/** What an entry says: its title (the family, the kind of work) and a line about it. */
export function useEntryText() {
  const { t } = useTranslation();
  const familyName = (name: string) => name || t('families.unnamed');
  return (entry: CalendarEntry): { title: string; detail: string } => {
    switch (entry.type) {
      case 'visit': {
        const { family, kind, status, cancelReason } = entry.item;
        // A cancelled visit says why: "Odwołana przez rodzinę", "Rodzina nieobecna".
        const state = cancelReason
          ? t(`calendar.cancelReasons.${cancelReason}`)
          : t(`calendar.visitStatus.${status}`);
        return { title: familyName(family.name), detail: `${t(`contacts.kinds.${kind}`)} · ${state}` };
      }
      case 'contact':
        return { title: familyName(entry.item.family.name), detail: t(`contacts.kinds.${entry.item.kind}`) };
      case 'work':
        return { title: t(`calendar.workKinds.${entry.item.kind}`), detail: entry.item.note ?? '' };
      case 'duty':
        return { title: t('calendar.duty'), detail: entry.item.place };
    }
  };
}

/** What clicking an entry does; without a handler the entry only shows. */
export interface EntryHandlers {
  /** Opens a visit still planned (or cancelled) in its panel. */
  onVisit?: (visit: PlannedVisit) => void;
  onWork?: (work: WorkRecord) => void;
  /** Contacts and visits held lead to the engagement's contact log. */
  linkEngagements: boolean;
  /** The team's calendar says whose each entry is. */
  showAssistant: boolean;
}

type Target = { to: string } | { onClick: () => void } | null;

function targetOf(entry: CalendarEntry, handlers: EntryHandlers): Target {
  const { onVisit, onWork } = handlers;
  const held = entry.type === 'contact' || (entry.type === 'visit' && entry.item.status === 'held');
  if (held && handlers.linkEngagements) return { to: `/engagements/${entry.item.engagementId}?tab=contacts` };
  if (entry.type === 'visit' && !held && onVisit) return { onClick: () => onVisit(entry.item) };
  if (entry.type === 'work' && onWork) return { onClick: () => onWork(entry.item) };
  return null;
}

function EntryFrame({
  entry,
  handlers,
  children,
}: {
  entry: CalendarEntry;
  handlers: EntryHandlers;
  children: ReactNode;
}) {
  const target = targetOf(entry, handlers);
  const props = { className: classes.entry, style: entryStyle(entry) };
  if (target && 'to' in target) {
    return (
      <UnstyledButton component={Link} to={target.to} {...props}>
        {children}
      </UnstyledButton>
    );
  }
  if (target) {
    return (
      <UnstyledButton onClick={target.onClick} {...props}>
        {children}
      </UnstyledButton>
    );
  }
  return <Box {...props}>{children}</Box>;
}

/**
 * One entry of a day: its hours, title and state in the week view; in a month's cell one line
 * (the rest read out to screen readers).
 */
export function EntryCard({
  entry,
  handlers,
  compact = false,
}: {
  entry: CalendarEntry;
  handlers: EntryHandlers;
  compact?: boolean;
}) {
  const format = useFormatters();
  const text = useEntryText()(entry);
  const { startTime, endTime } = entry.item;
  const person = entry.type === 'work' ? entry.item.user : entry.item.assistant;
  const titleClass =
    entry.type === 'visit' && entry.item.status === 'cancelled' ? classes.cancelled : undefined;

  if (compact) {
    return (
      <EntryFrame entry={entry} handlers={handlers}>
        <Text span display="block" size="xs" truncate="end">
          <Text span inherit fw={600}>
            {startTime}
          </Text>{' '}
          <span className={titleClass}>{text.title}</span>
          <VisuallyHidden>
            {[format.timeRange(startTime, endTime), text.detail, handlers.showAssistant ? person.name : '']
              .filter(Boolean)
              .join(' · ')}
          </VisuallyHidden>
        </Text>
      </EntryFrame>
    );
  }
  return (
    <EntryFrame entry={entry} handlers={handlers}>
      <Text span display="block" size="xs">
        {format.timeRange(startTime, endTime)}
      </Text>
      <Text span display="block" size="xs" fw={600} className={titleClass}>
        {text.title}
      </Text>
      {text.detail && (
        <Text span display="block" size="xs" c="dimmed" lineClamp={2}>
          {text.detail}
        </Text>
      )}
      {handlers.showAssistant && (
        <Text span display="block" size="xs" fw={500} mt={2}>
          {person.name}
        </Text>
      )}
    </EntryFrame>
  );
}

/** What the colours mean (each entry also says it in words). */
export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <Group
      component="ul"
      aria-label={t('calendar.legend.title')}
      gap="md"
      mt="sm"
      p={0}
      style={{ listStyle: 'none' }}
    >
      {toneNames.map((tone) => (
        <Group component="li" key={tone} gap={6} wrap="nowrap">
          <Box className={classes.swatch} style={toneStyle(tone)} aria-hidden />
          <Text size="xs">{t(`calendar.legend.${tone}`)}</Text>
        </Group>
      ))}
      <Group component="li" gap={6} wrap="nowrap">
        <Text size="xs" c="red" fw={600}>
          {t('calendar.legend.holiday')}
        </Text>
      </Group>
    </Group>
  );
}
