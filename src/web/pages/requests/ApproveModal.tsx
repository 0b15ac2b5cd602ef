import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueuedRequest } from '../../../contract/intake';
import { problemCode } from '../../api/errors';
import { caseloadsKey, useApproveRequest, useCaseloads, useReloadQueue } from '../../api/intake';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { useFormFailure } from '../../lib/useFormFailure';
import { AssistantPicker } from '../intake/caseload';
import { VisitFields, visitErrors, visitMoment } from '../intake/VisitFields';

const fields = ['assistantId', 'date', 'time'] as const;

interface Values {
  assistantId: string;
  date: string | null;
  time: string;
}

/** The codes after which the queue is reloaded: the request changed or was decided by someone else. */
const staleCodes = ['conflict', 'request_already_decided', 'family_has_open_engagement'];

function ApproveForm({ request, onDone }: { request: QueuedRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const approve = useApproveRequest();
  const reloadQueue = useReloadQueue();
  const caseloads = useCaseloads();
  const [failureTitle, setFailureTitle] = useState<string | undefined>();
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { assistantId: '', date: null, time: '' },
    validate: (values) => ({
      ...(values.assistantId ? {} : { assistantId: t('requests.assistantRequired') }),
      ...visitErrors(values, { date: t('intake.visitDateRequired'), time: t('intake.visitTimeRequired') }),
    }),
  });
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setFailureTitle(undefined);
    setReloaded(false);
    approve.mutate(
      {
        id: request.id,
        version: request.version,
        assistantId: values.assistantId,
        firstVisitAt: visitMoment(values),
      },
      {
        onSuccess: () => {
          const name = caseloads.data?.items.find((c) => c.assistant.id === values.assistantId)?.assistant
            .name;
          notifications.show({
            color: 'asysta',
            message: t('requests.approvedDone', { family: request.family.name, name: name ?? '' }),
          });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          const code = problemCode(error);
          if (code === 'caseload_limit_reached') {
            setFailureTitle(t('requests.limitTitle'));
            // The list now shows the assistant as full: they can no longer be chosen.
            form.setFieldValue('assistantId', '');
            void queryClient.invalidateQueries({ queryKey: caseloadsKey });
          } else if (code && staleCodes.includes(code)) {
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
      failureTitle={failureTitle}
      failureNote={reloaded ? t('requests.reloaded') : undefined}
      intro={
        <Text size="sm">
          {t('requests.approveIntro', { name: request.family.name, number: request.family.caseNumber })}
        </Text>
      }
    >
      <AssistantPicker
        label={t('requests.assistant')}
        description={t('requests.assistantHint')}
        value={form.values.assistantId}
        onChange={(value) => form.setFieldValue('assistantId', value)}
        error={form.errors.assistantId}
      />
      <VisitFields
        value={form.values}
        onChange={(visit) => form.setValues(visit)}
        dateLabel={t('requests.firstVisitDate')}
        timeLabel={t('requests.firstVisitTime')}
        description={t('requests.firstVisitHint')}
        dateError={form.errors.date}
        timeError={form.errors.time}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('requests.submitApprove')}
        loading={approve.isPending}
      />
    </FormWithFailure>
  );
}

interface ModalProps {
  request: QueuedRequest | null;
  opened: boolean;
  onClose: () => void;
}

/** Approving a request: choosing the assistant (never one with a full list) and, if agreed, the first visit. */
export function ApproveModal({ request, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened && request !== null} onClose={onClose} title={t('requests.approveTitle')}>
      {request && <ApproveForm key={request.id} request={request} onDone={onClose} />}
    </AppModal>
  );
}
