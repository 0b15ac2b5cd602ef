import { Button, Group, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../contract/intake';
import { problemCode } from '../../api/errors';
import { familiesKeys } from '../../api/families';
import { usePlanFirstVisit } from '../../api/intake';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { useFormFailure } from '../../lib/useFormFailure';
import { VisitFields, type VisitValue, visitErrors, visitMoment, visitValue } from './VisitFields';

const fields = ['date', 'time', 'firstVisitAt'] as const;

function FirstVisitForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t } = useTranslation();
  const plan = usePlanFirstVisit(engagement.familyId);
  const queryClient = useQueryClient();
  const [clearing, setClearing] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<VisitValue>({
    mode: 'controlled',
    initialValues: visitValue(engagement.firstVisitAt),
    validate: (values) => ({
      ...visitErrors(values, { date: t('intake.visitDateRequired'), time: t('intake.visitTimeRequired') }),
      ...(values.date || values.time ? {} : { date: t('intake.visitDateRequired') }),
    }),
  });
  const failure = useFormFailure(form, fields);

  const save = (firstVisitAt: string | null) => {
    failure.clear();
    setReloaded(false);
    setClearing(firstVisitAt === null);
    plan.mutate(
      { id: engagement.id, version: engagement.version, firstVisitAt },
      {
        onSuccess: () => {
          notifications.show({
            color: 'asysta',
            message: firstVisitAt ? t('intake.firstVisitSaved') : t('intake.firstVisitCleared'),
          });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          // Someone else changed the engagement: the file reloads and the next attempt uses it.
          if (problemCode(error) === 'conflict') {
            setReloaded(true);
            void queryClient.invalidateQueries({ queryKey: familiesKeys.file(engagement.familyId) });
          }
        },
      },
    );
  };

  const submit = form.onSubmit((values) => save(visitMoment(values)), failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('intake.reloaded') : undefined}
      intro={
        <Text size="sm" c="dimmed">
          {t('intake.firstVisitIntro', { name: engagement.assistant.name })}
        </Text>
      }
    >
      <VisitFields
        value={form.values}
        onChange={(value) => form.setValues(value)}
        dateLabel={t('intake.firstVisitDate')}
        timeLabel={t('intake.firstVisitTime')}
        dateError={form.errors.date}
        timeError={form.errors.time}
        required
      />
      <Group justify="space-between" mt="xs">
        {engagement.firstVisitAt ? (
          <Button
            variant="subtle"
            color="red"
            onClick={() => save(null)}
            loading={plan.isPending && clearing}
            disabled={plan.isPending && !clearing}
          >
            {t('intake.clearFirstVisit')}
          </Button>
        ) : (
          <span />
        )}
        <DialogFormButtons
          onCancel={onDone}
          submitLabel={t('intake.saveFirstVisit')}
          loading={plan.isPending && !clearing}
        />
      </Group>
    </FormWithFailure>
  );
}

/** Planning the first visit, which the assistant makes together with the social worker. */
export function FirstVisitModal({
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
    <AppModal opened={opened && engagement !== null} onClose={onClose} title={t('intake.firstVisitTitle')}>
      {engagement && <FirstVisitForm key={engagement.id} engagement={engagement} onDone={onClose} />}
    </AppModal>
  );
}
