import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attachment } from '../../../contract/documents';
import type { FamilyFile } from '../../../contract/families';
import { useFormatters } from '../../lib/format';
import { AttachmentsSection } from '../documents/AttachmentsSection';
import { type Choice, recordChoice } from '../documents/AttachmentUploadForm';

/** All of the family's attachments, with the engagement each belongs to; adding one links it optionally. */
export function AttachmentsTab({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const engagements = [...family.engagements].sort((a, b) => b.assignedAt.localeCompare(a.assignedAt));

  const periodOf = (engagementId: string) => {
    const engagement = family.engagements.find((item) => item.id === engagementId);
    if (!engagement) return null;
    const from = format.date(engagement.assignedAt);
    return engagement.closedOn
      ? t('documents.attachments.engagementClosed', { from, to: format.date(engagement.closedOn) })
      : t('documents.attachments.engagementOpen', { date: from });
  };

  const engagementChoices: Choice[] = engagements.map((engagement) => ({
    value: engagement.id,
    label: t('documents.attachments.engagementOption', {
      date: format.date(engagement.assignedAt),
      assistant: engagement.assistant.name,
    }),
  }));

  const requestLabel = (requestId: string) => {
    const request = family.requests.find((item) => item.id === requestId);
    return request
      ? t('documents.attachments.records.assistance_request', { date: format.date(request.filedAt) })
      : t('documents.attachments.recordTypes.assistance_request');
  };

  // The file can name the request for an assistant; the engagement's own records are on its page.
  const records = (engagementId: string | null): Choice[] => {
    const requestId = family.engagements.find((item) => item.id === engagementId)?.requestId;
    return requestId ? [recordChoice('assistance_request', requestId, requestLabel(requestId))] : [];
  };

  const recordLabel = (attachment: Attachment) => {
    if (!attachment.recordType || !attachment.recordId) return null;
    return attachment.recordType === 'assistance_request'
      ? requestLabel(attachment.recordId)
      : t(`documents.attachments.recordTypes.${attachment.recordType}`);
  };

  const engagementCell = (attachment: Attachment) => {
    const period = attachment.engagementId ? periodOf(attachment.engagementId) : null;
    if (!attachment.engagementId || !period) {
      return (
        <Text span size="sm" c="dimmed">
          {t('documents.attachments.none')}
        </Text>
      );
    }
    return (
      <Anchor component={Link} to={`/engagements/${attachment.engagementId}?tab=documents`} size="sm">
        {period}
      </Anchor>
    );
  };

  return (
    <AttachmentsSection
      familyId={family.id}
      engagementId={null}
      target={{ engagements: engagementChoices, records }}
      recordLabel={recordLabel}
      engagementCell={engagementCell}
      emptyText={t('documents.attachments.empty')}
    />
  );
}
