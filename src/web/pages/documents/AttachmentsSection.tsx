import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../contract/documents';
import { useCurrentUser } from '../../api/auth';
import { attachmentContentUrl, useAttachments } from '../../api/documents';
import { DownloadButton } from '../../components/DownloadButton';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { Section } from '../../components/Section';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { useIsPhone } from '../../lib/useIsPhone';
import { type AttachmentTarget, AttachmentUploadForm } from './AttachmentUploadForm';
import { DeleteAttachmentModal } from './DeleteAttachmentModal';
import { useSizeText } from './labels';

interface Props {
  familyId: string;
  /** Only this engagement's attachments (its page), or all of the family's (null). */
  engagementId: string | null;
  /** How the upload form links a new file (the office's limit comes with the list). */
  target: Omit<AttachmentTarget, 'maxMb' | 'familyId'>;
  /** The record an attachment belongs to, as the page can name it. */
  recordLabel: (attachment: Attachment) => string | null;
  /** On the family's file: the engagement an attachment belongs to. */
  engagementCell?: (attachment: Attachment) => ReactNode;
  emptyText: string;
}

/**
 * The attachments of a family (or of one of its engagements): the list with downloads, adding a
 * file and deleting one with the reason. Deleting is for the one who added the file, or the
 * manager and team leads — as the server decides it (attachments service `remove`).
 */
export function AttachmentsSection({
  familyId,
  engagementId,
  target,
  recordLabel,
  engagementCell,
  emptyText,
}: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormatters();
  const sizeText = useSizeText();
  // On a phone the list is stacked (ColumnTable `stackOnPhone`): the buttons may wrap there.
  const phone = useIsPhone();
  const attachments = useAttachments(familyId, engagementId);
  const removing = useDialog<Attachment>();
  const canEdit = me.permissions.includes('families:edit');
  const leads = me.roles.includes('manager') || me.roles.includes('team_lead');
  const canRemove = (attachment: Attachment) => canEdit && (leads || attachment.uploadedBy.id === me.id);
  const none = (
    <Text span size="sm" c="dimmed">
      {t('documents.attachments.none')}
    </Text>
  );

  const columns: Column<Attachment>[] = [
    {
      header: t('documents.attachments.colFile'),
      cell: (attachment) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
            {attachment.fileName}
          </Text>
          {attachment.description && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {attachment.description}
            </Text>
          )}
        </Stack>
      ),
      cellProps: { maw: 280 },
    },
    {
      header: t('documents.attachments.colCategory'),
      cell: (attachment) => (
        <Text size="sm">{t(`documents.attachments.categories.${attachment.category}`)}</Text>
      ),
    },
    ...(engagementCell ? [{ header: t('documents.attachments.colEngagement'), cell: engagementCell }] : []),
    {
      header: t('documents.attachments.colRecord'),
      cell: (attachment) => {
        const label = recordLabel(attachment);
        return label ? <Text size="sm">{label}</Text> : none;
      },
    },
    {
      header: t('documents.attachments.colUploaded'),
      cell: (attachment) => (
        <Text size="sm">
          {t('documents.attachments.uploadedBy', {
            name: attachment.uploadedBy.name,
            time: format.dateTime(attachment.uploadedAt),
          })}
        </Text>
      ),
    },
    {
      header: t('documents.attachments.colSize'),
      cell: (attachment) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {sizeText(attachment.size)}
        </Text>
      ),
      align: 'right',
    },
    {
      header: t('documents.attachments.colActions'),
      align: 'right',
      cell: (attachment) => (
        <Group gap="xs" justify={phone ? undefined : 'flex-end'} wrap={phone ? 'wrap' : 'nowrap'}>
          <DownloadButton
            href={attachmentContentUrl(attachment.id)}
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            aria-label={t('documents.attachments.downloadName', { fileName: attachment.fileName })}
          >
            {t('documents.attachments.download')}
          </DownloadButton>
          {canRemove(attachment) && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              aria-label={t('documents.attachments.removeName', { fileName: attachment.fileName })}
              onClick={() => removing.open(attachment)}
            >
              {t('documents.attachments.remove')}
            </Button>
          )}
        </Group>
      ),
    },
  ];

  const headingId = `attachments-${engagementId ?? familyId}`;
  return (
    <Section title={t('documents.attachments.title')} headingId={headingId}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('documents.attachments.intro')}
      </Text>
      <WithQuery query={attachments}>
        {(list) => (
          <>
            {list.items.length === 0 ? (
              <EmptyState icon={<IconPaperclip size={24} />} text={emptyText} />
            ) : (
              <ColumnTable
                items={list.items}
                columns={columns}
                rowKey={(attachment) => attachment.id}
                minWidth={engagementCell ? 980 : 860}
                labelledBy={headingId}
                stackOnPhone
              />
            )}
            {canEdit && (
              <>
                <Divider my="md" />
                <AttachmentUploadForm target={{ ...target, familyId, maxMb: list.maxMb }} />
              </>
            )}
          </>
        )}
      </WithQuery>
      {canEdit && (
        <DeleteAttachmentModal
          attachment={removing.dialog}
          opened={removing.opened}
          onClose={removing.close}
        />
      )}
    </Section>
  );
}
