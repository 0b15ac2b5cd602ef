import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Partner, PartnerBody, type PartnerRole } from '../../../contract/partners';
import { useSavePartner } from '../../api/partners';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';
import { InstitutionSelect } from './InstitutionSelect';
import { usePartnerOptions } from './labels';

const fields = ['role', 'institutionId', 'personName', 'contact', 'since', 'until', 'note'] as const;

const valuesOf = (partner: Partner | null, today: string) => ({
  role: partner?.role ?? (null as PartnerRole | null),
  institutionId: partner?.institution?.id ?? null,
  personName: partner?.personName ?? '',
  contact: partner?.contact ?? '',
  since: partner?.since ?? (today as string | null),
  until: partner?.until ?? null,
  note: partner?.note ?? '',
});

/** Adds a person or institution working with the family (no `partner`), or changes one. */
export function PartnerForm({
  engagementId,
  partner,
  today,
  onDone,
}: {
  engagementId: string;
  partner: Partner | null;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { roles } = usePartnerOptions();
  const state = useEngagementForm({
    initialValues: valuesOf(partner, today),
    schema: PartnerBody,
    toBody: (values) => values,
    mutation: useSavePartner(engagementId, partner),
    fields,
    saved: t('partners.people.saved'),
    conflictNote: t('partners.reloaded'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm
      state={state}
      submitLabel={partner ? t('common.saveChanges') : t('partners.people.submit')}
      onCancel={onDone}
      intro={t('partners.people.intro')}
    >
      <Select
        label={t('partners.people.role')}
        data={roles}
        required
        withAsterisk
        allowDeselect={false}
        data-autofocus
        {...form.getInputProps('role')}
      />
      <InstitutionSelect
        label={t('partners.people.institution')}
        placeholder={t('partners.institution.placeholder')}
        clearable
        current={partner?.institution}
        {...form.getInputProps('institutionId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('partners.people.personName')}
          description={t('partners.people.personNameHint')}
          autoComplete="off"
          {...form.getInputProps('personName')}
        />
        <TextInput
          label={t('partners.people.contact')}
          description={t('partners.people.contactHint')}
          autoComplete="off"
          {...form.getInputProps('contact')}
        />
        <DateField
          label={t('partners.people.since')}
          required
          withAsterisk
          {...form.getInputProps('since')}
        />
        <DateField
          label={t('partners.people.until')}
          clearable
          minDate={form.values.since ?? undefined}
          {...form.getInputProps('until')}
        />
      </SimpleGrid>
      <Textarea
        label={t('partners.people.note')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('note')}
      />
    </DialogForm>
  );
}
