import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Attachment, DeleteAttachmentBody } from '../../../contract/documents';
import { useDeleteAttachment } from '../../api/documents';
import { problemCode } from '../../api/errors';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

function DeleteForm({ attachment, onDone }: { attachment: Attachment; onDone: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteAttachment();
  const [reloaded, setReloaded] = useState(false);
  const toBody = (values: { reason: string }) => ({
    version: attachment.version,
    reason: values.reason.trim(),
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: (values) => validateWith(DeleteAttachmentBody, toBody(values)),
  });
  const failure = useFormFailure(form, ['reason']);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    remove.mutate(
      { attachment, reason: toBody(values).reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'asysta',
            message: t('documents.attachments.removed', { fileName: attachment.fileName }),
          });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          // Changed or deleted by someone else meanwhile: the list reloads (see useDeleteAttachment).
          const code = problemCode(error);
          if (code === 'conflict' || code === 'not_found') setReloaded(true);
        },
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('documents.attachments.reloaded') : undefined}
      intro={
        <Text size="sm">{t('documents.attachments.removeIntro', { fileName: attachment.fileName })}</Text>
      }
    >
      <Textarea
        label={t('documents.attachments.removeReason')}
        description={t('documents.attachments.removeReasonHint')}
        autosize
        minRows={3}
        maxRows={8}
        maxLength={1000}
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('documents.attachments.removeSubmit')}
        loading={remove.isPending}
        color="red"
      />
    </FormWithFailure>
  );
}

/** Deleting an attachment asks why: the reason stays with the deleted file for the data-protection officer. */
export function DeleteAttachmentModal({
  attachment,
  opened,
  onClose,
}: {
  attachment: Attachment | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened && attachment !== null}
      onClose={onClose}
      title={t('documents.attachments.removeTitle')}
      size="md"
    >
      {attachment && <DeleteForm key={attachment.id} attachment={attachment} onDone={onClose} />}
    </AppModal>
  );
}
