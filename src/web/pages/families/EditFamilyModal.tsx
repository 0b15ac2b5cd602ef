import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FamilyFile, UpdateFamilyBody } from '../../../contract/families';
import { problemCode } from '../../api/errors';
import { familiesKeys, fetchFamilyFile, useUpdateFamily } from '../../api/families';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import {
  FamilyDataFields,
  type FamilyDataValues,
  familyDataBody,
  familyDataFields,
  familyDataOf,
} from './familyFields';

type DataBody = ReturnType<typeof familyDataBody>;

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;

/**
 * Only what changed is sent: a social worker who has since left, or a problem retired from the
 * dictionary, stays on the family until someone changes that field.
 */
function changedFields(before: DataBody, after: DataBody): Partial<DataBody> {
  const changed: Partial<Record<keyof DataBody, unknown>> = {};
  for (const key of Object.keys(after) as (keyof DataBody)[]) {
    if (!same(before[key], after[key])) changed[key] = after[key];
  }
  return changed as Partial<DataBody>;
}

function EditFamilyForm({ family, onDone }: { family: FamilyFile; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const updateFamily = useUpdateFamily(family.id);
  const [base, setBase] = useState(family);
  const [reloaded, setReloaded] = useState(false);

  const form = useForm<FamilyDataValues>({
    mode: 'controlled',
    initialValues: familyDataOf(family),
    validate: (values) =>
      validateWith(UpdateFamilyBody, { version: base.version, ...familyDataBody(values) }),
  });
  const failure = useFormFailure(form, familyDataFields);

  /** Someone else saved first: show what is stored now, so the changes can be made on top of it. */
  const reload = async () => {
    try {
      const fresh = await fetchFamilyFile(family.id);
      queryClient.setQueryData(familiesKeys.file(family.id), fresh);
      setBase(fresh);
      form.setValues(familyDataOf(fresh));
      form.resetDirty(familyDataOf(fresh));
      setReloaded(true);
    } catch {
      // The message about the conflict is already shown.
    }
  };

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    const changes = changedFields(familyDataBody(familyDataOf(base)), familyDataBody(values));
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    updateFamily.mutate(UpdateFamilyBody.parse({ version: base.version, ...changes }), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('families.edit.saved') });
        onDone();
      },
      onError: (error) => {
        failure.fail(error);
        if (problemCode(error) === 'conflict') void reload();
      },
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('families.reloaded') : undefined}
    >
      <FamilyDataFields form={form} current={base} autoFocus />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('common.saveChanges')}
        loading={updateFamily.isPending}
      />
    </FormWithFailure>
  );
}

/** Editing the family's data, responsible social worker, problems and legal situation. */
export function EditFamilyModal({
  family,
  opened,
  onClose,
}: {
  family: FamilyFile;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('families.edit.title')} size="xl">
      <EditFamilyForm family={family} onDone={onClose} />
    </AppModal>
  );
}
