import { Button, Checkbox, Group, Radio, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ClosureRequestBody,
  type EngagementView,
  ExtensionRequestBody,
  FirstContactBody,
  MonitoringResultBody,
  monitoringResults,
  StartMonitoringBody,
  supportingFamilyOutcomes,
  UpdateEngagementBody,
} from '../../../contract/engagements';
import { warsawDate } from '../../../domain/calendar';
import { closureReasons } from '../../../domain/engagement';
import {
  useRecordFirstContact,
  useRecordMonitoringResult,
  useRequestClosure,
  useRequestExtension,
  useStartMonitoring,
  useUpdateEngagement,
} from '../../api/engagements';
import { FormWithFailure } from '../../components/FormWithFailure';
import { DateField, DialogForm, useEngagementForm } from './engagementForm';

export interface FormProps {
  view: EngagementView;
  onDone: () => void;
}

const textareaProps = { autosize: true, minRows: 3, maxRows: 12 } as const;

/** The first contact, written on the page while the engagement waits for it: it starts the clock. */
export function FirstContactForm({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const { engagement } = view;
  const state = useEngagementForm({
    initialValues: { date: null as string | null, jointWithSocialWorker: false, cooperationRules: '' },
    schema: FirstContactBody,
    toBody: (values) => ({ version: engagement.version, ...values }),
    mutation: useRecordFirstContact(engagement.id),
    fields: ['date', 'jointWithSocialWorker', 'cooperationRules'],
    saved: t('engagement.firstContact.saved'),
    onDone: () => undefined,
  });
  const { form } = state;
  return (
    <FormWithFailure failure={state.failure} onSubmit={state.submit} failureNote={state.failureNote}>
      <DateField
        label={t('engagement.firstContact.date')}
        description={t('engagement.firstContact.dateHint')}
        required
        withAsterisk
        // The server compares days in Poland, wherever the browser is.
        minDate={warsawDate(new Date(engagement.assignedAt))}
        maxDate={view.today}
        maw={{ xs: 280 }}
        {...form.getInputProps('date')}
      />
      <Checkbox
        label={t('engagement.firstContact.joint')}
        {...form.getInputProps('jointWithSocialWorker', { type: 'checkbox' })}
      />
      <Textarea
        label={t('engagement.rules.label')}
        description={t('engagement.rules.hint')}
        {...textareaProps}
        {...form.getInputProps('cooperationRules')}
      />
      <Group justify="flex-end">
        <Button type="submit" loading={state.loading}>
          {t('engagement.firstContact.submit')}
        </Button>
      </Group>
    </FormWithFailure>
  );
}

export function CooperationRulesForm({ view, onDone }: FormProps) {
  const { t } = useTranslation();
  const { engagement } = view;
  const state = useEngagementForm({
    initialValues: { cooperationRules: engagement.cooperationRules ?? '' },
    schema: UpdateEngagementBody,
    toBody: (values) => ({ version: engagement.version, ...values }),
    mutation: useUpdateEngagement(engagement.id),
    fields: ['cooperationRules'],
    saved: t('engagement.rules.saved'),
    onDone,
  });
  return (
    <DialogForm state={state} submitLabel={t('common.saveChanges')} onCancel={onDone}>
      <Textarea
        label={t('engagement.rules.label')}
        description={t('engagement.rules.hint')}
        data-autofocus
        autosize
        minRows={6}
        maxRows={16}
        {...state.form.getInputProps('cooperationRules')}
      />
    </DialogForm>
  );
}

export function SupportingFamilyForm({ view, onDone }: FormProps) {
  const { t } = useTranslation();
  const { engagement } = view;
  const current = engagement.supportingFamily;
  const state = useEngagementForm({
    initialValues: {
      supportingFamily: {
        analysedOn: current?.analysedOn ?? (null as string | null),
        outcome: current?.outcome ?? (null as string | null),
        note: current?.note ?? '',
      },
    },
    schema: UpdateEngagementBody,
    toBody: (values) => ({ version: engagement.version, ...values }),
    mutation: useUpdateEngagement(engagement.id),
    fields: ['supportingFamily.analysedOn', 'supportingFamily.outcome', 'supportingFamily.note'],
    saved: t('engagement.supportingFamily.saved'),
    onDone,
  });
  const { form } = state;
  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.supportingFamily.submit')}
      onCancel={onDone}
      intro={t('engagement.supportingFamily.intro')}
    >
      <DateField
        label={t('engagement.supportingFamily.analysedOn')}
        required
        withAsterisk
        maxDate={view.today}
        maw={{ xs: 280 }}
        data-autofocus
        {...form.getInputProps('supportingFamily.analysedOn')}
      />
      <Select
        label={t('engagement.supportingFamily.outcome')}
        required
        withAsterisk
        allowDeselect={false}
        data={supportingFamilyOutcomes.map((value) => ({
          value,
          label: t(`engagement.supportingFamily.outcomes.${value}`),
        }))}
        {...form.getInputProps('supportingFamily.outcome')}
      />
      <Textarea
        label={t('engagement.supportingFamily.note')}
        {...textareaProps}
        {...form.getInputProps('supportingFamily.note')}
      />
    </DialogForm>
  );
}

