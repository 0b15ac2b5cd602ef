import { Badge, Button, Group, SimpleGrid, Spoiler, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconGavel, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CourtOpinion, CourtOpinionBody, type EngagementView } from '../../../contract/engagements';
import { useSaveCourtOpinion } from '../../api/engagements';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EmptyState } from '../../components/EmptyState';
import { ItemList, Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { DateField, DialogForm, useEngagementForm } from './engagementForm';

const fields = ['court', 'caseSignature', 'receivedOn', 'dueOn', 'opinion', 'writtenOn', 'sentOn'] as const;

function CourtOpinionForm({
  view,
  opinion,
  onDone,
}: {
  view: EngagementView;
  opinion: CourtOpinion | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: {
      court: opinion?.court ?? '',
      caseSignature: opinion?.caseSignature ?? '',
      receivedOn: opinion?.receivedOn ?? (null as string | null),
      dueOn: opinion?.dueOn ?? (null as string | null),
      opinion: opinion?.opinion ?? '',
      writtenOn: opinion?.writtenOn ?? (null as string | null),
      sentOn: opinion?.sentOn ?? (null as string | null),
    },
    schema: CourtOpinionBody,
    toBody: (values) => values,
    mutation: useSaveCourtOpinion(view.engagement.id, opinion),
    fields,
    saved: t('engagement.court.saved'),
    onDone,
  });
  const { form } = state;
  const date = { maxDate: view.today, clearable: true };

  return (
    <DialogForm state={state} submitLabel={t('engagement.court.submit')} onCancel={onDone}>
      <TextInput
        label={t('intake.court')}
        placeholder={t('intake.courtPlaceholder')}
        required
        withAsterisk
        autoComplete="off"
        data-autofocus
        {...form.getInputProps('court')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('intake.caseSignature')}
          placeholder={t('intake.caseSignaturePlaceholder')}
          required
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('caseSignature')}
        />
        <DateField
          label={t('engagement.court.receivedOn')}
          required
          withAsterisk
          maxDate={view.today}
          {...form.getInputProps('receivedOn')}
        />
        <DateField
          label={t('engagement.court.dueOn')}
          required
          withAsterisk
          minDate={form.values.receivedOn ?? undefined}
          {...form.getInputProps('dueOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('engagement.court.opinion')}
        description={t('engagement.court.opinionHint')}
        autosize
        minRows={4}
        maxRows={16}
        {...form.getInputProps('opinion')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField label={t('engagement.court.writtenOn')} {...date} {...form.getInputProps('writtenOn')} />
        <DateField label={t('engagement.court.sentOn')} {...date} {...form.getInputProps('sentOn')} />
      </SimpleGrid>
    </DialogForm>
  );
}

/** Sent, late, written or still to write. */
function OpinionState({ opinion, today }: { opinion: CourtOpinion; today: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [color, text] = opinion.sentOn
    ? ['green', t('engagement.court.sent', { date: format.date(opinion.sentOn) })]
    : opinion.dueOn < today
      ? ['red', t('engagement.court.overdue')]
      : opinion.writtenOn
        ? ['blue', t('engagement.court.written')]
        : ['gray', t('engagement.court.toWrite')];
  return (
    <Badge color={color} variant="light" tt="none" radius="sm">
      {text}
    </Badge>
  );
}

function OpinionItem({
  opinion,
  view,
  onEdit,
}: {
  opinion: CourtOpinion;
  view: EngagementView;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `court-opinion-${opinion.id}`;
  const late = !opinion.sentOn && opinion.dueOn < view.today;
  return (
    <Stack gap="sm" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <Group gap="sm">
          <Text fw={600} id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {t('engagement.court.heading', { court: opinion.court, signature: opinion.caseSignature })}
          </Text>
          <OpinionState opinion={opinion} today={view.today} />
        </Group>
        {onEdit && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-describedby={headingId}
            onClick={onEdit}
          >
            {t('engagement.court.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Detail label={t('engagement.court.receivedOn')}>{format.date(opinion.receivedOn)}</Detail>
        <Detail label={t('engagement.court.dueOn')}>
          <Text span size="sm" c={late ? 'red' : undefined} fw={late ? 700 : undefined}>
            {format.date(opinion.dueOn)}
          </Text>
        </Detail>
        <Detail label={t('engagement.court.writtenOn')}>
          {opinion.writtenOn ? format.date(opinion.writtenOn) : '—'}
        </Detail>
        <Detail label={t('engagement.court.sentOn')}>
          {opinion.sentOn ? format.date(opinion.sentOn) : '—'}
        </Detail>
      </SimpleGrid>
      {opinion.opinion && (
        <Spoiler maxHeight={72} showLabel={t('engagement.court.more')} hideLabel={t('engagement.court.less')}>
          <Detail label={t('engagement.court.opinion')}>{opinion.opinion}</Detail>
        </Spoiler>
      )}
    </Stack>
  );
}

/** Courts' requests for an opinion on the family: when each is due, whether it was sent. */
export function CourtOpinionsTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const { t } = useTranslation();
  // The opinion chosen by id, so the dialog sees its current version after a reload; null adds one.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const chosen = view.courtOpinions.find((opinion) => opinion.id === chosenId) ?? null;
  const open = (id: string | null) => {
    setChosenId(id);
    setOpened(true);
  };
  const close = () => setOpened(false);

  return (
    <Section
      title={t('engagement.court.title')}
      action={
        canWork && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open(null)}>
            {t('engagement.court.add')}
          </Button>
        )
      }
    >
      {view.courtOpinions.length === 0 ? (
        <EmptyState icon={<IconGavel size={24} />} text={t('engagement.court.empty')} />
      ) : (
        <ItemList
          items={view.courtOpinions}
          render={(opinion) => (
            <OpinionItem
              opinion={opinion}
              view={view}
              onEdit={canWork ? () => open(opinion.id) : undefined}
            />
          )}
        />
      )}
      {canWork && (
        <AppModal
          opened={opened}
          onClose={close}
          title={chosen ? t('engagement.court.editTitle') : t('engagement.court.addTitle')}
        >
          <CourtOpinionForm key={chosen?.id ?? 'new'} view={view} opinion={chosen} onDone={close} />
        </AppModal>
      )}
    </Section>
  );
}
