import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateProblemTypeBody, type ProblemType } from '../../../contract/office';
import { problemCode } from '../../api/errors';
import { useCreateProblemType, useUpdateProblemType } from '../../api/office';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

/** Adding a problem (no `problem`) or renaming one. */
function ProblemTypeForm({ problem, onDone }: { problem: ProblemType | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProblemType();
  const update = useUpdateProblemType();
  const [reloaded, setReloaded] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: problem?.name ?? '' },
    validate: (values) => validateWith(CreateProblemTypeBody, { name: values.name.trim() }),
  });
  const failure = useFormFailure(form, ['name']);

  const submit = form.onSubmit(({ name }) => {
    failure.clear();
    setReloaded(false);
    const onSuccess = (saved: ProblemType) => {
      notifications.show({
        color: 'asysta',
        message: problem
          ? t('office.problems.renamed', { name: saved.name })
          : t('office.problems.created', { name: saved.name }),
      });
      onDone();
    };
    const onError = (error: unknown) => {
      failure.fail(error);
      // Someone else changed it first: the list reloads and shows the current name.
      if (problemCode(error) === 'conflict') setReloaded(true);
    };
    if (problem) {
      update.mutate({ id: problem.id, version: problem.version, name: name.trim() }, { onSuccess, onError });
    } else {
      create.mutate({ name: name.trim() }, { onSuccess, onError });
    }
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('office.problems.reloaded') : undefined}
    >
      <TextInput
        label={t('office.problems.name')}
        description={t('office.problems.nameHint')}
        required
        autoComplete="off"
        data-autofocus
        {...form.getInputProps('name')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={problem ? t('common.saveChanges') : t('office.problems.create')}
        loading={create.isPending || update.isPending}
      />
    </FormWithFailure>
  );
}

interface Props {
  /** `null` with `adding` to add a problem; a problem to rename it. */
  problem: ProblemType | null;
  adding: boolean;
  opened: boolean;
  onClose: () => void;
}

export function ProblemTypeModal({ problem, adding, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened && (adding || problem !== null)}
      onClose={onClose}
      title={adding ? t('office.problems.addTitle') : t('office.problems.renameTitle')}
    >
      {adding ? (
        <ProblemTypeForm problem={null} onDone={onClose} />
      ) : (
        problem && <ProblemTypeForm key={problem.id} problem={problem} onDone={onClose} />
      )}
    </AppModal>
  );
}
