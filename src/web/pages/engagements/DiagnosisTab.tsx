import { Button, Fieldset, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { IconClipboardText, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiagnosisBody, type EngagementView } from '../../../contract/engagements';
import { type DiagnosisArea, diagnosisAreas } from '../../../domain/diagnosis';
import { useSaveDiagnosis } from '../../api/engagements';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { validateWithPaths } from '../../lib/forms';
import { DialogForm, useEngagementForm } from './engagementForm';

interface Values extends Record<string, unknown> {
  areas: Record<DiagnosisArea, string>;
  strengths: string;
  /** One entry per child of the family, in the order of its members. */
  childViews: { personId: string; name: string; view: string }[];
}

const legendStyles = { legend: { fontWeight: 600, marginBottom: 'var(--mantine-spacing-xs)' } };

function valuesOf(view: EngagementView): Values {
  const { diagnosis } = view;
  return {
    areas: Object.fromEntries(diagnosisAreas.map((area) => [area, diagnosis?.areas[area] ?? ''])) as Record<
      DiagnosisArea,
      string
    >,
    strengths: diagnosis?.strengths ?? '',
    childViews: view.members
      .filter((member) => member.minor)
      .map((member) => ({
        personId: member.personId,
        name: member.name,
        view: diagnosis?.childViews.find((child) => child.personId === member.personId)?.view ?? '',
      })),
  };
}

/** Areas left empty and children who gave no view are not sent. */
const written = (text: string) => text.trim() !== '';

function bodyOf(values: Values, version: number | null) {
  return {
    version,
    areas: Object.fromEntries(Object.entries(values.areas).filter(([, text]) => written(text))),
    strengths: values.strengths,
    childViews: values.childViews
      .filter((child) => written(child.view))
      .map(({ personId, view }) => ({ personId, view })),
  };
}

/** The schema's errors, a child's view named by the child's place in the form (not in the body). */
function validate(values: Values) {
  const sent = values.childViews.flatMap((child, index) => (written(child.view) ? [index] : []));
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(validateWithPaths(DiagnosisBody, bodyOf(values, null)))) {
    const child = /^childViews\.(\d+)\./.exec(path);
    errors[child ? `childViews.${sent[Number(child[1])]}.view` : path] = message;
  }
  return errors;
}

function DiagnosisForm({ view, onDone }: { view: EngagementView; onDone: () => void }) {
  const { t } = useTranslation();
  const version = view.diagnosis?.version ?? null;
  const state = useEngagementForm({
    initialValues: valuesOf(view),
    schema: DiagnosisBody,
    toBody: (values) => bodyOf(values, version),
    validate,
    mutation: useSaveDiagnosis(view.engagement.id),
    fields: [...diagnosisAreas.map((area) => `areas.${area}`), 'strengths'],
    saved: t('engagement.diagnosis.saved'),
    onDone,
  });
  const { form } = state;
  const area = { autosize: true, minRows: 2, maxRows: 10 } as const;

  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.diagnosis.submit')}
      onCancel={onDone}
      intro={t('engagement.diagnosis.intro')}
    >
      <Fieldset legend={t('engagement.diagnosis.areasTitle')} variant="unstyled" styles={legendStyles}>
        <Stack gap="sm">
          {diagnosisAreas.map((name, index) => (
            <Textarea
              key={name}
              label={t(`engagement.areas.${name}`)}
              data-autofocus={index === 0 || undefined}
              {...area}
              {...form.getInputProps(`areas.${name}`)}
            />
          ))}
        </Stack>
      </Fieldset>
      <Textarea label={t('engagement.diagnosis.strengths')} {...area} {...form.getInputProps('strengths')} />
      <Fieldset legend={t('engagement.diagnosis.childViewsTitle')} variant="unstyled" styles={legendStyles}>
        <Stack gap="sm">
          {form.values.childViews.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('engagement.diagnosis.noChildren')}
            </Text>
          ) : (
            form.values.childViews.map((child, index) => (
              <Textarea
                key={child.personId}
                label={t('engagement.diagnosis.childView', { name: child.name })}
                description={index === 0 ? t('engagement.diagnosis.childViewHint') : undefined}
                {...area}
                {...form.getInputProps(`childViews.${index}.view`)}
              />
            ))
          )}
        </Stack>
      </Fieldset>
    </DialogForm>
  );
}

/** The diagnosis by area, the family's strengths and each child's own view. */
export function DiagnosisTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const { diagnosis } = view;
  // A diagnosis follows the first contact.
  const canWrite = canWork && view.engagement.status !== 'assigned';

  return (
    <Section
      title={t('engagement.diagnosis.title')}
      action={
        canWrite && (
          <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
            {diagnosis ? t('engagement.diagnosis.edit') : t('engagement.diagnosis.add')}
          </Button>
        )
      }
    >
      {diagnosis ? (
        <Stack gap="lg">
          <Text size="xs" c="dimmed">
            {t('engagement.updatedBy', {
              name: diagnosis.updatedBy.name,
              time: format.dateTime(diagnosis.updatedAt),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
            {diagnosisAreas.map((area) => (
              <Detail key={area} label={t(`engagement.areas.${area}`)}>
                {diagnosis.areas[area] ?? (
                  <Text span size="sm" c="dimmed">
                    {t('engagement.diagnosis.notDescribed')}
                  </Text>
                )}
              </Detail>
            ))}
            <Detail label={t('engagement.diagnosis.strengths')}>
              {diagnosis.strengths ?? (
                <Text span size="sm" c="dimmed">
                  {t('engagement.diagnosis.notDescribed')}
                </Text>
              )}
            </Detail>
          </SimpleGrid>
          {diagnosis.childViews.length > 0 && (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
              {diagnosis.childViews.map((child) => (
                <Detail
                  key={child.personId}
                  label={t('engagement.diagnosis.childView', { name: child.name })}
                >
                  {child.view}
                </Detail>
              ))}
            </SimpleGrid>
          )}
        </Stack>
      ) : (
        <EmptyState
          icon={<IconClipboardText size={24} />}
          title={t('engagement.diagnosis.empty')}
          text={
            view.engagement.status === 'assigned'
              ? t('engagement.diagnosis.afterFirstContact')
              : t('engagement.diagnosis.emptyHint')
          }
        />
      )}
      {canWrite && (
        <AppModal
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('engagement.diagnosis.title')}
          size="xl"
        >
          <DiagnosisForm view={view} onDone={() => setEditing(false)} />
        </AppModal>
      )}
    </Section>
  );
}
