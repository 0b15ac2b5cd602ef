import { Anchor, Button, Card, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateFamilyBody } from '../../../contract/families';
import { useCurrentUser } from '../../api/auth';
import { useCreateFamily } from '../../api/families';
import { FormWithFailure } from '../../components/FormWithFailure';
import { PageHeader } from '../../components/PageHeader';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import { usePageTitle } from '../../lib/usePageTitle';
import {
  emptyFamilyData,
  FamilyDataFields,
  type FamilyDataValues,
  familyDataBody,
  familyDataFields,
} from './familyFields';
import {
  emptyMember,
  MemberEditor,
  type MemberValues,
  memberBody,
  memberFieldPaths,
  validateMember,
} from './memberFields';

interface Values extends FamilyDataValues {
  members: MemberValues[];
}

const FamilyData = CreateFamilyBody.omit({ members: true });
const MAX_MEMBERS = 30;

const toBody = (values: Values) => ({ ...familyDataBody(values), members: values.members.map(memberBody) });

/** Registering a family: its data, problems, legal situation and members, sent at once. */
export function RegisterFamilyPage() {
  const { t } = useTranslation();
  usePageTitle(t('families.register.pageTitle'));
  const me = useCurrentUser();
  const navigate = useNavigate();
  const createFamily = useCreateFamily();

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      // The server, too, makes a social worker who registers a family responsible for it.
      ...emptyFamilyData(me.roles.includes('social_worker') ? me.id : null),
      members: [emptyMember()],
    },
    validate: (values) => {
      const errors = validateWith(FamilyData, familyDataBody(values));
      values.members.forEach((member, index) => {
        Object.assign(errors, validateMember(member, `members.${index}.`));
      });
      return errors;
    },
  });
  const fields = [
    ...familyDataFields,
    ...form.values.members.flatMap((_, index) => memberFieldPaths(`members.${index}.`)),
  ];
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    createFamily.mutate(CreateFamilyBody.parse(toBody(values)), {
      onSuccess: (file) => {
        notifications.show({
          color: 'asysta',
          message: t('families.register.created', { caseNumber: file.caseNumber }),
        });
        void navigate(`/families/${file.id}`);
      },
      onError: failure.fail,
    });
  }, failure.focusInvalid);

  return (
    <Stack gap={0} maw={1080}>
      <Anchor component={Link} to="/families" size="sm" mb="xs">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('families.backToList')}
        </Group>
      </Anchor>
      <PageHeader title={t('families.register.title')} subtitle={t('families.register.subtitle')} />

      <FormWithFailure failure={failure} onSubmit={submit}>
        <Card p={{ base: 'md', sm: 'lg' }}>
          <FamilyDataFields form={form} autoFocus />
        </Card>

        <Card p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="register-members-title">
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} fz="h4" id="register-members-title">
                {t('families.register.membersTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('families.register.membersHint')}
              </Text>
            </Stack>
            {form.values.members.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('families.register.membersEmpty')}
              </Text>
            )}
            {form.values.members.map((member, index) => (
              <Fieldset
                key={member.key}
                legend={
                  <Text fw={600} size="sm">
                    {t('families.register.memberLegend', { number: index + 1 })}
                  </Text>
                }
              >
                <MemberEditor form={form} member={member} prefix={`members.${index}.`} />
                <Group justify="flex-end" mt="xs">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => form.removeListItem('members', index)}
                  >
                    {t('families.register.removeMember')}
                  </Button>
                </Group>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconUserPlus size={18} aria-hidden />}
                onClick={() => form.insertListItem('members', emptyMember())}
                disabled={form.values.members.length >= MAX_MEMBERS}
              >
                {t('families.register.addMember')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to="/families">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createFamily.isPending}>
            {t('families.register.submit')}
          </Button>
        </Group>
      </FormWithFailure>
    </Stack>
  );
}
