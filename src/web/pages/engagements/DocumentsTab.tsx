import { Box, Group, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, PrintoutFormat, PrintoutKind } from '../../../contract/documents';
import type { EngagementView } from '../../../contract/engagements';
import { printoutUrl } from '../../api/documents';
import { Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { AttachmentsSection } from '../documents/AttachmentsSection';
import { type Choice, recordChoice } from '../documents/AttachmentUploadForm';
import { PrintoutButtons } from '../documents/PrintoutButtons';
import { DateField } from './engagementForm';

type RecordKind = Exclude<PrintoutKind, 'timesheet'>;

interface Row {
  key: string;
  kind: RecordKind;
  /** The record printed: the engagement itself, or one of its records. */
  id: string;
  /** Which one, when there are several of the kind (also in the links' names). */
  detail?: string;
  /** Shown under the title only: what a choice below means. */
  note?: string;
  /** Choices that shape the printout (the plan's version, the card's period). */
  controls?: ReactNode;
  query?: { version?: number; from?: string | null; to?: string | null };
}

/** One printout: its title and which one, its choices, and the PDF and DOCX links. */
function PrintoutRow({ row, first }: { row: Row; first: boolean }) {
  const { t } = useTranslation();
  const title = t(`documents.kinds.${row.kind}`);
  return (
    <Box
      component="li"
      py="sm"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          {(row.detail || row.note) && (
            <Text size="sm" c="dimmed">
              {row.detail ?? row.note}
            </Text>
          )}
        </Stack>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {row.controls}
          <PrintoutButtons
            title={title}
            detail={row.detail}
            href={(format: PrintoutFormat) => printoutUrl(row.kind, row.id, format, row.query)}
          />
        </Group>
      </Group>
    </Box>
  );
}

/** Every printout of the engagement, in the order the work with the family produces them. */
function Printouts({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { engagement } = view;
  const versions = [...view.planVersions].sort((a, b) => b.number - a.number);
  const inForce = versions[0]?.number ?? null;
  const [planVersion, setPlanVersion] = useState<string | null>(inForce ? String(inForce) : null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const chosenVersion = planVersion ? Number(planVersion) : null;

  const rows: Row[] = [
    { key: 'consent_assistance', kind: 'consent_assistance', id: engagement.id },
    { key: 'consent_data', kind: 'consent_data', id: engagement.id },
    { key: 'consent_group', kind: 'consent_group', id: engagement.id },
  ];
  if (engagement.requestId) {
    rows.push({ key: 'assistance_request', kind: 'assistance_request', id: engagement.requestId });
  }
  rows.push({ key: 'assignment', kind: 'assignment', id: engagement.id });
  if (inForce !== null) {
    const chosen = versions.find((version) => version.number === chosenVersion) ?? versions[0];
    rows.push({
      key: 'work_plan',
      kind: 'work_plan',
      id: engagement.id,
      note: chosen
        ? t('documents.printouts.planVersionOption', {
            number: chosen.number,
            date: format.date(chosen.createdAt),
          })
        : undefined,
      // The plan in force is the default; an older version is asked for by its number.
      query: chosenVersion && chosenVersion !== inForce ? { version: chosenVersion } : {},
      controls: versions.length > 1 && (
        <Select
          label={t('documents.printouts.planVersion')}
          data={versions.map((version) => ({
            value: String(version.number),
            label: t(
              version.number === inForce
                ? 'documents.printouts.planInForce'
                : 'documents.printouts.planVersionOption',
              { number: version.number, date: format.date(version.createdAt) },
            ),
          }))}
          value={planVersion}
          onChange={setPlanVersion}
          allowDeselect={false}
          size="xs"
          w={300}
          comboboxProps={{ width: 'target' }}
        />
      ),
    });
  }
  for (const assessment of view.assessments) {
    rows.push({
      key: `assessment-${assessment.id}`,
      kind: 'assessment',
      id: assessment.id,
      detail: format.date(assessment.assessedOn),
    });
  }
  for (const request of view.requests) {
    rows.push({
      key: `request-${request.id}`,
      kind: request.kind === 'extension' ? 'extension_request' : 'closure_request',
      id: request.id,
      detail: format.date(request.requestedAt),
    });
  }
  for (const opinion of view.courtOpinions) {
    rows.push({
      key: `court-${opinion.id}`,
      kind: 'court_opinion',
      id: opinion.id,
      detail: t('documents.printouts.court', { court: opinion.court, signature: opinion.caseSignature }),
    });
  }
  rows.push({
    key: 'contact_card',
    kind: 'contact_card',
    id: engagement.id,
    note: t('documents.printouts.periodHint'),
    query: { from, to },
    controls: (
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <DateField
          label={t('documents.printouts.from')}
          value={from}
          onChange={setFrom}
          maxDate={to ?? view.today}
          clearable
          size="xs"
          w={140}
        />
        <DateField
          label={t('documents.printouts.to')}
          value={to}
          onChange={setTo}
          minDate={from ?? undefined}
          maxDate={view.today}
          clearable
          size="xs"
          w={140}
        />
      </Group>
    ),
  });
  rows.push({ key: 'partner_list', kind: 'partner_list', id: engagement.id });

  return (
    <Section title={t('documents.printouts.title')} headingId="engagement-printouts">
      <Text size="sm" c="dimmed" mb="xs">
        {t('documents.printouts.intro')}
      </Text>
      <Box component="ul" aria-labelledby="engagement-printouts" m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((row, index) => (
          <PrintoutRow key={row.key} row={row} first={index === 0} />
        ))}
      </Box>
    </Section>
  );
}

/** The engagement's records an attachment may belong to, named as on its page. */
function useRecords(view: EngagementView) {
  const { t } = useTranslation();
  const format = useFormatters();
  const choices: Choice[] = [];
  if (view.engagement.requestId) {
    choices.push(
      recordChoice(
        'assistance_request',
        view.engagement.requestId,
        t('documents.attachments.recordTypes.assistance_request'),
      ),
    );
  }
  for (const assessment of view.assessments) {
    choices.push(
      recordChoice(
        'assessment',
        assessment.id,
        t('documents.attachments.records.assessment', { date: format.date(assessment.assessedOn) }),
      ),
    );
  }
  for (const request of view.requests) {
    choices.push(
      recordChoice(
        'engagement_request',
        request.id,
        t(`documents.attachments.records.${request.kind}`, { date: format.date(request.requestedAt) }),
      ),
    );
  }
  for (const opinion of view.courtOpinions) {
    choices.push(
      recordChoice(
        'court_opinion',
        opinion.id,
        t('documents.attachments.records.court_opinion', {
          court: opinion.court,
          signature: opinion.caseSignature,
        }),
      ),
    );
  }
  const label = (attachment: Attachment) => {
    if (!attachment.recordType || !attachment.recordId) return null;
    const value = `${attachment.recordType}:${attachment.recordId}`;
    return (
      choices.find((choice) => choice.value === value)?.label ??
      t(`documents.attachments.recordTypes.${attachment.recordType}`)
    );
  };
  return { choices, label };
}

/** The engagement's papers: its printouts (PDF, DOCX) and the files attached to it. */
export function DocumentsTab({ view }: { view: EngagementView }) {
  const { t } = useTranslation();
  const records = useRecords(view);
  return (
    <Stack gap="md">
      <Printouts view={view} />
      <AttachmentsSection
        familyId={view.family.id}
        engagementId={view.engagement.id}
        target={{ engagementId: view.engagement.id, records: () => records.choices }}
        recordLabel={records.label}
        emptyText={t('documents.attachments.emptyEngagement')}
      />
    </Stack>
  );
}
