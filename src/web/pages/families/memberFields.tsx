import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { GetInputPropsReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconArrowBackUp, IconCalendar, IconUserCheck, IconUserSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, MemberInput, type PersonMatch, relations, sexes } from '../../../contract/people';
import { parsePesel } from '../../../domain/pesel';
import { usePersonByPesel } from '../../api/families';
import { useFormatters } from '../../lib/format';
import { validateWithPaths } from '../../lib/forms';

/** A person's data as a form holds it: plain strings, dates as YYYY-MM-DD. */
export interface PersonValues {
  firstName: string;
  lastName: string;
  pesel: string;
  birthDate: string | null;
  sex: string | null;
  phone: string;
  schoolOrWork: string;
}

const personFields = ['firstName', 'lastName', 'pesel', 'birthDate', 'sex', 'phone', 'schoolOrWork'] as const;

/** A member being added: a new person, or one already in the registry (`existing`, found by PESEL). */
export interface MemberValues {
  /** Keeps React's rows apart when one is removed. */
  key: string;
  existing: PersonMatch | null;
  person: PersonValues;
  relation: string | null;
  inHousehold: boolean;
}

export const emptyPerson = (): PersonValues => ({
  firstName: '',
  lastName: '',
  pesel: '',
  birthDate: null,
  sex: null,
  phone: '',
  schoolOrWork: '',
});

export const emptyMember = (): MemberValues => ({
  key: randomId(),
  existing: null,
  person: emptyPerson(),
  relation: null,
  inHousehold: true,
});

export const personOf = (member: Member): PersonValues => ({
  firstName: member.firstName,
  lastName: member.lastName,
  pesel: member.pesel ?? '',
  birthDate: member.birthDate,
  sex: member.sex,
  phone: member.phone ?? '',
  schoolOrWork: member.schoolOrWork ?? '',
});

/** The person as the API takes it; an empty PESEL is no PESEL. The contract's schema trims the text. */
export function personBody(person: PersonValues) {
  const pesel = person.pesel.trim();
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    pesel: pesel === '' ? null : pesel,
    birthDate: person.birthDate || null,
    sex: person.sex,
    phone: person.phone,
    schoolOrWork: person.schoolOrWork,
  };
}

/** `MemberInput`: the registered person by id, or the new person's data. */
export function memberBody(member: MemberValues) {
  const membership = { relation: member.relation, inHousehold: member.inHousehold };
  return member.existing
    ? { personId: member.existing.id, ...membership }
    : { person: personBody(member.person), ...membership };
}

const [ExistingMember, NewMember] = MemberInput.options;

/**
 * Checks one member with the contract's own rule for its kind (checking the union as a whole
 * would only say that the member is wrong, not which field), errors named by the form's paths.
 */
export function validateMember(member: MemberValues, prefix: string) {
  return validateWithPaths(member.existing ? ExistingMember : NewMember, memberBody(member), prefix);
}

/** The form paths of a member's fields: where the server's field errors (`person.pesel`…) land. */
export const memberFieldPaths = (prefix: string) => [
  ...personFields.map((field) => `${prefix}person.${field}`),
  `${prefix}relation`,
  `${prefix}inHousehold`,
  `${prefix}personId`,
];

/** A Mantine form addressed by path (`members.0.person.pesel`). */
export interface PathForm {
  getInputProps(path: string, options?: { type?: 'input' | 'checkbox' }): GetInputPropsReturnType;
  setFieldValue(path: string, value: unknown): void;
}

function useRelationOptions() {
  const { t } = useTranslation();
  return relations.map((value) => ({ value, label: t(`families.relations.${value}`) }));
}

interface PersonFieldsProps {
  form: PathForm;
  person: PersonValues;
  /** Where the person's fields are: `members.0.person.`, or `` for a flat form. */
  personPrefix: string;
  /** Where the relation and household fields are. */
  memberPrefix: string;
  /** Shown under the PESEL row, such as the person found in the registry. */
  notice?: ReactNode;
  autoFocus?: boolean;
}

