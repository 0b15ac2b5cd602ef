import { Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contract/audit';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { useFormatters } from '../../lib/format';
import { useAuditLabels } from './labels';

interface Props {
  entry: AuditEntry | null;
  opened: boolean;
  onClose: () => void;
  onFilterActor: (actorId: string, actorName: string) => void;
}

/** Everything recorded about one event. */
export function AuditDetailsModal({ entry, opened, onClose, onFilterActor }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useAuditLabels();

  return (
    <AppModal
      opened={opened && entry !== null}
      onClose={onClose}
      title={entry ? t('audit.detailsFor', { time: format.precise(entry.at) }) : t('audit.detailsTitle')}
    >
      {entry && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Detail caps label={t('audit.colActor')}>
              {labels.actor(entry)}
            </Detail>
            <Detail caps label={t('audit.colAction')}>
              {labels.action(entry.action)}
            </Detail>
            <Detail caps label={t('audit.colOutcome')}>
              {labels.outcome(entry.outcome)}
            </Detail>
            <Detail caps label={t('audit.colEntity')}>
              {entry.entityType ? labels.entityType(entry.entityType) : '—'}
              {entry.entityId && (
                <Text size="xs" ff="monospace" c="dimmed">
                  {entry.entityId}
                </Text>
              )}
            </Detail>
            {entry.actorId && (
              <Detail caps label={t('audit.fieldActorId')}>
                <Text size="xs" ff="monospace">
                  {entry.actorId}
                </Text>
              </Detail>
            )}
            <Detail caps label={t('audit.fieldIp')}>
              {entry.ip ?? '—'}
            </Detail>
            <Detail caps label={t('audit.fieldRequestId')}>
              <Text size="xs" ff="monospace">
                {entry.requestId ?? '—'}
              </Text>
            </Detail>
          </SimpleGrid>
          <Detail caps label={t('audit.fieldData')}>
            {Object.keys(entry.details).length > 0 ? (
              <Code block mt={4}>
                {JSON.stringify(entry.details, null, 2)}
              </Code>
            ) : (
              <Text size="sm" c="dimmed">
                {t('audit.noData')}
              </Text>
            )}
          </Detail>
          <Group justify="space-between">
            {entry.actorId ? (
              <Button
                variant="light"
                leftSection={<IconFilter size={16} aria-hidden />}
                onClick={() => entry.actorId && onFilterActor(entry.actorId, labels.actor(entry))}
              >
                {t('audit.showActorEvents')}
              </Button>
            ) : (
              <span />
            )}
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
