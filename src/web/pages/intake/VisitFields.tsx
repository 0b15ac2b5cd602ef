import { SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { IconCalendar, IconClock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A planned visit as typed: a day (YYYY-MM-DD) and a time (HH:mm), each possibly empty. */
export interface VisitValue {
  date: string | null;
  time: string;
}

export const emptyVisit: VisitValue = { date: null, time: '' };

/** The visit as the API takes it (ISO 8601 with the local offset), or null when no day is given. */
export function visitMoment({ date, time }: VisitValue): string | null {
  if (!date || !time) return null;
  return dayjs(`${date}T${time}`).format();
}

/** The form's value for a stored moment. */
export function visitValue(moment: string | null): VisitValue {
  if (!moment) return emptyVisit;
  const at = dayjs(moment);
  return { date: at.format('YYYY-MM-DD'), time: at.format('HH:mm') };
}

/** A day without a time, or a time without a day: which field still needs filling. */
export function visitErrors(value: VisitValue, messages: { date: string; time: string }) {
  const errors: Record<string, string> = {};
  if (value.date && !value.time) errors.time = messages.time;
  if (!value.date && value.time) errors.date = messages.date;
  return errors;
}

interface Props {
  value: VisitValue;
  onChange: (value: VisitValue) => void;
  dateLabel: string;
  timeLabel: string;
  description?: string;
  dateError?: ReactNode;
  timeError?: ReactNode;
  required?: boolean;
}

/** The day and the hour of a visit, side by side: both can be typed or picked. */
export function VisitFields(props: Props) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <Stack gap={6}>
      {props.description && (
        <Text size="sm" c="dimmed">
          {props.description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateInput
          label={props.dateLabel}
          value={value.date}
          onChange={(date) => onChange({ ...value, date })}
          valueFormat="L"
          placeholder={t('intake.datePlaceholder')}
          clearable
          required={props.required}
          withAsterisk={false}
          error={props.dateError}
          leftSection={<IconCalendar size={16} aria-hidden />}
        />
        <TimeInput
          label={props.timeLabel}
          value={value.time}
          onChange={(event) => onChange({ ...value, time: event.currentTarget.value })}
          required={props.required}
          withAsterisk={false}
          error={props.timeError}
          leftSection={<IconClock size={16} aria-hidden />}
        />
      </SimpleGrid>
    </Stack>
  );
}
