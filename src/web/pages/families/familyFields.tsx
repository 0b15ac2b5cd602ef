import { Checkbox, Fieldset, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import { useProblemTypes, useStaff } from '../../api/office';

/** The family's own data as the registration and edit forms hold it: plain strings and flags. */
export interface FamilyDataValues {
  caseNumber: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  socialWorkerId: string | null;
  problemTypeIds: string[];
  courtSupervision: boolean;
  probationOfficer: string;
  limitedParentalAuthority: boolean;
  fosterCare: boolean;
  fosterCareCoordinator: string;
  zaZyciem: boolean;
}

export const familyDataFields = [
  'caseNumber',
  'street',
  'postalCode',
  'city',
  'phone',
  'socialWorkerId',
  'problemTypeIds',
  'courtSupervision',
  'probationOfficer',
  'limitedParentalAuthority',
  'fosterCare',
  'fosterCareCoordinator',
  'zaZyciem',
] as const satisfies readonly (keyof FamilyDataValues)[];

export const emptyFamilyData = (socialWorkerId: string | null): FamilyDataValues => ({
  caseNumber: '',
  street: '',
  postalCode: '',
  city: '',
  phone: '',
  socialWorkerId,
  problemTypeIds: [],
  courtSupervision: false,
  probationOfficer: '',
  limitedParentalAuthority: false,
  fosterCare: false,
  fosterCareCoordinator: '',
  zaZyciem: false,
});

export const familyDataOf = (file: FamilyFile): FamilyDataValues => ({
  caseNumber: file.caseNumber,
  street: file.street,
  postalCode: file.postalCode,
  city: file.city,
  phone: file.phone ?? '',
  socialWorkerId: file.socialWorker?.id ?? null,
  problemTypeIds: file.problems.map((problem) => problem.id),
  courtSupervision: file.courtSupervision,
  probationOfficer: file.probationOfficer ?? '',
  limitedParentalAuthority: file.limitedParentalAuthority,
  fosterCare: file.fosterCare,
  fosterCareCoordinator: file.fosterCareCoordinator ?? '',
  zaZyciem: file.zaZyciem,
});

/**
 * What the API receives: a contact only goes with its flag (unticking the flag forgets the
 * probation officer or coordinator), the rest as typed; the contract's schema trims the text.
 */
export function familyDataBody(values: FamilyDataValues) {
  return {
    caseNumber: values.caseNumber,
    street: values.street,
    postalCode: values.postalCode,
    city: values.city,
    phone: values.phone,
    socialWorkerId: values.socialWorkerId,
    problemTypeIds: values.problemTypeIds,
    courtSupervision: values.courtSupervision,
    probationOfficer: values.courtSupervision ? values.probationOfficer : null,
    limitedParentalAuthority: values.limitedParentalAuthority,
    fosterCare: values.fosterCare,
    fosterCareCoordinator: values.fosterCare ? values.fosterCareCoordinator : null,
    zaZyciem: values.zaZyciem,
  };
}

/** "12345" typed without the dash becomes "12-345", the format the contract asks for. */
export function formatPostalCode(value: string): string {
  const trimmed = value.trim();
  return /^\d{5}$/.test(trimmed) ? `${trimmed.slice(0, 2)}-${trimmed.slice(2)}` : value;
}

type Field = (typeof familyDataFields)[number];

/** The form's parts read as its sub-headings. */
const legendStyles = {
  legend: {
    fontWeight: 600,
    fontSize: 'var(--mantine-font-size-md)',
    marginBottom: 'var(--mantine-spacing-xs)',
  },
};

/** A Mantine form whose values include the family's data. */
interface FamilyForm {
  values: FamilyDataValues;
  getInputProps: (path: Field, options?: { type?: 'input' | 'checkbox' }) => GetInputPropsReturnType;
  setFieldValue: (path: 'postalCode', value: string) => void;
}

/** A name offered in a select even when it is no longer in the office's list (retired, left). */
export function withCurrent(
  options: { value: string; label: string }[],
  current: { id: string; name: string }[],
): { value: string; label: string }[] {
  const missing = current.filter((item) => !options.some((option) => option.value === item.id));
  return [...options, ...missing.map((item) => ({ value: item.id, label: item.name }))];
}

interface Props {
  form: FamilyForm;
  /** The names the family has now, for a social worker or problems no longer offered. */
  current?: { socialWorker: { id: string; name: string } | null; problems: { id: string; name: string }[] };
  autoFocus?: boolean;
}

/** The family's data, responsible social worker, problems and legal situation. */
export function FamilyDataFields({ form, current, autoFocus }: Props) {
  const { t } = useTranslation();
  const problemTypes = useProblemTypes();
  const socialWorkers = useStaff('social_worker');

  const socialWorkerOptions = withCurrent(
    (socialWorkers.data ?? []).map((person) => ({ value: person.id, label: person.name })),
    current?.socialWorker ? [current.socialWorker] : [],
  );
  const problemOptions = withCurrent(
    (problemTypes.data ?? [])
      .filter((type) => type.active)
      .map((type) => ({ value: type.id, label: type.name })),
    current?.problems ?? [],
  );
  const postalCode = form.getInputProps('postalCode');

  return (
    <Stack gap="md">
      <Fieldset legend={t('families.form.dataTitle')} variant="unstyled" styles={legendStyles}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('families.form.caseNumber')}
              description={t('families.form.caseNumberHint')}
              required
              withAsterisk
              autoComplete="off"
              data-autofocus={autoFocus || undefined}
              {...form.getInputProps('caseNumber')}
            />
            <Select
              label={t('families.form.socialWorker')}
              description={t('families.form.socialWorkerHint')}
              placeholder={t('families.form.socialWorkerNone')}
              data={socialWorkerOptions}
              clearable
              searchable
              nothingFoundMessage={t('families.form.nothingFound')}
              {...form.getInputProps('socialWorkerId')}
            />
          </SimpleGrid>
          <TextInput
            label={t('families.form.street')}
            placeholder={t('families.form.streetPlaceholder')}
            required
            withAsterisk
            autoComplete="off"
            {...form.getInputProps('street')}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label={t('families.form.postalCode')}
              placeholder="00-000"
              required
              withAsterisk
              inputMode="numeric"
              autoComplete="off"
              maxLength={6}
              {...postalCode}
              onChange={(event) =>
                form.setFieldValue('postalCode', formatPostalCode(event.currentTarget.value))
              }
            />
            <TextInput
              label={t('families.form.city')}
              required
              withAsterisk
              autoComplete="off"
              {...form.getInputProps('city')}
            />
            <TextInput
              label={t('families.form.phone')}
              type="tel"
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <MultiSelect
        label={t('families.form.problems')}
        description={t('families.form.problemsHint')}
        placeholder={
          form.values.problemTypeIds.length === 0 ? t('families.form.problemsPlaceholder') : undefined
        }
        data={problemOptions}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('families.form.nothingFound')}
        {...form.getInputProps('problemTypeIds')}
      />

      <Fieldset legend={t('families.form.legalTitle')} variant="unstyled" styles={legendStyles}>
        <Stack gap="sm">
          <Checkbox
            label={t('families.form.courtSupervision')}
            {...form.getInputProps('courtSupervision', { type: 'checkbox' })}
          />
          {form.values.courtSupervision && (
            <TextInput
              label={t('families.form.probationOfficer')}
              description={t('families.form.contactHint')}
              autoComplete="off"
              ml={{ base: 0, xs: 32 }}
              {...form.getInputProps('probationOfficer')}
            />
          )}
          <Checkbox
            label={t('families.form.limitedParentalAuthority')}
            {...form.getInputProps('limitedParentalAuthority', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('families.form.fosterCare')}
            {...form.getInputProps('fosterCare', { type: 'checkbox' })}
          />
          {form.values.fosterCare && (
            <TextInput
              label={t('families.form.fosterCareCoordinator')}
              description={t('families.form.contactHint')}
              autoComplete="off"
              ml={{ base: 0, xs: 32 }}
              {...form.getInputProps('fosterCareCoordinator')}
            />
          )}
          <Checkbox
            label={t('families.form.zaZyciem')}
            description={t('families.form.zaZyciemHint')}
            {...form.getInputProps('zaZyciem', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
