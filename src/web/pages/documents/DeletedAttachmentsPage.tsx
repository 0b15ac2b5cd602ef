import { Anchor, Card, Stack, Text } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeletedAttachment } from '../../../contract/documents';
import { useCurrentUser } from '../../api/auth';
import { useDeletedAttachments } from '../../api/documents';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSizeText } from './labels';

/**
 * The data-protection officer's view of deleted attachments: who added each file and who deleted
 * it, when and why. The files' content is not offered; opening the list is audited.
 */
export function DeletedAttachmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('documents.deleted.pageTitle'));
  const me = useCurrentUser();
  const format = useFormatters();
  const sizeText = useSizeText();
  const deleted = useDeletedAttachments();
  // The case number leads to the file only for those who may open families' files.
  const canOpenFamilies = me.permissions.includes('families:read');

  const who = (name: string, time: string) => (
    <Text size="sm">{t('documents.attachments.uploadedBy', { name, time: format.dateTime(time) })}</Text>
  );

  const columns: Column<DeletedAttachment>[] = [
    {
      header: t('documents.deleted.colFamily'),
      cell: (item) =>
        canOpenFamilies ? (
          <Anchor component={Link} to={`/families/${item.family.id}`} size="sm">
            {item.family.caseNumber}
          </Anchor>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {item.family.caseNumber}
          </Text>
        ),
    },
    {
      header: t('documents.deleted.colFile'),
      cell: (item) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
            {item.fileName}
          </Text>
          <Text size="xs" c="dimmed">
            {sizeText(item.size)}
          </Text>
        </Stack>
      ),
      cellProps: { maw: 240 },
    },
    {
      header: t('documents.deleted.colCategory'),
      cell: (item) => <Text size="sm">{t(`documents.attachments.categories.${item.category}`)}</Text>,
    },
    {
      header: t('documents.deleted.colUploaded'),
      cell: (item) => who(item.uploadedBy.name, item.uploadedAt),
    },
    { header: t('documents.deleted.colDeleted'), cell: (item) => who(item.deletedBy.name, item.deletedAt) },
    {
      header: t('documents.deleted.colReason'),
      cell: (item) => (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.deleteReason}
        </Text>
      ),
      cellProps: { maw: 320 },
    },
  ];

  return (
    <Stack gap={0} maw={1280}>
      <PageHeader title={t('documents.deleted.title')} subtitle={t('documents.deleted.subtitle')} />
      <WithQuery query={deleted}>
        {(items) => (
          <Card p={0}>
            {items.length === 0 ? (
              <EmptyState icon={<IconTrashX size={24} />} text={t('documents.deleted.empty')} />
            ) : (
              <ColumnTable items={items} columns={columns} rowKey={(item) => item.id} minWidth={1000} />
            )}
          </Card>
        )}
      </WithQuery>
    </Stack>
  );
}
