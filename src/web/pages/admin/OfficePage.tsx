import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconClock, IconScale } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OfficeSettings, UpdateOfficeBody } from '../../../contract/office';
import { CASELOAD_LIMIT } from '../../../domain/caseload';
import { ATTACHMENT_MAX_MB } from '../../../domain/documents';
import { problemCode } from '../../api/errors';
import { useOfficeSettings, useUpdateOffice } from '../../api/office';
import { EmailInput } from '../../components/EmailInput';
import { FormWithFailure } from '../../components/FormWithFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../lib/format';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import { usePageTitle } from '../../lib/usePageTitle';
import { LogoCard } from '../documents/LogoCard';

const fields = [
  'name',
  'street',
  'postalCode',
  'city',
  'phone',
  'email',
  'caseloadWarningAt',
  'monitoringCountsTowardCaseload',
  'planMonths',
  'assessmentMonths',
  'standardMonths',
  'extensionMonths',
  'monitoringMonths',
  'contactTargetPerWeek',
  'workDayStart',
  'workDayEnd',
  'teamLeadSeesBlueCards',
  'attachmentMaxMb',
] as const;

/** The engagement's terms, in months, with the bounds the contract allows. */
const terms = [
  { field: 'planMonths', min: 1, max: 3 },
  { field: 'assessmentMonths', min: 1, max: 6 },
  { field: 'standardMonths', min: 1, max: 60 },
  { field: 'extensionMonths', min: 1, max: 24 },
  { field: 'monitoringMonths', min: 1, max: 24 },
] as const;

interface Values {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  /** Empty: no warning before the statutory limit. */
  caseloadWarningAt: number | string;
  monitoringCountsTowardCaseload: boolean;
  /** Empty while being typed; required to save. */
  planMonths: number | string;
  assessmentMonths: number | string;
  standardMonths: number | string;
  extensionMonths: number | string;
  monitoringMonths: number | string;
  contactTargetPerWeek: number | string;
  /** HH:MM. */
  workDayStart: string;
  workDayEnd: string;
  teamLeadSeesBlueCards: boolean;
  attachmentMaxMb: number | string;
}

const valuesOf = (office: OfficeSettings): Values => ({
  name: office.name,
  street: office.street ?? '',
  postalCode: office.postalCode ?? '',
  city: office.city ?? '',
  phone: office.phone ?? '',
  email: office.email ?? '',
  caseloadWarningAt: office.caseloadWarningAt ?? '',
  monitoringCountsTowardCaseload: office.monitoringCountsTowardCaseload,
  planMonths: office.planMonths,
  assessmentMonths: office.assessmentMonths,
  standardMonths: office.standardMonths,
  extensionMonths: office.extensionMonths,
  monitoringMonths: office.monitoringMonths,
  contactTargetPerWeek: office.contactTargetPerWeek,
  workDayStart: office.workDayStart,
  workDayEnd: office.workDayEnd,
  teamLeadSeesBlueCards: office.teamLeadSeesBlueCards,
  attachmentMaxMb: office.attachmentMaxMb,
});

// An emptied field goes as null, which the schema refuses as a missing value.
const numberOf = (value: number | string) => (typeof value === 'number' ? value : null);

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section">
      <Title order={2} fz="h4" mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Card>
  );
}

