import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type QueuedRequest, RejectRequestBody } from '../../../contract/intake';
import { problemCode } from '../../api/errors';
import { useRejectRequest, useReloadQueue } from '../../api/intake';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

function RejectForm({ request, onDone }: { request: QueuedRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectRequest();
  const reloadQueue = useReloadQueue();
  const [reloaded, setReloaded] = useState(false);
  const toBody = (values: { reason: string }) => ({ version: request.version, reason: values.reason.trim() });
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: (values) => validateWith(RejectRequestBody, toBody(values)),
  });
  const failure = useFormFailure(form, ['reason']);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    reject.mutate(
      { id: request.id, ...toBody(values) },
      {
        onSuccess: () => {
          notifications.show({
            color: 'asysta',
            message: t('requests.rejectedDone', { family: request.family.name }),
          });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          const code = problemCode(error);
          if (code === 'conflict' || code === 'request_already_decided') {
            setReloaded(true);
            void reloadQueue();
          }
        },
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('requests.reloaded') : undefined}
      intro={
        <Text size="sm">
          {t('requests.rejectIntro', { name: request.family.name, number: request.family.caseNumber })}
        </Text>
      }
    >
      <Textarea
        label={t('requests.rejectReason')}
        description={t('requests.rejectReasonHint')}
        autosize
        minRows={4}
        maxRows={10}
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('requests.submitReject')}
        loading={reject.isPending}
        color="red"
      />
    </FormWithFailure>
  );
}

interface ModalProps {
  request: QueuedRequest | null;
  opened: boolean;
  onClose: () => void;
}

/** Rejecting a request, with the reason the social worker will read in the family's file. */
export function RejectModal({ request, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened && request !== null} onClose={onClose} title={t('requests.rejectTitle')}>
      {request && <RejectForm key={request.id} request={request} onDone={onClose} />}
    </AppModal>
  );
}
