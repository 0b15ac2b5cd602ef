import {
  Accordion,
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Code,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileDownload, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintoutTemplateEntry } from '../../../contract/documents';
import {
  templateFileUrl,
  templateStarterUrl,
  usePrintoutTemplates,
  useRemoveTemplate,
  useUploadTemplate,
} from '../../api/documents';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeader } from '../../components/PageHeader';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { useDialog } from '../../lib/useDialog';
import { usePageTitle } from '../../lib/usePageTitle';
import { ConfirmModal } from '../families/ConfirmModal';
import { UploadButton, UploadFailure } from './UploadButton';

const DOCX = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Placeholder = PrintoutTemplateEntry['placeholders'][number];

/** The fields a template may use; a repeated part shows its opening and closing tags and its own fields. */
function PlaceholderList({
  placeholders,
  nested = false,
}: {
  placeholders: Placeholder[];
  nested?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <List
      size="sm"
      spacing={6}
      listStyleType="none"
      withPadding={nested}
      mt={nested ? 6 : 0}
      styles={nested ? { root: { borderLeft: '2px solid var(--mantine-color-default-border)' } } : undefined}
    >
      {placeholders.map((placeholder) => {
        const open = `{#${placeholder.name}}`;
        const close = `{/${placeholder.name}}`;
        return (
          <List.Item key={placeholder.name}>
            {placeholder.fields ? (
              <>
                <Group gap={6} wrap="wrap">
                  <Code>{open}</Code>
                  <Text span size="sm">
                    …
                  </Text>
                  <Code>{close}</Code>
                  <Text span size="sm">
                    — {placeholder.description}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" mt={4}>
                  {t('documents.templates.repeatedHint', { open, close })}
                </Text>
                <PlaceholderList placeholders={[...placeholder.fields]} nested />
              </>
            ) : (
              <Group gap={6} wrap="wrap">
                <Code>{`{${placeholder.name}}`}</Code>
                <Text span size="sm">
                  — {placeholder.description}
                </Text>
              </Group>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** One printout: whose layout it uses, its template's downloads and upload, and its fields. */
function TemplateCard({ entry, onRestore }: { entry: PrintoutTemplateEntry; onRestore: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const upload = useUploadTemplate();
  const title = t(`documents.kinds.${entry.kind}`);
  const headingId = `template-${entry.kind}`;
  const { template } = entry;

  const send = (file: File) =>
    upload.mutate(
      { kind: entry.kind, file },
      {
        onSuccess: () =>
          notifications.show({ color: 'asysta', message: t('documents.templates.uploaded', { title }) }),
      },
    );

  return (
    <Card component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
            <Group gap="xs" align="center">
              <Title order={2} fz="h5" id={headingId}>
                {title}
              </Title>
              <Badge variant="light" color={template ? 'asysta' : 'gray'} tt="none" radius="sm">
                {template ? t('documents.templates.custom') : t('documents.templates.builtIn')}
              </Badge>
            </Group>
            {template && (
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
                {t('documents.templates.customLine', {
                  fileName: template.fileName,
                  name: template.uploadedBy.name,
                  time: format.dateTime(template.uploadedAt),
                })}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            <UploadButton accept={DOCX} upload={upload} onFile={send} size="xs">
              {t('documents.templates.upload')}
            </UploadButton>
            <DownloadButton
              href={templateStarterUrl(entry.kind)}
              size="xs"
              variant="default"
              leftSection={<IconFileDownload size={16} aria-hidden />}
            >
              {t('documents.templates.starter')}
            </DownloadButton>
            {template && (
              <DownloadButton
                href={templateFileUrl(entry.kind)}
                size="xs"
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t('documents.templates.current')}
              </DownloadButton>
            )}
            {template && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconRestore size={16} aria-hidden />}
                onClick={onRestore}
              >
                {t('documents.templates.restore')}
              </Button>
            )}
          </Group>
        </Group>
        <UploadFailure upload={upload} title={t('documents.templates.uploadFailed')} />
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="fields">
            <Accordion.Control>
              <Text size="sm" fw={500}>
                {t('documents.templates.placeholders', { count: entry.placeholders.length })}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <PlaceholderList placeholders={entry.placeholders} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}

/** How a template is written, for the office's administrator. */
function Help() {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={t('documents.templates.helpTitle')}
      mb="lg"
    >
      <List size="sm" spacing={4}>
        <List.Item>{t('documents.templates.helpFields')}</List.Item>
        <List.Item>{t('documents.templates.helpRepeated')}</List.Item>
        <List.Item>{t('documents.templates.helpUse')}</List.Item>
        <List.Item>{t('documents.templates.helpStart')}</List.Item>
      </List>
    </Alert>
  );
}

/**
 * The office's DOCX templates for its printouts: which printouts use one, uploading and
 * removing them, the starter template and the fields each printout offers.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('documents.templates.pageTitle'));
  const templates = usePrintoutTemplates();
  const remove = useRemoveTemplate();
  const restoring = useDialog<PrintoutTemplateEntry>();
  const restoringTitle = restoring.dialog ? t(`documents.kinds.${restoring.dialog.kind}`) : '';

  const confirmRestore = () => {
    const entry = restoring.dialog;
    if (!entry) return;
    remove.mutate(entry.kind, {
      onSuccess: () => {
        notifications.show({
          color: 'asysta',
          message: t('documents.templates.restored', { title: restoringTitle }),
        });
        restoring.close();
      },
    });
  };

  return (
    <Stack gap={0} maw={960}>
      <PageHeader title={t('documents.templates.title')} subtitle={t('documents.templates.subtitle')} />
      <Help />
      <WithQuery query={templates}>
        {(entries) => (
          <Box>
            <Stack gap="md">
              {entries.map((entry) => (
                <TemplateCard
                  key={entry.kind}
                  entry={entry}
                  onRestore={() => {
                    remove.reset();
                    restoring.open(entry);
                  }}
                />
              ))}
            </Stack>
          </Box>
        )}
      </WithQuery>
      <ConfirmModal
        opened={restoring.opened}
        title={t('documents.templates.restoreTitle')}
        text={t('documents.templates.restoreText', { title: restoringTitle })}
        confirmLabel={t('documents.templates.restore')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={confirmRestore}
        onClose={restoring.close}
      />
    </Stack>
  );
}
