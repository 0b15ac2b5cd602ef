import { Alert, Anchor, Badge, Button, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconCalendarRepeat, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CancelVisitBody, type PlannedVisit } from '../../../contract/contacts';
import { cancelReasons } from '../../../domain/contacts';
import { useCancelVisit, useMarkVisitHeld } from '../../api/contacts';
import { useEngagement } from '../../api/engagements';
import { Detail } from '../../components/Detail';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { ContactForm, newContactValues } from '../contacts/ContactForm';
import { DialogForm, useEngagementForm } from '../engagements/engagementForm';
import { MoveVisitForm, useFamilyLabel } from './VisitForm';

/** What the visit's panel shows: the visit, or one of the ways to settle it. */
export type VisitStep = 'details' | 'held' | 'cancel' | 'move';

const statusColor = { planned: 'blue', held: 'green', cancelled: 'gray' } as const;

const engagementLink = (visit: PlannedVisit) => `/engagements/${visit.engagementId}?tab=contacts`;

interface StepProps {
  visit: PlannedVisit;
  onStep: (step: VisitStep) => void;
  onDone: () => void;
}

function VisitDetails({ visit, canWork, today, onStep }: StepProps & { canWork: boolean; today: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const familyLabel = useFamilyLabel();
  const isPlanned = visit.status === 'planned';
  // A visit can be recorded as held on its day or later (contacts are never in the future).
  const canHold = visit.date <= today;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('calendar.visit.family')}>
          <Anchor component={Link} to={engagementLink(visit)} inherit>
            {familyLabel(visit.family)}
          </Anchor>
        </Detail>
        <Detail label={t('calendar.visit.status')}>
          <Badge color={statusColor[visit.status]} variant="light" tt="none" radius="sm">
            {t(`calendar.visitStatus.${visit.status}`)}
          </Badge>
        </Detail>
        <Detail label={t('calendar.visit.when')}>
          {`${format.longDate(visit.date)}, ${format.timeRange(visit.startTime, visit.endTime)}`}
        </Detail>
        <Detail label={t('calendar.visit.kindAndPlace')}>
          {`${t(`contacts.kinds.${visit.kind}`)} · ${t(`contacts.places.${visit.place}`)}`}
        </Detail>
        {visit.cancelReason && (
          <Detail label={t('calendar.visit.reason')}>
            {t(`calendar.cancelReasons.${visit.cancelReason}`)}
          </Detail>
        )}
        {visit.cancelNote && <Detail label={t('calendar.visit.cancelNote')}>{visit.cancelNote}</Detail>}
      </SimpleGrid>
      {visit.note && <Detail label={t('calendar.visitForm.note')}>{visit.note}</Detail>}
      {canWork && isPlanned && (
        <>
          {!canHold && (
            <Text size="sm" c="dimmed">
              {t('calendar.visit.notYet')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              leftSection={<IconCalendarRepeat size={18} aria-hidden />}
              onClick={() => onStep('move')}
            >
              {t('calendar.visit.move')}
            </Button>
            <Button
              variant="light"
              color="red"
              leftSection={<IconX size={18} aria-hidden />}
              onClick={() => onStep('cancel')}
            >
              {t('calendar.visit.cancel')}
            </Button>
            {canHold && (
              <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => onStep('held')}>
                {t('calendar.visit.held')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The visit took place: the contact form, filled in from the visit, with the family's members and plan. */
function HeldVisitForm({ visit, onStep, onDone }: StepProps) {
  const { t } = useTranslation();
  const engagement = useEngagement(visit.engagementId);
  const mutation = useMarkVisitHeld(visit);
  const familyLabel = useFamilyLabel();
  return (
    <WithQuery query={engagement}>
      {(view) =>
        // Contacts are recorded once the first contact has started the work with the family.
        view.engagement.status === 'assigned' ? (
          <Stack gap="md">
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t('calendar.visit.firstContactFirst')}
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => onStep('details')}>
                {t('common.cancel')}
              </Button>
              <Button component={Link} to={`/engagements/${visit.engagementId}`}>
                {t('calendar.visit.openEngagement')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <ContactForm
            view={view}
            initialValues={{
              ...newContactValues(view.today),
              date: visit.date,
              startTime: visit.startTime,
              endTime: visit.endTime,
              kind: visit.kind,
              place: visit.place,
            }}
            mutation={mutation}
            submitLabel={t('contacts.submit')}
            intro={t('calendar.visit.heldIntro', { family: familyLabel(visit.family) })}
            onCancel={() => onStep('details')}
            onDone={onDone}
          />
        )
      }
    </WithQuery>
  );
}

function CancelVisitForm({ visit, onStep, onDone }: StepProps) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: { reason: null as string | null, note: '' },
    schema: CancelVisitBody.omit({ version: true }),
    toBody: (values) => values,
    mutation: useCancelVisit(visit),
    fields: ['reason', 'note'],
    saved: t('calendar.visit.cancelled'),
    onDone,
  });
  return (
    <DialogForm
      state={state}
      submitLabel={t('calendar.visit.cancelSubmit')}
      onCancel={() => onStep('details')}
    >
      <Radio.Group
        label={t('calendar.visit.reason')}
        required
        withAsterisk
        {...state.form.getInputProps('reason')}
      >
        <Stack mt="xs" gap="xs">
          {cancelReasons.map((reason) => (
            <Radio key={reason} value={reason} label={t(`calendar.cancelReasons.${reason}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('calendar.visit.cancelNote')}
        autosize
        minRows={2}
        maxRows={8}
        {...state.form.getInputProps('note')}
      />
    </DialogForm>
  );
}

/**
 * A visit of one's calendar: when and with whom and, while it is planned, the ways to settle it —
 * it took place (its contact is recorded), it was cancelled (and why), or it moves.
 */
export function VisitPanel({
  step,
  canWork,
  today,
  ...props
}: StepProps & { step: VisitStep; canWork: boolean; today: string }) {
  switch (step) {
    case 'details':
      return <VisitDetails canWork={canWork} today={today} {...props} />;
    case 'held':
      return <HeldVisitForm {...props} />;
    case 'cancel':
      return <CancelVisitForm {...props} />;
    case 'move':
      return (
        <MoveVisitForm visit={props.visit} onCancel={() => props.onStep('details')} onDone={props.onDone} />
      );
  }
}