function OfficeForm({ office }: { office: OfficeSettings }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const save = useUpdateOffice();
  const current = useOfficeSettings();
  const [version, setVersion] = useState(office.version);
  const [reloaded, setReloaded] = useState(false);

  const toBody = (values: Values) => ({
    version,
    name: values.name.trim(),
    street: values.street,
    postalCode: values.postalCode,
    city: values.city,
    phone: values.phone,
    email: values.email,
    caseloadWarningAt: typeof values.caseloadWarningAt === 'number' ? values.caseloadWarningAt : null,
    monitoringCountsTowardCaseload: values.monitoringCountsTowardCaseload,
    planMonths: numberOf(values.planMonths),
    assessmentMonths: numberOf(values.assessmentMonths),
    standardMonths: numberOf(values.standardMonths),
    extensionMonths: numberOf(values.extensionMonths),
    monitoringMonths: numberOf(values.monitoringMonths),
    contactTargetPerWeek: numberOf(values.contactTargetPerWeek),
    workDayStart: values.workDayStart || null,
    workDayEnd: values.workDayEnd || null,
    teamLeadSeesBlueCards: values.teamLeadSeesBlueCards,
    attachmentMaxMb: numberOf(values.attachmentMaxMb),
  });

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(office),
    validate: (values) => validateWith(UpdateOfficeBody, toBody(values)),
  });
  const failure = useFormFailure(form, fields);

  const showCurrent = (current: OfficeSettings) => {
    setVersion(current.version);
    form.setValues(valuesOf(current));
    form.resetDirty(valuesOf(current));
  };

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    save.mutate(UpdateOfficeBody.parse(toBody(values)), {
      onSuccess: (saved) => {
        showCurrent(saved);
        notifications.show({ color: 'asysta', message: t('office.settings.saved') });
      },
      onError: (error) => {
        failure.fail(error);
        // Someone else saved first: show what is stored now, so the changes can be made on top of it.
        if (problemCode(error) === 'conflict') {
          void current.refetch().then(({ data }) => {
            if (!data) return;
            showCurrent(data);
            setReloaded(true);
          });
        }
      },
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('office.settings.conflictNote') : undefined}
    >
      <Section title={t('office.settings.dataTitle')}>
        <TextInput
          label={t('office.settings.name')}
          required
          autoComplete="organization"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('office.settings.street')}
          description={t('office.settings.optional')}
          autoComplete="street-address"
          {...form.getInputProps('street')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('office.settings.postalCode')}
            description={t('office.settings.optional')}
            autoComplete="postal-code"
            placeholder="00-000"
            {...form.getInputProps('postalCode')}
          />
          <TextInput
            label={t('office.settings.city')}
            description={t('office.settings.optional')}
            autoComplete="address-level2"
            {...form.getInputProps('city')}
          />
          <TextInput
            label={t('office.settings.phone')}
            description={t('office.settings.optional')}
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
          <EmailInput
            label={t('office.settings.email')}
            description={t('office.settings.optional')}
            autoComplete="email"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
      </Section>

      <Section title={t('office.settings.rulesTitle')}>
        <Alert
          color="blue"
          variant="light"
          icon={<IconScale aria-hidden />}
          title={t('office.settings.limitTitle', { limit: CASELOAD_LIMIT })}
        >
          {t('office.settings.limitText', { limit: CASELOAD_LIMIT })}
        </Alert>
        <NumberInput
          label={t('office.settings.warningAt')}
          description={t('office.settings.warningAtHint', { max: CASELOAD_LIMIT - 1 })}
          min={1}
          max={CASELOAD_LIMIT - 1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          styles={{ wrapper: { maxWidth: 200 } }}
          {...form.getInputProps('caseloadWarningAt')}
        />
        <Switch
          label={t('office.settings.monitoringCounts')}
          description={t('office.settings.monitoringCountsHint')}
          {...form.getInputProps('monitoringCountsTowardCaseload', { type: 'checkbox' })}
        />
      </Section>

      <Section title={t('office.settings.termsTitle')}>
        <Text size="sm" c="dimmed">
          {t('office.settings.termsText')}
        </Text>
        {terms.map(({ field, min, max }) => (
          <NumberInput
            key={field}
            label={t(`office.settings.${field}`)}
            description={t(`office.settings.${field}Hint`)}
            suffix={t('office.settings.monthsSuffix')}
            min={min}
            max={max}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            required
            withAsterisk={false}
            styles={{ wrapper: { maxWidth: 200 } }}
            {...form.getInputProps(field)}
          />
        ))}
      </Section>

      <Section title={t('office.settings.workTitle')}>
        <Text size="sm" c="dimmed">
          {t('office.settings.workText')}
        </Text>
        <NumberInput
          label={t('office.settings.contactTarget')}
          description={t('office.settings.contactTargetHint')}
          min={0.5}
          max={14}
          step={0.5}
          decimalScale={1}
          decimalSeparator={format.decimalSeparator}
          allowNegative={false}
          clampBehavior="none"
          required
          withAsterisk={false}
          styles={{ wrapper: { maxWidth: 200 } }}
          {...form.getInputProps('contactTargetPerWeek')}
        />
        <Text size="sm" c="dimmed">
          {t('office.settings.workDayHint')}
        </Text>
        <SimpleGrid cols={2} spacing="md" maw={420}>
          <TimeInput
            label={t('office.settings.workDayStart')}
            required
            withAsterisk={false}
            leftSection={<IconClock size={16} aria-hidden />}
            {...form.getInputProps('workDayStart')}
          />
          <TimeInput
            label={t('office.settings.workDayEnd')}
            required
            withAsterisk={false}
            leftSection={<IconClock size={16} aria-hidden />}
            {...form.getInputProps('workDayEnd')}
          />
        </SimpleGrid>
      </Section>

      <Section title={t('office.settings.blueCardsTitle')}>
        <Text size="sm" c="dimmed">
          {t('office.settings.blueCardsText')}
        </Text>
        <Switch
          label={t('office.settings.teamLeadSeesBlueCards')}
          description={t('office.settings.teamLeadSeesBlueCardsHint')}
          {...form.getInputProps('teamLeadSeesBlueCards', { type: 'checkbox' })}
        />
      </Section>

      <Section title={t('documents.officeSettings.title')}>
        <NumberInput
          label={t('documents.officeSettings.attachmentMaxMb')}
          description={t('documents.officeSettings.attachmentMaxMbHint')}
          suffix={t('documents.officeSettings.mbSuffix')}
          min={ATTACHMENT_MAX_MB.min}
          max={ATTACHMENT_MAX_MB.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          required
          withAsterisk={false}
          styles={{ wrapper: { maxWidth: 200 } }}
          {...form.getInputProps('attachmentMaxMb')}
        />
      </Section>

      <Group justify="flex-end">
        <Button type="submit" loading={save.isPending}>
          {t('common.saveChanges')}
        </Button>
      </Group>
    </FormWithFailure>
  );
}

/** The office's own data and the rules it sets for itself, for administrators. */
export function OfficePage() {
  const { t } = useTranslation();
  usePageTitle(t('office.settings.pageTitle'));
  const office = useOfficeSettings();

  return (
    <Stack gap={0} maw={800}>
      <PageHeader title={t('office.settings.title')} subtitle={t('office.settings.subtitle')} />
      {office.isError && !office.data ? (
        <QueryError error={office.error} onRetry={() => void office.refetch()} />
      ) : office.data ? (
        <Stack gap="lg">
          <OfficeForm office={office.data} />
          <LogoCard />
        </Stack>
      ) : (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      )}
    </Stack>
  );
}
