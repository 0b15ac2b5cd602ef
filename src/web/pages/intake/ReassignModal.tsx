import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Engagement, ReassignBody } from '../../../contract/intake';
import { problemCode } from '../../api/errors';
import { familiesKeys } from '../../api/families';
import { caseloadsKey, useCaseloads, useReassign } from '../../api/intake';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import { AssistantPicker } from './caseload';

const fields = ['assistantId', 'reason'] as const;

interface Values {
  assistantId: string;
  reason: string;
}

function ReassignForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reassign = useReassign(engagement.familyId);
  const caseloads = useCaseloads();
  const [reloaded, setReloaded] = useState(false);
  const toBody = (values: Values) => ({
    version: engagement.version,
    assistantId: values.assistantId,
    reason: values.reason.trim(),
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { assistantId: '', reason: '' },
    validate: (values) => {
      const errors = validateWith(ReassignBody, toBody(values));
      if (values.assistantId === '') errors.assistantId = t('requests.assistantRequired');
      return errors;
    },
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    reassign.mutate(
      { id: engagement.id, ...toBody(values) },
      {
        onSuccess: () => {
          const name = caseloads.data?.items.find((c) => c.assistant.id === values.assistantId)?.assistant
            .name;
          notifications.show({ color: 'asysta', message: t('intake.reassigned', { name: name ?? '' }) });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          const code = problemCode(error);
          if (code === 'caseload_limit_reached')
            void queryClient.invalidateQueries({ queryKey: caseloadsKey });
          if (code === 'conflict' || code === 'engagement_closed') {
            setReloaded(true);
            void queryClient.invalidateQueries({ queryKey: familiesKeys.file(engagement.familyId) });
          }
        },
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('intake.reloaded') : undefined}
      intro={
        <Text size="sm" c="dimmed">
          {t('intake.reassignIntro', { name: engagement.assistant.name })}
        </Text>
      }
    >
      <AssistantPicker
        label={t('intake.newAssistant')}
        description={t('requests.assistantHint')}
        excludeId={engagement.assistant.id}
        value={form.values.assistantId}
        onChange={(value) => form.setFieldValue('assistantId', value)}
        error={form.errors.assistantId}
      />
      <Textarea
        label={t('intake.reassignReason')}
        description={t('intake.reassignReasonHint')}
        autosize
        minRows={3}
        maxRows={8}
        required
        withAsterisk={false}
        {...form.getInputProps('reason')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('intake.saveReassign')}
        loading={reassign.isPending}
      />
    </FormWithFailure>
  );
}

/** Giving the family's engagement to another assistant, with the reason; the history stays. */
export function ReassignModal({
  engagement,
  opened,
  onClose,
}: {
  engagement: Engagement | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened && engagement !== null} onClose={onClose} title={t('intake.reassignTitle')}>
      {engagement && <ReassignForm key={engagement.id} engagement={engagement} onDone={onClose} />}
    </AppModal>
  );
}
