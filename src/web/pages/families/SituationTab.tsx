import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconGavel, IconMinus, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactBan, FamilyFile } from '../../../contract/families';
import { useCurrentUser } from '../../api/auth';
import { useRemoveContactBan } from '../../api/families';
import { EmptyState } from '../../components/EmptyState';
import { useFormatters } from '../../lib/format';
import { ConfirmModal } from './ConfirmModal';
import { ContactBanModal } from './ContactBanModal';

function SectionTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" gap="sm" mb="sm">
      <Title order={2} fz="h4">
        {children}
      </Title>
      {actions}
    </Group>
  );
}

/** One legal flag: whether it is set and, when it is, who to contact about it. */
function Flag({
  label,
  set,
  detail,
}: {
  label: string;
  set: boolean;
  detail?: { label: string; value: string | null };
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <ThemeIcon size={24} radius="xl" variant="light" color={set ? 'orange' : 'gray'} aria-hidden>
        {set ? <IconCheck size={14} /> : <IconMinus size={14} />}
      </ThemeIcon>
      <Stack gap={0}>
        <Text size="sm" fw={set ? 600 : 400}>
          {label}: {set ? t('families.yes') : t('families.no')}
        </Text>
        {set && detail && (
          <Text size="sm" c={detail.value ? undefined : 'dimmed'}>
            {detail.label}: {detail.value ?? t('families.notGiven')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/** "Sądowy zakaz kontaktu: Ola Nowak z Janem Nowakiem — Sąd Rejonowy…, 12.03.2025". */
export function useBanText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (ban: ContactBan) =>
    t('families.bans.line', {
      child: ban.child.name,
      parent: ban.parent.name,
      court: ban.rulingDate ? `${ban.court}, ${format.date(ban.rulingDate)}` : ban.court,
    });
}

/** The family's problems, legal situation and the court's contact bans. */
export function SituationTab({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormatters();
  const canEdit = me.permissions.includes('families:edit');
  const removeBan = useRemoveContactBan(family.id);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ContactBan | null>(null);

  const confirmRemove = () => {
    if (!removing) return;
    removeBan.mutate(removing.id, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('families.bans.removed') });
        setRemoving(null);
      },
    });
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card component="section">
          <SectionTitle>{t('families.situation.problemsTitle')}</SectionTitle>
          {family.problems.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('families.situation.noProblems')}
            </Text>
          ) : (
            <Group gap={6}>
              {family.problems.map((problem) => (
                <Badge key={problem.id} variant="light" color="blue" tt="none" radius="sm" size="lg">
                  {problem.name}
                </Badge>
              ))}
            </Group>
          )}
        </Card>

        <Card component="section">
          <SectionTitle>{t('families.situation.legalTitle')}</SectionTitle>
          <Stack gap="sm">
            <Flag
              label={t('families.flags.courtSupervision')}
              set={family.courtSupervision}
              detail={{ label: t('families.situation.probationOfficer'), value: family.probationOfficer }}
            />
            <Flag
              label={t('families.flags.limitedParentalAuthority')}
              set={family.limitedParentalAuthority}
            />
            <Flag
              label={t('families.flags.fosterCare')}
              set={family.fosterCare}
              detail={{
                label: t('families.situation.fosterCareCoordinator'),
                value: family.fosterCareCoordinator,
              }}
            />
            <Flag label={t('families.flags.zaZyciem')} set={family.zaZyciem} />
          </Stack>
        </Card>
      </SimpleGrid>

      <Card component="section">
        <SectionTitle
          actions={
            canEdit && (
              <Button
                variant="light"
                color="red"
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setAdding(true)}
                disabled={family.members.length < 2}
                title={family.members.length < 2 ? t('families.bans.needMembers') : undefined}
              >
                {t('families.bans.add')}
              </Button>
            )
          }
        >
          {t('families.bans.title')}
        </SectionTitle>
        {family.contactBans.length === 0 ? (
          <EmptyState icon={<IconGavel size={24} />} text={t('families.bans.empty')} />
        ) : (
          <Stack gap="sm">
            {family.contactBans.map((ban) => (
              <Paper
                key={ban.id}
                withBorder
                p="sm"
                style={{ borderLeft: '4px solid var(--mantine-color-red-6)' }}
              >
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                    <Text fw={600} size="sm" id={`ban-${ban.id}`}>
                      {t('families.bans.between', { child: ban.child.name, parent: ban.parent.name })}
                    </Text>
                    <Text size="sm">
                      {t('families.bans.courtLine', { court: ban.court })}
                      {ban.rulingDate &&
                        ` · ${t('families.bans.ruledOn', { date: format.date(ban.rulingDate) })}`}
                    </Text>
                    {ban.note && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {ban.note}
                      </Text>
                    )}
                  </Stack>
                  {canEdit && (
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      leftSection={<IconTrash size={14} aria-hidden />}
                      aria-describedby={`ban-${ban.id}`}
                      onClick={() => {
                        removeBan.reset();
                        setRemoving(ban);
                      }}
                    >
                      {t('families.bans.remove')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Card>

      {canEdit && (
        <>
          <ContactBanModal family={family} opened={adding} onClose={() => setAdding(false)} />
          <ConfirmModal
            opened={removing !== null}
            title={t('families.bans.removeTitle')}
            text={
              removing
                ? t('families.bans.removeText', { child: removing.child.name, parent: removing.parent.name })
                : ''
            }
            confirmLabel={t('families.bans.remove')}
            loading={removeBan.isPending}
            error={removeBan.error}
            onConfirm={confirmRemove}
            onClose={() => setRemoving(null)}
          />
        </>
      )}
    </Stack>
  );
}
