import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmploymentBody, type EmploymentPeriod } from '../../../contract/staff';
import { employmentForms, type FundingSource, fundingSources, positions } from '../../../domain/staff';
import { useSaveEmployment } from '../../api/staff';
import { AppModal } from '../../components/AppModal';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';

const fields = [
  'position',
  'form',
  'fte',
  'startsOn',
  'endsOn',
  'funding',
  'fundingName',
  'fundingYear',
  'note',
] as const;

type Values = {
  position: string | null;
  form: string | null;
  fte: number | string;
  startsOn: string | null;
  endsOn: string | null;
  funding: string | null;
  fundingName: string;
  fundingYear: number | string;
  note: string;
};

const valuesOf = (period: EmploymentPeriod | null): Values => ({
  position: period?.position ?? 'family_assistant',
  form: period?.form ?? null,
  fte: period?.fte ?? 1,
  startsOn: period?.startsOn ?? null,
  endsOn: period?.endsOn ?? null,
  funding: period?.funding ?? null,
  fundingName: period?.fundingName ?? '',
  fundingYear: period?.fundingYear ?? '',
  note: period?.note ?? '',
});

/** Which of the funding's details the form asks for. */
const asksName = (funding: string | null) => funding !== null && funding !== 'own_funds';
const asksYear = (funding: string | null) => funding === 'ministry_programme';

// Empty fields go as null, which the schema reads as missing ("To pole jest wymagane").
const bodyOf = (values: Values) => ({
  position: values.position,
  form: values.form,
  fte: typeof values.fte === 'number' ? values.fte : null,
  startsOn: values.startsOn,
  endsOn: values.endsOn,
  funding: values.funding,
  fundingName: asksName(values.funding) ? values.fundingName.trim() : null,
  fundingYear: asksYear(values.funding) && typeof values.fundingYear === 'number' ? values.fundingYear : null,
  note: values.note.trim(),
});

/** The funding name's label and hint for the source chosen. */
function useFundingNameLabels(funding: string | null) {
  const { t } = useTranslation();
  switch (funding as FundingSource | null) {
    case 'ministry_programme':
      return { label: t('staff.employment.programmeName'), hint: t('staff.employment.programmeNameHint') };
    case 'eu_project':
      return { label: t('staff.employment.projectName'), hint: t('staff.employment.projectNameHint') };
    default:
      return { label: t('staff.employment.fundingName'), hint: t('staff.employment.fundingNameHint') };
  }
}

interface FormProps {
  personId: string;
  /** null to add a period. */
  period: EmploymentPeriod | null;
  onDone: () => void;
}

function EmploymentForm({ personId, period, onDone }: FormProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: valuesOf(period),
    schema: EmploymentBody,
    toBody: bodyOf,
    mutation: useSaveEmployment(personId, period),
    fields,
    saved: period ? t('staff.employment.saved') : t('staff.employment.added'),
    conflictNote: t('staff.reloaded'),
    onDone,
  });
  const { form } = state;
  const funding = form.values.funding;
  const nameLabels = useFundingNameLabels(funding);

  return (
    <DialogForm
      state={state}
      submitLabel={period ? t('common.saveChanges') : t('staff.employment.add')}
      onCancel={onDone}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={t('staff.employment.position')}
          description={t('staff.employment.positionHint')}
          data={positions.map((value) => ({ value, label: t(`staff.positions.${value}`) }))}
          allowDeselect={false}
          required
          withAsterisk={false}
          data-autofocus
          {...form.getInputProps('position')}
        />
        <NumberInput
          label={t('staff.employment.fte')}
          description={t('staff.employment.fteHint')}
          min={0.05}
          max={1}
          step={0.05}
          decimalScale={2}
          decimalSeparator=","
          required
          withAsterisk={false}
          {...form.getInputProps('fte')}
        />
      </SimpleGrid>
      <Select
        label={t('staff.employment.form')}
        data={employmentForms.map((value) => ({ value, label: t(`staff.forms.${value}`) }))}
        allowDeselect={false}
        required
        withAsterisk={false}
        {...form.getInputProps('form')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          label={t('staff.employment.startsOn')}
          description={t('staff.employment.startsOnHint')}
          required
          withAsterisk={false}
          {...form.getInputProps('startsOn')}
        />
        <DateField
          label={t('staff.employment.endsOn')}
          description={t('staff.employment.endsOnHint')}
          clearable
          {...form.getInputProps('endsOn')}
        />
      </SimpleGrid>
      <Select
        label={t('staff.employment.funding')}
        data={fundingSources.map((value) => ({ value, label: t(`staff.funding.${value}`) }))}
        allowDeselect={false}
        required
        withAsterisk={false}
        {...form.getInputProps('funding')}
      />
      {(asksName(funding) || asksYear(funding)) && (
        <SimpleGrid cols={{ base: 1, xs: asksYear(funding) ? 2 : 1 }} spacing="sm">
          {asksName(funding) && (
            <TextInput
              label={nameLabels.label}
              description={nameLabels.hint}
              autoComplete="off"
              required={funding !== 'other'}
              withAsterisk={false}
              {...form.getInputProps('fundingName')}
            />
          )}
          {asksYear(funding) && (
            <NumberInput
              label={t('staff.employment.fundingYear')}
              description={t('staff.employment.fundingYearHint')}
              min={2000}
              max={2100}
              allowDecimal={false}
              thousandSeparator={false}
              required
              withAsterisk={false}
              {...form.getInputProps('fundingYear')}
            />
          )}
        </SimpleGrid>
      )}
      <Textarea label={t('staff.employment.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </DialogForm>
  );
}

interface Props {
  personId: string;
  /** The period to change; with `adding`, none. */
  period: EmploymentPeriod | null;
  adding: boolean;
  opened: boolean;
  onClose: () => void;
}

/** Adding a period of employment to a person's record, or changing one. */
export function EmploymentModal({ personId, period, adding, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened && (adding || period !== null)}
      onClose={onClose}
      title={adding ? t('staff.employment.addTitle') : t('staff.employment.editTitle')}
    >
      {adding ? (
        <EmploymentForm personId={personId} period={null} onDone={onClose} />
      ) : (
        period && <EmploymentForm key={period.id} personId={personId} period={period} onDone={onClose} />
      )}
    </AppModal>
  );
}