export function StartMonitoringForm({ view, onDone }: FormProps) {
  const { t } = useTranslation();
  const { engagement } = view;
  const state = useEngagementForm({
    initialValues: { startedOn: view.today as string | null },
    schema: StartMonitoringBody,
    toBody: (values) => ({ version: engagement.version, ...values }),
    mutation: useStartMonitoring(engagement.id),
    fields: ['startedOn'],
    saved: t('engagement.monitoring.started'),
    onDone,
  });
  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.monitoring.start')}
      onCancel={onDone}
      intro={t('engagement.monitoring.startIntro')}
    >
      <DateField
        label={t('engagement.monitoring.startedOn')}
        required
        withAsterisk
        minDate={engagement.firstContactDate ?? undefined}
        maxDate={view.today}
        maw={{ xs: 280 }}
        data-autofocus
        {...state.form.getInputProps('startedOn')}
      />
    </DialogForm>
  );
}

export function MonitoringResultForm({ view, onDone }: FormProps) {
  const { t } = useTranslation();
  const { engagement } = view;
  const state = useEngagementForm({
    initialValues: {
      result: engagement.monitoringResult as string | null,
      note: engagement.monitoringNote ?? '',
    },
    schema: MonitoringResultBody,
    toBody: (values) => ({ version: engagement.version, ...values }),
    mutation: useRecordMonitoringResult(engagement.id),
    fields: ['result', 'note'],
    saved: t('engagement.monitoring.resultSaved'),
    onDone,
  });
  return (
    <DialogForm state={state} submitLabel={t('engagement.monitoring.saveResult')} onCancel={onDone}>
      <Radio.Group
        label={t('engagement.monitoring.result')}
        required
        withAsterisk
        {...state.form.getInputProps('result')}
      >
        <Stack mt="xs" gap="xs">
          {monitoringResults.map((value) => (
            <Radio key={value} value={value} label={t(`engagement.monitoring.results.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('engagement.monitoring.note')}
        {...textareaProps}
        {...state.form.getInputProps('note')}
      />
    </DialogForm>
  );
}

export function ExtensionRequestForm({ view, onDone }: FormProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: { justification: '' },
    schema: ExtensionRequestBody,
    toBody: (values) => values,
    mutation: useRequestExtension(view.engagement.id),
    fields: ['justification'],
    saved: t('engagement.requests.filed'),
    onDone,
  });
  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.requests.submit')}
      onCancel={onDone}
      intro={t('engagement.requests.extensionIntro')}
    >
      <Textarea
        label={t('engagement.requests.justification')}
        description={t('engagement.requests.extensionHint')}
        required
        withAsterisk
        data-autofocus
        autosize
        minRows={5}
        maxRows={14}
        {...state.form.getInputProps('justification')}
      />
    </DialogForm>
  );
}

export function ClosureRequestForm({ view, onDone }: FormProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: { reason: null as string | null, justification: '' },
    schema: ClosureRequestBody,
    toBody: (values) => values,
    mutation: useRequestClosure(view.engagement.id),
    fields: ['reason', 'justification'],
    saved: t('engagement.requests.filed'),
    onDone,
  });
  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.requests.submit')}
      onCancel={onDone}
      intro={t('engagement.requests.closureIntro')}
    >
      <Select
        label={t('engagement.requests.reason')}
        required
        withAsterisk
        allowDeselect={false}
        data-autofocus
        data={closureReasons.map((value) => ({ value, label: t(`decisions.closureReasons.${value}`) }))}
        {...state.form.getInputProps('reason')}
      />
      <Textarea
        label={t('engagement.requests.justification')}
        description={t('engagement.requests.closureHint')}
        required
        withAsterisk
        autosize
        minRows={5}
        maxRows={14}
        {...state.form.getInputProps('justification')}
      />
    </DialogForm>
  );
}
