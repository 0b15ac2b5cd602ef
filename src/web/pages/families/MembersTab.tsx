import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import type { Member } from '../../../contract/people';
import { useCurrentUser } from '../../api/auth';
import { useRemoveMember } from '../../api/families';
import { EditRemoveMenu } from '../../components/EditRemoveMenu';
import { EmptyState } from '../../components/EmptyState';
import { useFormatters } from '../../lib/format';
import { useIsPhone } from '../../lib/useIsPhone';
import { ConfirmModal } from './ConfirmModal';
import { AddMemberModal, EditMemberModal } from './memberModals';

/** "12 lat", "2 lata", "1 rok": the age in the interface language's plural form. */
export function useAgeText() {
  const { t, i18n } = useTranslation();
  return (age: number) => {
    const form = new Intl.PluralRules(i18n.language).select(age);
    const key = form === 'one' || form === 'few' || form === 'many' ? form : 'other';
    return t(`families.age.${key}`, { years: age });
  };
}

const fullName = (member: Member) => `${member.firstName} ${member.lastName}`;
const nameId = (member: Member) => `member-name-${member.personId}`;

/** Text, or a dimmed dash when there is none. */
function Value({ children, mono }: { children: string | null; mono?: boolean }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c={children ? undefined : 'dimmed'} ff={mono && children ? 'monospace' : undefined}>
      {children ?? t('families.none')}
    </Text>
  );
}

/** The member's name, marked when a contact ban concerns them. */
function MemberName({ member, banned }: { member: Member; banned: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm" fw={600} id={nameId(member)}>
        {fullName(member)}
      </Text>
      {banned && (
        <Badge color="red" variant="light" tt="none" radius="sm" size="sm">
          {t('families.contactBanBadge')}
        </Badge>
      )}
    </Stack>
  );
}

/** "11 lat" over "ur. 15.05.2015". */
function Age({ member }: { member: Member }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ageText = useAgeText();
  if (!member.birthDate) return <Value>{null}</Value>;
  return (
    <Stack gap={0}>
      {member.age !== null && <Text size="sm">{ageText(member.age)}</Text>}
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('families.members.born', { date: format.date(member.birthDate) })}
      </Text>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** The family's members: who they are, and (with the right to edit) adding, correcting and removing them. */
export function MembersTab({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const phone = useIsPhone();
  const canEdit = me.permissions.includes('families:edit');
  const removeMember = useRemoveMember(family.id);

  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);

  const banned = new Set(family.contactBans.flatMap((ban) => [ban.child.id, ban.parent.id]));
  const actions = (member: Member) =>
    canEdit && (
      <EditRemoveMenu
        describedBy={nameId(member)}
        editLabel={t('families.members.edit')}
        removeLabel={t('families.members.remove')}
        onEdit={() => {
          setEditing(member);
          setEditOpen(true);
        }}
        onRemove={() => {
          removeMember.reset();
          setRemoving(member);
        }}
      />
    );

  const confirmRemove = () => {
    if (!removing) return;
    removeMember.mutate(removing.personId, {
      onSuccess: () => {
        notifications.show({
          color: 'asysta',
          message: t('families.members.removed', { name: fullName(removing) }),
        });
        setRemoving(null);
      },
    });
  };

  const relation = (member: Member) => t(`families.relations.${member.relation}`);
  const household = (member: Member) => (member.inHousehold ? t('families.yes') : t('families.no'));

  return (
    <Card p={0}>
      <Group justify="space-between" p="md" gap="sm">
        <Stack gap={0}>
          <Title order={2} fz="h4">
            {t('families.members.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('families.members.count', { number: family.members.length })}
          </Text>
        </Stack>
        {canEdit && (
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('families.members.add')}
          </Button>
        )}
      </Group>

      {family.members.length === 0 ? (
        <EmptyState icon={<IconUsers size={24} />} text={t('families.members.empty')} />
      ) : phone ? (
        // On a phone each member is a card: a table this wide would only scroll sideways.
        <Stack gap="sm" px="sm" pb="sm">
          {family.members.map((member) => (
            <Paper key={member.personId} withBorder p="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={2}>
                  <MemberName member={member} banned={banned.has(member.personId)} />
                  <Text size="sm" c="dimmed">
                    {relation(member)}
                  </Text>
                </Stack>
                {actions(member)}
              </Group>
              <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs" mt="xs">
                <Fact label={t('families.members.colAge')}>
                  <Age member={member} />
                </Fact>
                <Fact label={t('families.members.colPesel')}>
                  <Value mono>{member.pesel}</Value>
                </Fact>
                <Fact label={t('families.members.colHousehold')}>
                  <Value>{household(member)}</Value>
                </Fact>
                <Fact label={t('families.members.colPhone')}>
                  <Value>{member.phone}</Value>
                </Fact>
                <Fact label={t('families.members.colSchoolOrWork')}>
                  <Value>{member.schoolOrWork}</Value>
                </Fact>
              </SimpleGrid>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={canEdit ? 980 : 880}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('families.members.colName')}</Table.Th>
                <Table.Th>{t('families.members.colRelation')}</Table.Th>
                <Table.Th>{t('families.members.colAge')}</Table.Th>
                <Table.Th>{t('families.members.colPesel')}</Table.Th>
                <Table.Th>{t('families.members.colHousehold')}</Table.Th>
                <Table.Th>{t('families.members.colSchoolOrWork')}</Table.Th>
                <Table.Th>{t('families.members.colPhone')}</Table.Th>
                {canEdit && <Table.Th ta="right">{t('families.members.colActions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {family.members.map((member) => (
                <Table.Tr key={member.personId}>
                  <Table.Td>
                    <MemberName member={member} banned={banned.has(member.personId)} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{relation(member)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Age member={member} />
                  </Table.Td>
                  <Table.Td>
                    <Value mono>{member.pesel}</Value>
                  </Table.Td>
                  <Table.Td>
                    <Value>{household(member)}</Value>
                  </Table.Td>
                  <Table.Td maw={220}>
                    <Value>{member.schoolOrWork}</Value>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Value>{member.phone}</Value>
                  </Table.Td>
                  {canEdit && <Table.Td ta="right">{actions(member)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {canEdit && (
        <>
          <AddMemberModal family={family} opened={adding} onClose={() => setAdding(false)} />
          <EditMemberModal
            family={family}
            member={editing}
            opened={editOpen}
            onClose={() => setEditOpen(false)}
          />
          <ConfirmModal
            opened={removing !== null}
            title={t('families.members.removeTitle')}
            text={removing ? t('families.members.removeText', { name: fullName(removing) }) : ''}
            confirmLabel={t('families.members.remove')}
            loading={removeMember.isPending}
            error={removeMember.error}
            onConfirm={confirmRemove}
            onClose={() => setRemoving(null)}
          />
        </>
      )}
    </Card>
  );
}
