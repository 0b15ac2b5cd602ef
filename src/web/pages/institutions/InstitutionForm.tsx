import { Grid, Select, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type Institution, type InstitutionKind, UpdateInstitutionBody } from '../../../contract/partners';
import { useSaveInstitution } from '../../api/partners';
import { EmailInput } from '../../components/EmailInput';
import { RepeatedRows } from '../../components/RepeatedRows';
import { validateWithPaths } from '../../lib/forms';
import { DialogForm, useEngagementForm } from '../engagements/engagementForm';
import { usePartnerOptions } from '../partners/labels';

const MAX_SERVICES = 50;
const MAX_CONTACTS = 30;

/** What the form sends: the directory's fields and whether the institution stays in it. */
const institutionSchema = UpdateInstitutionBody.omit({ version: true });

type ServiceRow = { key: string; name: string };
type ContactRow = { key: string; name: string; role: string; phone: string; email: string };
type Values = {
  name: string;
  kind: InstitutionKind | null;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  hours: string;
  services: ServiceRow[];
  contacts: ContactRow[];
  active: boolean;
};

const emptyService = (): ServiceRow => ({ key: randomId(), name: '' });
const emptyContact = (): ContactRow => ({ key: randomId(), name: '', role: '', phone: '', email: '' });

const valuesOf = (institution: Institution | null): Values => ({
  name: institution?.name ?? '',
  kind: institution?.kind ?? null,
  street: institution?.street ?? '',
  postalCode: institution?.postalCode ?? '',
  city: institution?.city ?? '',
  phone: institution?.phone ?? '',
  email: institution?.email ?? '',
  website: institution?.website ?? '',
  hours: institution?.hours ?? '',
  services: (institution?.services ?? []).map((name) => ({ key: randomId(), name })),
  contacts: (institution?.contacts ?? []).map((contact) => ({
    key: randomId(),
    name: contact.name,
    role: contact.role ?? '',
    phone: contact.phone ?? '',
    email: contact.email ?? '',
  })),
  active: institution?.active ?? true,
});

const bodyOf = ({ services, contacts, ...values }: Values) => ({
  ...values,
  services: services.map((service) => service.name),
  contacts: contacts.map(({ key: _, ...contact }) => contact),
});

/** A service is a line of text: its error lands on the row's field. */
const validate = (values: Values): FormErrors =>
  Object.fromEntries(
    Object.entries(validateWithPaths(institutionSchema, bodyOf(values))).map(([path, message]) => [
      /^services\.\d+$/.test(path) ? `${path}.name` : path,
      message,
    ]),
  );

const fields = ['name', 'kind', 'street', 'postalCode', 'city', 'phone', 'email', 'website', 'hours'];

/** Adds an institution to the directory (no `institution`), or changes, retires or restores one. */
export function InstitutionForm({
  institution,
  onDone,
}: {
  institution: Institution | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { kinds } = usePartnerOptions();
  const state = useEngagementForm({
    initialValues: valuesOf(institution),
    schema: institutionSchema,
    toBody: bodyOf,
    validate,
    mutation: useSaveInstitution(institution),
    fields,
    saved: institution ? t('institutions.saved') : t('institutions.created'),
    conflictNote: t('institutions.reloaded'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm
      state={state}
      submitLabel={institution ? t('common.saveChanges') : t('institutions.submit')}
      onCancel={onDone}
    >
      <TextInput
        label={t('institutions.fields.name')}
        required
        withAsterisk
        autoComplete="off"
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Select
        label={t('institutions.fields.kind')}
        data={kinds}
        required
        withAsterisk
        searchable
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label={t('institutions.fields.street')}
            autoComplete="off"
            {...form.getInputProps('street')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, sm: 3 }}>
          <TextInput
            label={t('institutions.fields.postalCode')}
            placeholder="00-000"
            autoComplete="off"
            {...form.getInputProps('postalCode')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 7, sm: 4 }}>
          <TextInput
            label={t('institutions.fields.city')}
            autoComplete="off"
            {...form.getInputProps('city')}
          />
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('institutions.fields.phone')}
          type="tel"
          autoComplete="off"
          {...form.getInputProps('phone')}
        />
        <EmailInput
          label={t('institutions.fields.email')}
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('institutions.fields.website')}
          type="url"
          autoComplete="off"
          {...form.getInputProps('website')}
        />
      </SimpleGrid>
      <Textarea
        label={t('institutions.fields.hours')}
        description={t('institutions.fields.hoursHint')}
        autosize
        minRows={1}
        maxRows={4}
        {...form.getInputProps('hours')}
      />
      <RepeatedRows
        legend={t('institutions.fields.services')}
        rows={form.values.services}
        addLabel={t('institutions.addService')}
        onAdd={() => form.insertListItem('services', emptyService())}
        removeLabel={(index) => t('institutions.removeService', { number: index + 1 })}
        onRemove={(index) => form.removeListItem('services', index)}
        max={MAX_SERVICES}
        empty={t('institutions.noServices')}
      >
        {(_, index) => (
          <TextInput
            aria-label={t('institutions.fields.service', { number: index + 1 })}
            autoComplete="off"
            {...form.getInputProps(`services.${index}.name`)}
          />
        )}
      </RepeatedRows>
      <RepeatedRows
        legend={t('institutions.fields.contacts')}
        rows={form.values.contacts}
        addLabel={t('institutions.addContact')}
        onAdd={() => form.insertListItem('contacts', emptyContact())}
        removeLabel={(index) => t('institutions.removeContact', { number: index + 1 })}
        onRemove={(index) => form.removeListItem('contacts', index)}
        max={MAX_CONTACTS}
        empty={t('institutions.noContacts')}
      >
        {(_, index) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('institutions.fields.contactName')}
              required
              withAsterisk
              autoComplete="off"
              {...form.getInputProps(`contacts.${index}.name`)}
            />
            <TextInput
              label={t('institutions.fields.contactRole')}
              autoComplete="off"
              {...form.getInputProps(`contacts.${index}.role`)}
            />
            <TextInput
              label={t('institutions.fields.phone')}
              type="tel"
              autoComplete="off"
              {...form.getInputProps(`contacts.${index}.phone`)}
            />
            <EmailInput
              label={t('institutions.fields.email')}
              autoComplete="off"
              {...form.getInputProps(`contacts.${index}.email`)}
            />
          </SimpleGrid>
        )}
      </RepeatedRows>
      {institution && (
        <Switch
          label={t('institutions.fields.active')}
          description={t('institutions.fields.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </DialogForm>
  );
}
