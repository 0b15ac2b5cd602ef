import { Button, Group, InputBase, Select, SimpleGrid, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentCategory, AttachmentFields, AttachmentRecordType } from '../../../contract/documents';
import { type AttachmentUpload, useUploadAttachment } from '../../api/documents';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';
import { bytesOfMb, useCategoryOptions } from './labels';

/** What the browser offers to pick; the server checks the content itself. */
const ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Choice {
  value: string;
  label: string;
}

/** A record an attachment may belong to, as one choice: `assessment:<id>`. */
export const recordChoice = (recordType: AttachmentRecordType, id: string, label: string): Choice => ({
  value: `${recordType}:${id}`,
  label,
});

function parseRecord(value: string | null): { recordType?: AttachmentRecordType; recordId?: string } {
  if (!value) return {};
  const [type = '', id] = value.split(':');
  const recordType = AttachmentRecordType.safeParse(type).data;
  return recordType && id ? { recordType, recordId: id } : {};
}

interface Values {
  category: string | null;
  description: string;
  engagementId: string | null;
  /** The linked record as `type:id` (one choice for both parts). */
  recordId: string | null;
  file: File | null;
}

const fields = ['category', 'description', 'engagementId', 'recordId', 'file'] as const;

export interface AttachmentTarget {
  familyId: string;
  /** The office's size limit. */
  maxMb: number;
  /** The engagement the file goes with, when the form is on the engagement's page. */
  engagementId?: string;
  /** On the family's file: the engagements to choose from (optional). */
  engagements?: Choice[];
  /** The records of an engagement the file may belong to. */
  records: (engagementId: string | null) => Choice[];
}

function UploadForm({ target, onDone }: { target: AttachmentTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(target.familyId);
  const categories = useCategoryOptions();

  const toFields = (values: Values) => ({
    category: AttachmentCategory.safeParse(values.category).data,
    description: values.description.trim() || undefined,
    engagementId: target.engagementId ?? values.engagementId ?? undefined,
    ...parseRecord(values.recordId),
  });

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { category: null, description: '', engagementId: null, recordId: null, file: null },
    validate: (values) => {
      const errors = validateWith(AttachmentFields, toFields(values));
      // The record's type and id are one choice on the form.
      if (errors.recordType && !errors.recordId) errors.recordId = errors.recordType;
      delete errors.recordType;
      if (!values.file) errors.file = t('documents.attachments.fileRequired');
      else if (values.file.size > bytesOfMb(target.maxMb)) {
        errors.file = t('documents.attachments.fileTooLarge', { maxMb: target.maxMb });
      }
      return errors;
    },
  });
  const failure = useFormFailure(form, fields);

  const engagementId = target.engagementId ?? form.values.engagementId;
  const records = target.records(engagementId);
  const hasEngagements = !target.engagementId && (target.engagements?.length ?? 0) > 0;

  const submit = form.onSubmit((values) => {
    failure.clear();
    const { category, ...rest } = toFields(values);
    if (!values.file || !category) return;
    const body: AttachmentUpload = { file: values.file, category, ...rest };
    upload.mutate(body, {
      onSuccess: (attachment) => {
        notifications.show({
          color: 'asysta',
          message: t('documents.attachments.uploaded', { fileName: attachment.fileName }),
        });
        onDone();
      },
      onError: (error) => failure.fail(error),
    });
  }, failure.focusInvalid);

  return (
    <FormWithFailure failure={failure} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <Select
          label={t('documents.attachments.fields.category')}
          data={categories}
          required
          withAsterisk={false}
          allowDeselect={false}
          {...form.getInputProps('category')}
        />
        {hasEngagements && (
          <Select
            label={t('documents.attachments.fields.engagement')}
            placeholder={t('documents.attachments.fields.engagementNone')}
            data={target.engagements}
            clearable
            {...form.getInputProps('engagementId')}
            onChange={(value) => {
              form.setFieldValue('engagementId', value);
              form.setFieldValue('recordId', null);
            }}
          />
        )}
        {records.length > 0 && (
          <Select
            label={t('documents.attachments.fields.record')}
            placeholder={t('documents.attachments.fields.recordNone')}
            data={records}
            clearable
            {...form.getInputProps('recordId')}
          />
        )}
      </SimpleGrid>
      <Textarea
        label={t('documents.attachments.fields.description')}
        description={t('documents.attachments.fields.descriptionHint')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={1000}
        {...form.getInputProps('description')}
      />
      <Group align="flex-end" gap="md">
        <InputBase
          component="input"
          type="file"
          accept={ACCEPT}
          label={t('documents.attachments.fields.file')}
          description={t('documents.attachments.fields.fileHint', { maxMb: target.maxMb })}
          required
          withAsterisk={false}
          error={form.errors.file}
          styles={{ input: { paddingTop: 5 } }}
          style={{ flex: '1 1 280px' }}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            form.setFieldValue('file', event.currentTarget.files?.[0] ?? null);
            form.clearFieldError('file');
          }}
        />
        <Button
          type="submit"
          loading={upload.isPending}
          leftSection={<IconUpload size={18} aria-hidden />}
          mb={form.errors.file ? 22 : 0}
        >
          {t('documents.attachments.submit')}
        </Button>
      </Group>
    </FormWithFailure>
  );
}

/**
 * Attaching a scan or a letter to the family's file: what it is, what it concerns, the file.
 * After each upload the form starts empty again (the file field too).
 */
export function AttachmentUploadForm({ target }: { target: AttachmentTarget }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  return (
    <>
      <Title order={3} fz="h5" mb="sm">
        {t('documents.attachments.addTitle')}
      </Title>
      <UploadForm key={round} target={target} onDone={() => setRound((n) => n + 1)} />
    </>
  );
}
