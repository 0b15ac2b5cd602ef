import { Badge, Button, Center, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconGitCompare, IconListCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Acknowledgement, type EngagementView, type WorkPlan } from '../../../contract/engagements';
import { useAcknowledgePlan, usePlanVersion } from '../../api/engagements';
import { AppModal } from '../../components/AppModal';
import { EmptyState } from '../../components/EmptyState';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { DateField, DialogForm, useEngagementForm } from './engagementForm';
import { PlanDiff } from './PlanDiff';
import { PlanDocument } from './PlanDocument';
import { PlanEditor } from './PlanEditor';

function AcknowledgeForm({
  view,
  plan,
  onDone,
}: {
  view: EngagementView;
  plan: WorkPlan;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: { on: view.today as string | null, by: '' },
    schema: Acknowledgement,
    toBody: (values) => values,
    mutation: useAcknowledgePlan(view.engagement.id, plan.number),
    fields: ['on', 'by'],
    saved: t('engagement.plan.acknowledgementSaved'),
    onDone,
  });
  return (
    <DialogForm
      state={state}
      submitLabel={t('engagement.plan.saveAcknowledgement')}
      onCancel={onDone}
      intro={t('engagement.plan.acknowledgeIntro', { number: plan.number })}
    >
      <DateField
        label={t('engagement.plan.acknowledgedOn')}
        required
        withAsterisk
        maxDate={view.today}
        maw={{ xs: 280 }}
        {...state.form.getInputProps('on')}
      />
      <TextInput
        label={t('engagement.plan.acknowledgedBy')}
        description={t('engagement.plan.acknowledgedByHint')}
        required
        withAsterisk
        autoComplete="off"
        data-autofocus
        {...state.form.getInputProps('by')}
      />
    </DialogForm>
  );
}

/** One earlier version, loaded when asked for (each read is audited). */
function VersionView({ view, number }: { view: EngagementView; number: number }) {
  const { t } = useTranslation();
  const version = usePlanVersion(view.engagement.id, number);
  if (version.data) return <PlanDocument plan={version.data} view={view} />;
  if (version.isError) return <QueryError error={version.error} onRetry={() => void version.refetch()} />;
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

function VersionsSection({ view, onShow }: { view: EngagementView; onShow: (number: number) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const versions = [...view.planVersions].sort((a, b) => b.number - a.number);
  const latest = versions[0]?.number ?? 1;
  // Until chosen otherwise: the version in force against the one before it.
  const [chosenBefore, setBefore] = useState<string | null>(null);
  const [chosenAfter, setAfter] = useState<string | null>(null);
  const before = chosenBefore ?? String(Math.max(latest - 1, 1));
  const after = chosenAfter ?? String(latest);
  const [compared, setCompared] = useState<{ before: number; after: number } | null>(null);
  const options = versions.map((version) => ({
    value: String(version.number),
    label: t('engagement.plan.versionOption', {
      number: version.number,
      date: format.date(version.createdAt),
    }),
  }));

  return (
    <Section title={t('engagement.plan.versionsTitle')}>
      <Stack gap="md">
        <Table.ScrollContainer minWidth={640}>
          <Table
            verticalSpacing={6}
            horizontalSpacing="sm"
            withTableBorder
            aria-label={t('engagement.plan.versionsTitle')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('engagement.plan.colVersion')}</Table.Th>
                <Table.Th>{t('engagement.plan.colWritten')}</Table.Th>
                <Table.Th>{t('engagement.plan.changeNote')}</Table.Th>
                <Table.Th>{t('engagement.plan.colAcknowledged')}</Table.Th>
                <Table.Th ta="right">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.number}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {version.number}
                      </Text>
                      {version.number === latest && (
                        <Badge variant="light" tt="none" radius="sm" size="sm">
                          {t('engagement.plan.current')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{version.createdBy.name}</Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(version.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={version.changeNote ? undefined : 'dimmed'}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {version.changeNote ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{version.acknowledged ? t('families.yes') : t('families.no')}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="default" onClick={() => onShow(version.number)}>
                      {t('engagement.plan.showVersion', { number: version.number })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>

        {versions.length > 1 && (
          <Stack gap="sm">
            <Group align="flex-end" gap="sm">
              <Select
                label={t('engagement.plan.compareBefore')}
                data={options}
                allowDeselect={false}
                value={before}
                onChange={setBefore}
                w={{ base: '100%', xs: 240 }}
              />
              <Select
                label={t('engagement.plan.compareAfter')}
                data={options}
                allowDeselect={false}
                value={after}
                onChange={setAfter}
                w={{ base: '100%', xs: 240 }}
              />
              <Button
                variant="light"
                leftSection={<IconGitCompare size={18} aria-hidden />}
                disabled={before === after}
                onClick={() => setCompared({ before: Number(before), after: Number(after) })}
              >
                {t('engagement.plan.compare')}
              </Button>
            </Group>
            {compared && <PlanDiff view={view} before={compared.before} after={compared.after} />}
          </Stack>
        )}
      </Stack>
    </Section>
  );
}

/** The work plan in force, its versions and how they differ; the editor writes the next version. */
export function PlanTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'edit' | 'acknowledge' | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const { plan } = view;
  const { status } = view.engagement;
  // A plan follows the first contact; none is written while a closure waits for the manager.
  const canWrite = canWork && status !== 'assigned' && status !== 'closure_requested';
  const close = () => setDialog(null);

  const editButton = canWrite && (
    <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setDialog('edit')}>
      {plan ? t('engagement.plan.newVersion') : t('engagement.plan.add')}
    </Button>
  );

  return (
    <Stack gap="lg">
      {plan ? (
        <Section title={t('engagement.plan.inForce', { number: plan.number })} action={editButton}>
          <PlanDocument
            plan={plan}
            view={view}
            onAcknowledge={canWork ? () => setDialog('acknowledge') : undefined}
          />
        </Section>
      ) : (
        <Section title={t('engagement.plan.title')} action={editButton}>
          <EmptyState
            icon={<IconListCheck size={24} />}
            title={t('engagement.plan.empty')}
            text={
              status === 'assigned' ? t('engagement.plan.afterFirstContact') : t('engagement.plan.emptyHint')
            }
          />
        </Section>
      )}
      {view.planVersions.length > 0 && <VersionsSection view={view} onShow={setShown} />}

      {canWrite && (
        <AppModal
          opened={dialog === 'edit'}
          onClose={close}
          title={plan ? t('engagement.plan.editorTitle') : t('engagement.plan.editorTitleFirst')}
          size="72rem"
          closeOnClickOutside={false}
        >
          <PlanEditor view={view} onDone={close} />
        </AppModal>
      )}
      {canWork && plan && (
        <AppModal
          opened={dialog === 'acknowledge'}
          onClose={close}
          title={t('engagement.plan.acknowledgementTitle')}
        >
          <AcknowledgeForm view={view} plan={plan} onDone={close} />
        </AppModal>
      )}
      <AppModal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown !== null ? t('engagement.plan.versionTitle', { number: shown }) : undefined}
        size="72rem"
      >
        {shown !== null && <VersionView view={view} number={shown} />}
      </AppModal>
    </Stack>
  );
}
