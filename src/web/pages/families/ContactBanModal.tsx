import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CreateContactBanBody, type FamilyFile } from '../../../contract/families';
import { fieldMessage } from '../../../contract/messages';
import { useAddContactBan } from '../../api/families';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { currentLocale } from '../../i18n';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

interface Values {
  childId: string | null;
  parentId: string | null;
  court: string;
  rulingDate: string | null;
  note: string;
}

const fields = ['childId', 'parentId', 'court', 'rulingDate', 'note'] as const;

function ContactBanForm({ family, onDone }: { family: FamilyFile; onDone: () => void }) {
  const { t } = useTranslation();
  const addBan = useAddContactBan(family.id);
  const today = dayjs().format('YYYY-MM-DD');
  const children = family.members.filter((member) => member.relation === 'child');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      childId: children.length === 1 ? (children[0]?.personId ?? null) : null,
      parentId: null,
      court: '',
      rulingDate: null,
      note: '',
    },
    validate: (values) => {
      const errors = validateWith(CreateContactBanBody, values);
      if (!errors.parentId && values.childId && values.childId === values.parentId) {
        errors.parentId = fieldMessage('same_person', currentLocale());
      }
      return errors;
    },
  });
  const failure = useFormFailure(form, fields);

  // Children first in the child's list, parents first in the parent's; anyone may be chosen.
  const options = (first: string) =>
    [...family.members]
      .sort((a, b) => Number(b.relation === first) - Number(a.relation === first))
      .map((member) => ({
        value: member.personId,
        label: `${member.firstName} ${member.lastName} (${t(`families.relations.${member.relation}`)})`,
      }));

  const submit = form.onSubmit((values) => {
    failure.clear();
    addBan.mutate(CreateContactBanBody.parse(values), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('families.bans.added') });
        onDone();
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('families.bans.child')}
          required
          withAsterisk
          data={options('child')}
          searchable
          data-autofocus
          {...form.getInputProps('childId')}
        />
        <Select
          label={t('families.bans.parent')}
          required
          withAsterisk
          data={options('parent')}
          searchable
          {...form.getInputProps('parentId')}
        />
      </SimpleGrid>
      <TextInput
        label={t('families.bans.court')}
        description={t('families.bans.courtHint')}
        required
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('court')}
      />
      <DateInput
        label={t('families.bans.rulingDate')}
        placeholder={t('families.member.datePlaceholder')}
        valueFormat="L"
        maxDate={today}
        clearable
        leftSection={<IconCalendar size={16} aria-hidden />}
        {...form.getInputProps('rulingDate')}
      />
      <Textarea
        label={t('families.bans.note')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('note')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('families.bans.submit')}
        loading={addBan.isPending}
        color="red"
      />
    </FormWithFailure>
  );
}

/** Recording a court's ban on contact between a child and a parent of the family. */
export function ContactBanModal({
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
    <AppModal opened={opened} onClose={onClose} title={t('families.bans.addTitle')}>
      <ContactBanForm family={family} onDone={onClose} />
    </AppModal>
  );
}
