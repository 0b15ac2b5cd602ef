import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCalendarEvent, IconHeartHandshake, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FamilyFile } from '../../../contract/families';
import type { Engagement } from '../../../contract/intake';
import { useCurrentUser } from '../../api/auth';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { useFormatters } from '../../lib/format';
import { FirstVisitModal } from '../intake/FirstVisitModal';
import { EngagementStatusBadge } from '../intake/labels';
import { ReassignModal } from '../intake/ReassignModal';

function AssignmentHistory({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `assignments-${engagement.id}`;
  return (
    <Stack gap={6}>
      <Title order={3} fz="h6" id={headingId}>
        {t('intake.history')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} horizontalSpacing="sm" withTableBorder aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('intake.colAssistant')}</Table.Th>
              <Table.Th>{t('intake.colFrom')}</Table.Th>
              <Table.Th>{t('intake.colTo')}</Table.Th>
              <Table.Th>{t('intake.colReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {engagement.assignments.map((period) => (
              <Table.Tr key={`${period.assistant.id}-${period.from}`}>
                <Table.Td>
                  <Text size="sm">{period.assistant.name}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{format.date(period.from)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={period.to ? undefined : 'dimmed'}>
                    {period.to ? format.date(period.to) : t('intake.historyNow')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={period.reason ? undefined : 'dimmed'}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {period.reason ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

interface ItemProps {
  engagement: Engagement;
  onPlanVisit?: () => void;
  onReassign?: () => void;
}

function EngagementItem({ engagement, onPlanVisit, onReassign }: ItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const open = engagement.status !== 'closed';
  const headingId = `engagement-${engagement.id}`;

  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('intake.assistant')}
            </Text>
            <Group gap="sm">
              <Title order={2} fz="h4" id={headingId}>
                {engagement.assistant.name}
              </Title>
              <EngagementStatusBadge status={engagement.status} />
            </Group>
          </Stack>
          <Group gap="xs">
            <Button
              component={Link}
              to={`/engagements/${engagement.id}`}
              leftSection={<IconArrowRight size={18} aria-hidden />}
              aria-describedby={headingId}
            >
              {t('engagement.open')}
            </Button>
            {open && onPlanVisit && (
              <Button
                variant="light"
                leftSection={<IconCalendarEvent size={18} aria-hidden />}
                onClick={onPlanVisit}
              >
                {t('intake.planFirstVisit')}
              </Button>
            )}
            {open && onReassign && (
              <Button
                variant="default"
                leftSection={<IconUserShare size={18} aria-hidden />}
                onClick={onReassign}
              >
                {t('intake.reassign')}
              </Button>
            )}
          </Group>
        </Group>

        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Detail label={t('intake.assignedBy')}>
            {engagement.assignedBy.name}
            <Text size="xs" c="dimmed">
              {format.dateTime(engagement.assignedAt)}
            </Text>
          </Detail>
          <Detail label={t('intake.firstVisit')}>
            {engagement.firstVisitAt ? (
              <Text size="sm" fw={500}>
                {format.dateTime(engagement.firstVisitAt)}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('intake.firstVisitNone')}
              </Text>
            )}
          </Detail>
          {engagement.firstContactDate && (
            <Detail label={t('intake.firstContact')}>{format.date(engagement.firstContactDate)}</Detail>
          )}
          {engagement.closedOn && (
            <Detail label={t('intake.closedOn')}>{format.date(engagement.closedOn)}</Detail>
          )}
        </SimpleGrid>

        {engagement.assignments.length > 0 && <AssignmentHistory engagement={engagement} />}
      </Stack>
    </Card>
  );
}

/** The family's engagements: who works with it, since when, the first visit. */
export function EngagementsTab({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canPlan = me.permissions.includes('families:edit');
  const canAssign = me.permissions.includes('engagements:assign');
  // The chosen engagement by id: after a reload the dialogs see its current version.
  const [dialog, setDialog] = useState<{ kind: 'visit' | 'reassign'; id: string } | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const chosen = family.engagements.find((engagement) => engagement.id === dialog?.id) ?? null;
  const open = (kind: 'visit' | 'reassign', id: string) => {
    setDialog({ kind, id });
    setDialogOpen(true);
  };

  if (family.engagements.length === 0) {
    return (
      <Card>
        <EmptyState
          icon={<IconHeartHandshake size={24} />}
          title={t('intake.engagementsEmpty')}
          text={t('intake.engagementsEmptyHint')}
        />
      </Card>
    );
  }

  return (
    <Stack gap="lg">
      {family.engagements.map((engagement) => (
        <EngagementItem
          key={engagement.id}
          engagement={engagement}
          onPlanVisit={canPlan ? () => open('visit', engagement.id) : undefined}
          onReassign={canAssign ? () => open('reassign', engagement.id) : undefined}
        />
      ))}
      <FirstVisitModal
        engagement={dialog?.kind === 'visit' ? chosen : null}
        opened={dialogOpen && dialog?.kind === 'visit'}
        onClose={() => setDialogOpen(false)}
      />
      <ReassignModal
        engagement={dialog?.kind === 'reassign' ? chosen : null}
        opened={dialogOpen && dialog?.kind === 'reassign'}
        onClose={() => setDialogOpen(false)}
      />
    </Stack>
  );
}
