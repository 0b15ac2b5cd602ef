import { Grid, Select } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconClock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ContactKind, type ContactPlace } from '../../../contract/contacts';
import { contactKinds, contactPlaces } from '../../../domain/contacts';
import { DateField } from '../engagements/engagementForm';

/** Where a contact of a kind usually takes place: choosing the kind fills in the place. */
const usualPlace: Partial<Record<ContactKind, ContactPlace>> = {
  home_visit: 'family_home',
  monitoring_visit: 'family_home',
  phone_call: 'phone',
  consultation: 'office_duty',
  escort: 'institution',
  working_meeting: 'institution',
};

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The hour just gone, to the quarter: the likely time of something recorded right after it. */
export function lastHour(now = dayjs()) {
  const end = Math.max(60, Math.floor((now.hour() * 60 + now.minute()) / 15) * 15);
  return { startTime: clock(end - 60), endTime: clock(end) };
}

type SpanField = 'date' | 'startTime' | 'endTime';

/** The day and the hours of a contact, a visit or other work: a day picked, two times typed. */
export function TimeSpanFields({
  inputProps,
  minDate,
  maxDate,
}: {
  inputProps: (field: SpanField) => GetInputPropsReturnType;
  minDate?: string;
  maxDate?: string;
}) {
  const { t } = useTranslation();
  const timeProps = { required: true, withAsterisk: true, leftSection: <IconClock size={16} aria-hidden /> };
  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <DateField
          label={t('contacts.fields.date')}
          required
          withAsterisk
          minDate={minDate}
          maxDate={maxDate}
          {...inputProps('date')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, xs: 3 }}>
        <TimeInput label={t('contacts.fields.startTime')} {...timeProps} {...inputProps('startTime')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, xs: 3 }}>
        <TimeInput label={t('contacts.fields.endTime')} {...timeProps} {...inputProps('endTime')} />
      </Grid.Col>
    </Grid>
  );
}

/** The kinds and places of contacts as select options. */
export function useContactOptions() {
  const { t } = useTranslation();
  return {
    kinds: contactKinds.map((value) => ({ value, label: t(`contacts.kinds.${value}`) })),
    places: contactPlaces.map((value) => ({ value, label: t(`contacts.places.${value}`) })),
  };
}

/** The kind of a contact or visit and its place; the kind chosen suggests the place. */
export function KindAndPlaceFields({
  kind,
  place,
  suggestPlace,
}: {
  kind: GetInputPropsReturnType;
  place: GetInputPropsReturnType;
  suggestPlace: (place: ContactPlace) => void;
}) {
  const { t } = useTranslation();
  const options = useContactOptions();
  const chooseKind = (value: string | null) => {
    kind.onChange(value);
    const chosen = ContactKind.safeParse(value);
    const usual = chosen.success ? usualPlace[chosen.data] : undefined;
    if (usual) suggestPlace(usual);
  };
  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <Select
          label={t('contacts.fields.kind')}
          data={options.kinds}
          required
          withAsterisk
          allowDeselect={false}
          {...kind}
          onChange={chooseKind}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <Select
          label={t('contacts.fields.place')}
          data={options.places}
          required
          withAsterisk
          allowDeselect={false}
          {...place}
        />
      </Grid.Col>
    </Grid>
  );
}
