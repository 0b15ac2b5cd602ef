import { Group, Paper, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import { CreateRequestBody, LegalBasis, legalBasisKinds } from '../../../contract/intake';
import { problemCode } from '../../api/errors';
import { familiesKeys } from '../../api/families';
import { useFileRequest } from '../../api/intake';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { useFormatters } from '../../lib/format';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

type BasisKind = (typeof legalBasisKinds)[number];

const isBasisKind = (value: string): value is BasisKind =>
  (legalBasisKinds as readonly string[]).includes(value);

const fields = [
  'interviewId',
  'justification',
  'legalBasis',
  'legalBasis.kind',
  'legalBasis.consentDate',
  'legalBasis.signedBy',
  'legalBasis.court',
  'legalBasis.caseSignature',
  'legalBasis.rulingDate',
] as const;

interface Values {
  interviewId: string | null;
  legalBasis: {
    kind: BasisKind;
    consentDate: string | null;
    signedBy: string;
    court: string;
    caseSignature: string;
    rulingDate: string | null;
  };
  justification: string;
}

/** Only the fields of the chosen kind of basis go to the API. */
function basisOf({ legalBasis: basis }: Values) {
  switch (basis.kind) {
    case 'consent':
      return {
        kind: basis.kind,
        consentDate: basis.consentDate ?? undefined,
        signedBy: basis.signedBy.trim(),
      };
    case 'court_order':
      return {
        kind: basis.kind,
        court: basis.court.trim(),
        caseSignature: basis.caseSignature.trim(),
        rulingDate: basis.rulingDate ?? undefined,
      };
    case 'minor_parent':
      return { kind: basis.kind };
  }
}

const toBody = (values: Values) => ({
  interviewId: values.interviewId,
  justification: values.justification.trim(),
  legalBasis: basisOf(values),
});

/** The contract's rules, with the basis's errors on its own fields (`legalBasis.signedBy`, …). */
function validate(values: Values) {
  const { legalBasis, ...rest } = toBody(values);
  const errors = validateWith(CreateRequestBody.omit({ legalBasis: true }), rest);
  for (const [field, message] of Object.entries(validateWith(LegalBasis, legalBasis))) {
    errors[`legalBasis.${field}`] = message;
  }
  return errors;
}

function BasisDetails({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function RequestForm({ family, onDone }: { family: FamilyFile; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const fileRequest = useFileRequest(family.id);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      interviewId: family.interviews[0]?.id ?? null,
      legalBasis: {
        kind: 'consent',
        consentDate: null,
        signedBy: '',
        court: '',
        caseSignature: '',
        rulingDate: null,
      },
      justification: '',
    },
    validate,
  });
  const failure = useFormFailure(form, fields);
  const today = dayjs().format('YYYY-MM-DD');
  const calendarIcon = <IconCalendar size={16} aria-hidden />;

  const submit = form.onSubmit((values) => {
    failure.clear();
    fileRequest.mutate(toBody(values) as CreateRequestBody, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('intake.requestFiled') });
        onDone();
      },
      onError: (error) => {
        failure.fail(error);
        // Someone filed first or an assistant was assigned meanwhile: the file shows it.
        const code = problemCode(error);
        if (code === 'request_already_pending' || code === 'family_has_open_engagement') {
          void queryClient.invalidateQueries({ queryKey: familiesKeys.file(family.id) });
        }
      },
    });
  }, failure.focusInvalid);

  const kind = form.values.legalBasis.kind;
  const kindProps = form.getInputProps('legalBasis.kind');

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      intro={
        <Text size="sm" c="dimmed">
          {t('intake.requestIntro', { name: family.name, number: family.caseNumber })}
        </Text>
      }
    >
      <Select
        label={t('intake.interview')}
        description={t('intake.interviewHint')}
        placeholder={t('intake.interviewNone')}
        data={family.interviews.map((interview) => ({
          value: interview.id,
          label: t('intake.interviewOption', {
            date: format.date(interview.interviewDate),
            name: interview.recordedBy.name,
          }),
        }))}
        clearable
        {...form.getInputProps('interviewId')}
      />

      <Radio.Group
        label={t('intake.legalBasis')}
        description={t('intake.legalBasisHint')}
        required
        withAsterisk={false}
        {...kindProps}
        onChange={(value) => {
          if (!isBasisKind(value)) return;
          form.setFieldValue('legalBasis.kind', value);
          // The other kind's fields are gone: so are their messages.
          form.setErrors(
            Object.fromEntries(
              Object.entries(form.errors).filter(([path]) => !path.startsWith('legalBasis.')),
            ),
          );
        }}
      >
        <Stack mt="xs" gap="xs">
          {legalBasisKinds.map((value) => (
            <Radio key={value} value={value} label={t(`intake.basisKind.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>

      {kind === 'consent' && (
        <BasisDetails>
          <DateInput
            label={t('intake.consentDate')}
            valueFormat="L"
            placeholder={t('intake.datePlaceholder')}
            maxDate={today}
            required
            withAsterisk={false}
            leftSection={calendarIcon}
            maw={240}
            {...form.getInputProps('legalBasis.consentDate')}
          />
          <TextInput
            label={t('intake.signedBy')}
            description={t('intake.signedByHint')}
            required
            autoComplete="off"
            {...form.getInputProps('legalBasis.signedBy')}
          />
        </BasisDetails>
      )}
      {kind === 'court_order' && (
        <BasisDetails>
          <TextInput
            label={t('intake.court')}
            placeholder={t('intake.courtPlaceholder')}
            required
            autoComplete="off"
            {...form.getInputProps('legalBasis.court')}
          />
          <Group grow align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('intake.caseSignature')}
              placeholder={t('intake.caseSignaturePlaceholder')}
              required
              autoComplete="off"
              miw={200}
              {...form.getInputProps('legalBasis.caseSignature')}
            />
            <DateInput
              label={t('intake.rulingDate')}
              valueFormat="L"
              placeholder={t('intake.datePlaceholder')}
              maxDate={today}
              required
              withAsterisk={false}
              leftSection={calendarIcon}
              miw={200}
              {...form.getInputProps('legalBasis.rulingDate')}
            />
          </Group>
        </BasisDetails>
      )}
      {kind === 'minor_parent' && (
        <BasisDetails>
          <Text size="sm">{t('intake.minorParentHint')}</Text>
        </BasisDetails>
      )}

      <Textarea
        label={t('intake.justification')}
        description={t('intake.justificationHint')}
        autosize
        minRows={5}
        maxRows={14}
        required
        withAsterisk={false}
        {...form.getInputProps('justification')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={t('intake.submitRequest')}
        loading={fileRequest.isPending}
      />
    </FormWithFailure>
  );
}

/** Filing the social worker's request for an assistant, with the legal basis for the support. */
export function RequestModal({
  family,
  opened,
  onClose,
}: {
  family: FamilyFile;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('intake.requestTitle')}>
      <RequestForm family={family} onDone={onClose} />
    </AppModal>
  );
}