/** Name, PESEL, birth date and sex, place in the family, school or work and phone of one person. */
export function PersonFields({
  form,
  person,
  personPrefix,
  memberPrefix,
  notice,
  autoFocus,
}: PersonFieldsProps) {
  const { t } = useTranslation();
  const relationOptions = useRelationOptions();
  const today = dayjs().format('YYYY-MM-DD');
  const pesel = form.getInputProps(`${personPrefix}pesel`);

  /** A complete, valid PESEL fills in the birth date and sex it encodes, where they are still empty. */
  const changePesel = (value: string) => {
    form.setFieldValue(`${personPrefix}pesel`, value);
    const parsed = parsePesel(value.trim());
    if (!parsed.ok) return;
    if (!person.birthDate) form.setFieldValue(`${personPrefix}birthDate`, parsed.birthDate);
    if (!person.sex) form.setFieldValue(`${personPrefix}sex`, parsed.sex);
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <TextInput
          label={t('families.member.firstName')}
          required
          withAsterisk
          autoComplete="off"
          data-autofocus={autoFocus || undefined}
          {...form.getInputProps(`${personPrefix}firstName`)}
        />
        <TextInput
          label={t('families.member.lastName')}
          required
          withAsterisk
          autoComplete="off"
          {...form.getInputProps(`${personPrefix}lastName`)}
        />
        <Select
          label={t('families.member.relation')}
          required
          withAsterisk
          data={relationOptions}
          allowDeselect={false}
          {...form.getInputProps(`${memberPrefix}relation`)}
        />
        <TextInput
          label={t('families.member.pesel')}
          description={t('families.member.peselHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          spellCheck={false}
          {...pesel}
          onChange={(event) => changePesel(event.currentTarget.value)}
        />
        <DateInput
          label={t('families.member.birthDate')}
          description={t('families.member.birthDateHint')}
          placeholder={t('families.member.datePlaceholder')}
          valueFormat="L"
          maxDate={today}
          clearable
          leftSection={<IconCalendar size={16} aria-hidden />}
          // Above the field, so that the calendar (open while the field has focus) leaves its error in view.
          popoverProps={{ position: 'top-start' }}
          {...form.getInputProps(`${personPrefix}birthDate`)}
        />
        <Select
          label={t('families.member.sex')}
          description={t('families.member.sexHint')}
          data={sexes.map((value) => ({ value, label: t(`families.sexes.${value}`) }))}
          clearable
          {...form.getInputProps(`${personPrefix}sex`)}
        />
      </SimpleGrid>
      {notice}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('families.member.schoolOrWork')}
          autoComplete="off"
          {...form.getInputProps(`${personPrefix}schoolOrWork`)}
        />
        <TextInput
          label={t('families.member.phone')}
          type="tel"
          autoComplete="off"
          {...form.getInputProps(`${personPrefix}phone`)}
        />
      </SimpleGrid>
      <Checkbox
        label={t('families.member.inHousehold')}
        {...form.getInputProps(`${memberPrefix}inHousehold`, { type: 'checkbox' })}
      />
    </Stack>
  );
}

/** "Jan Kowalski, ur. 01.02.1980": enough to recognise a person found by PESEL. */
function useMatchDescription() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (match: PersonMatch) => {
    const name = `${match.firstName} ${match.lastName}`;
    return match.birthDate
      ? t('families.member.nameBorn', { name, date: format.date(match.birthDate) })
      : name;
  };
}

/** Offers the person already registered under the PESEL typed, instead of entering them again. */
function PeselMatch({ pesel, onUse }: { pesel: string; onUse: (match: PersonMatch) => void }) {
  const { t } = useTranslation();
  const lookup = usePersonByPesel(pesel);
  const describe = useMatchDescription();
  if (lookup.isError) {
    return (
      <Text size="sm" c="dimmed">
        {t('families.member.lookupFailed')}
      </Text>
    );
  }
  const match = lookup.data;
  if (!match || !parsePesel(pesel.trim()).ok) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconUserSearch aria-hidden />} role="status">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('families.member.found', { person: describe(match) })}</Text>
        <Button size="xs" leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => onUse(match)}>
          {t('families.member.useExisting')}
        </Button>
      </Stack>
    </Alert>
  );
}

interface MemberEditorProps {
  form: PathForm & { errors: Record<string, ReactNode> };
  member: MemberValues;
  /** Where the member is in the form: `members.0.`, or `` for a form of one member. */
  prefix: string;
  autoFocus?: boolean;
}

/** One member being added: a new person's fields, or the registered person chosen by PESEL. */
export function MemberEditor({ form, member, prefix, autoFocus }: MemberEditorProps) {
  const { t } = useTranslation();
  const relationOptions = useRelationOptions();
  const describe = useMatchDescription();

  if (!member.existing) {
    return (
      <PersonFields
        form={form}
        person={member.person}
        personPrefix={`${prefix}person.`}
        memberPrefix={prefix}
        autoFocus={autoFocus}
        notice={
          <PeselMatch
            pesel={member.person.pesel}
            onUse={(match) => form.setFieldValue(`${prefix}existing`, match)}
          />
        }
      />
    );
  }

  const personError = form.errors[`${prefix}personId`];
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" bg="asysta.0">
        <Group justify="space-between" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <IconUserCheck size={22} aria-hidden />
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {describe(member.existing)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('families.member.existingHint')}
              </Text>
            </Stack>
          </Group>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            onClick={() => form.setFieldValue(`${prefix}existing`, null)}
          >
            {t('families.member.undoExisting')}
          </Button>
        </Group>
        {personError && (
          <Text size="sm" c="red" mt="xs" role="alert">
            {personError}
          </Text>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <Select
          label={t('families.member.relation')}
          required
          withAsterisk
          data={relationOptions}
          allowDeselect={false}
          {...form.getInputProps(`${prefix}relation`)}
        />
      </SimpleGrid>
      <Checkbox
        label={t('families.member.inHousehold')}
        {...form.getInputProps(`${prefix}inHousehold`, { type: 'checkbox' })}
      />
    </Stack>
  );
}
