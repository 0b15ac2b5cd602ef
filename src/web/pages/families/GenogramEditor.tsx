import { Fieldset, List, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GenogramBody, type GenogramView } from '../../../contract/genogram';
import { problemCode } from '../../api/errors';
import { fetchGenogram, genogramKey, useSaveGenogram } from '../../api/genogram';
import { RepeatedRows } from '../../components/RepeatedRows';
import { useFormFailure } from '../../lib/useFormFailure';
import { DialogForm } from '../engagements/engagementForm';
import {
  bodyOf,
  type GenogramPerson,
  type GenogramValues,
  genogramFieldPaths,
  MAX_PEOPLE,
  MAX_RELATIONS,
  newPerson,
  newRelation,
  type PersonRow,
  validateGenogram,
  valuesOf,
  withoutPerson,
} from './genogramForm';
import { PersonFields, type PersonOptions, RelationFields } from './genogramRowFields';

const legendStyles = { legend: { fontWeight: 600, marginBottom: 4 } };

/** "Jan Nowak (1950)": the year of birth tells two people of one name apart. */
function usePersonName() {
  const { t } = useTranslation();
  return (person: Pick<GenogramPerson, 'firstName' | 'lastName'> & { birthYear: unknown }) => {
    const name = `${person.firstName} ${person.lastName}`.trim();
    return typeof person.birthYear === 'number' && name !== ''
      ? t('genogram.editor.personBorn', { name, year: person.birthYear })
      : name;
  };
}

/** Everyone the relations and the index person can name: the members, then the people added. */
function usePersonOptions(members: GenogramPerson[], rows: PersonRow[]): PersonOptions {
  const { t } = useTranslation();
  const nameOf = usePersonName();
  return [
    {
      group: t('genogram.editor.members'),
      items: members.map((member) => ({ value: member.id, label: nameOf(member) })),
    },
    {
      group: t('genogram.editor.people'),
      items: rows.map((row, index) => ({
        value: row.key,
        label: nameOf(row) || t('genogram.editor.unnamed', { number: index + 1 }),
      })),
    },
  ].filter((group) => group.items.length > 0);
}

/** The members as the family's file has them: named here for reference, changed on their own tab. */
function MemberList({ members }: { members: GenogramPerson[] }) {
  const { t } = useTranslation();
  const nameOf = usePersonName();
  return (
    <Fieldset legend={t('genogram.editor.members')} variant="unstyled" styles={legendStyles}>
      <Text size="sm" c="dimmed" mb={4}>
        {t('genogram.editor.membersHint')}
      </Text>
      <List size="sm" spacing={2}>
        {members.map((member) => (
          <List.Item key={member.id}>{nameOf(member)}</List.Item>
        ))}
      </List>
    </Fieldset>
  );
}

/**
 * The genogram's editor: the index person, the people beyond the family and every relation,
 * saved as one document. When someone else saved first, the stored genogram replaces the form.
 */
export function GenogramEditor({
  familyId,
  view,
  onDone,
}: {
  familyId: string;
  view: GenogramView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveGenogram(familyId);
  const [base, setBase] = useState(view);
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<GenogramValues>({
    mode: 'controlled',
    initialValues: valuesOf(view),
    validate: (values) => validateGenogram(values, t('genogram.editor.samePerson')),
  });
  const failure = useFormFailure(form, genogramFieldPaths(form.values));
  const members = base.people.filter((person) => person.member);
  const people = usePersonOptions(members, form.values.people);

  const reload = async () => {
    try {
      const fresh = await fetchGenogram(familyId);
      queryClient.setQueryData(genogramKey(familyId), fresh);
      setBase(fresh);
      form.setValues(valuesOf(fresh));
      setReloaded(true);
      // The form starts over: from its top, where the message is.
      failure.formRef.current?.scrollIntoView({ block: 'start' });
    } catch {
      // The message about the conflict is already shown.
    }
  };

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    save.mutate(GenogramBody.parse(bodyOf(values, base.version)), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('genogram.editor.saved') });
        onDone();
      },
      onError: (error) => {
        failure.fail(error);
        if (problemCode(error) === 'conflict') void reload();
      },
    });
  }, failure.focusInvalid);

  const failureNote = reloaded ? t('genogram.editor.reloaded') : undefined;

  const removePerson = (index: number) => {
    form.setValues(withoutPerson(form.values, index));
    form.clearErrors();
  };

  return (
    <DialogForm
      state={{ failure, submit, failureNote, loading: save.isPending }}
      submitLabel={t('genogram.editor.submit')}
      onCancel={onDone}
      intro={t('genogram.editor.intro')}
    >
      <Select
        label={t('genogram.editor.indexPerson')}
        description={t('genogram.editor.indexPersonHint')}
        placeholder={t('genogram.editor.indexPersonNone')}
        data={people}
        clearable
        maw={{ sm: 420 }}
        {...form.getInputProps('indexPersonId')}
      />
      <MemberList members={members} />
      <RepeatedRows
        legend={t('genogram.editor.people')}
        rows={form.values.people}
        addLabel={t('genogram.editor.addPerson')}
        onAdd={() => form.insertListItem('people', newPerson())}
        removeLabel={(index) => t('genogram.editor.removePerson', { number: index + 1 })}
        onRemove={removePerson}
        max={MAX_PEOPLE}
        empty={t('genogram.editor.noPeople')}
        error={form.errors.people}
      >
        {(row, index) => <PersonFields form={form} row={row} index={index} />}
      </RepeatedRows>
      <RepeatedRows
        legend={t('genogram.editor.relations')}
        rows={form.values.relations}
        addLabel={t('genogram.editor.addRelation')}
        onAdd={() => form.insertListItem('relations', newRelation())}
        removeLabel={(index) => t('genogram.editor.removeRelation', { number: index + 1 })}
        onRemove={(index) => form.removeListItem('relations', index)}
        max={MAX_RELATIONS}
        empty={t('genogram.editor.noRelations')}
        error={form.errors.relations}
      >
        {(row, index) => <RelationFields form={form} row={row} index={index} people={people} />}
      </RepeatedRows>
    </DialogForm>
  );
}
