import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import { type Member, MemberInput, UpdateMemberBody } from '../../../contract/people';
import { problemCode } from '../../api/errors';
import { familiesKeys, fetchFamilyFile, useAddMember, useUpdateMember } from '../../api/families';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import {
  emptyMember,
  MemberEditor,
  type MemberValues,
  memberBody,
  memberFieldPaths,
  PersonFields,
  type PersonValues,
  personBody,
  personOf,
  validateMember,
} from './memberFields';

function AddMemberForm({ family, onDone }: { family: FamilyFile; onDone: () => void }) {
  const { t } = useTranslation();
  const addMember = useAddMember(family.id);
  const form = useForm<MemberValues>({
    mode: 'controlled',
    initialValues: emptyMember(),
    validate: (values) => validateMember(values, ''),
  });
  const failure = useFormFailure(form, memberFieldPaths(''));

  const submit = form.onSubmit((values) => {
    failure.clear();
    addMember.mutate(MemberInput.parse(memberBody(values)), {
      onSuccess: () => {
        const name = values.existing
          ? `${values.existing.firstName} ${values.existing.lastName}`
          : `${values.person.firstName.trim()} ${values.person.lastName.trim()}`;
        notifications.show({ color: 'asysta', message: t('families.members.added', { name }) });
        onDone();
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
      <MemberEditor form={form} member={form.values} prefix="" autoFocus />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('families.members.addSubmit')}
        loading={addMember.isPending}
      />
    </FormWithFailure>
  );
}

/** Adding a member to a registered family: a new person, or one already in the registry. */
export function AddMemberModal({
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
    <AppModal opened={opened} onClose={onClose} title={t('families.members.addTitle')} size="xl">
      <AddMemberForm family={family} onDone={onClose} />
    </AppModal>
  );
}

interface EditValues extends PersonValues {
  relation: string | null;
  inHousehold: boolean;
}

const editFields = [
  'firstName',
  'lastName',
  'pesel',
  'birthDate',
  'sex',
  'phone',
  'schoolOrWork',
  'relation',
  'inHousehold',
] as const;

const valuesOf = (member: Member): EditValues => ({
  ...personOf(member),
  relation: member.relation,
  inHousehold: member.inHousehold,
});

function EditMemberForm({
  family,
  member,
  onDone,
}: {
  family: FamilyFile;
  member: Member;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const updateMember = useUpdateMember(family.id);
  const [version, setVersion] = useState(member.version);
  const [reloaded, setReloaded] = useState(false);

  const toBody = (values: EditValues) => ({
    version,
    ...personBody(values),
    relation: values.relation,
    inHousehold: values.inHousehold,
  });
  const form = useForm<EditValues>({
    mode: 'controlled',
    initialValues: valuesOf(member),
    validate: (values) => validateWith(UpdateMemberBody, toBody(values)),
  });
  const failure = useFormFailure(form, editFields);

  /** Someone else saved first: show what is stored now, so the changes can be made on top of it. */
  const reload = async () => {
    try {
      const fresh = await fetchFamilyFile(family.id);
      queryClient.setQueryData(familiesKeys.file(family.id), fresh);
      const current = fresh.members.find((m) => m.personId === member.personId);
      if (!current) return;
      setVersion(current.version);
      form.setValues(valuesOf(current));
      form.resetDirty(valuesOf(current));
      setReloaded(true);
    } catch {
      // The message about the conflict is already shown.
    }
  };

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    updateMember.mutate(
      { personId: member.personId, ...UpdateMemberBody.parse(toBody(values)) },
      {
        onSuccess: () => {
          notifications.show({
            color: 'asysta',
            message: t('families.members.saved', {
              name: `${values.firstName.trim()} ${values.lastName.trim()}`,
            }),
          });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          if (problemCode(error) === 'conflict') void reload();
        },
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('families.reloaded') : undefined}
    >
      <PersonFields form={form} person={form.values} personPrefix="" memberPrefix="" autoFocus />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('common.saveChanges')}
        loading={updateMember.isPending}
      />
    </FormWithFailure>
  );
}

/** Correcting a member's data and place in the family. */
export function EditMemberModal({
  family,
  member,
  opened,
  onClose,
}: {
  family: FamilyFile;
  member: Member | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened && member !== null}
      onClose={onClose}
      title={t('families.members.editTitle')}
      size="xl"
    >
      {member && <EditMemberForm key={member.personId} family={family} member={member} onDone={onClose} />}
    </AppModal>
  );
}
