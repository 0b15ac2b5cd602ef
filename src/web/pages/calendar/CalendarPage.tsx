import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconClockPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedVisit, WorkRecord } from '../../../contract/contacts';
import { daysBetween, warsawDate } from '../../../domain/calendar';
import { useCurrentUser } from '../../api/auth';
import { useCalendar, useDeleteWork } from '../../api/contacts';
import { AppModal } from '../../components/AppModal';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { ConfirmModal } from '../families/ConfirmModal';
import { CalendarBoard, useCalendarNavigation } from './CalendarViews';
import { PlanVisitForm } from './VisitForm';
import { VisitPanel, type VisitStep } from './VisitPanel';
import { WorkForm } from './WorkForm';

type Dialog =
  | { kind: 'plan' }
  | { kind: 'visit'; visit: PlannedVisit; step: VisitStep }
  | { kind: 'work'; work: WorkRecord | null };

const visitTitles = {
  details: 'calendar.visit.title',
  held: 'calendar.visit.heldTitle',
  cancel: 'calendar.visit.cancelTitle',
  move: 'calendar.visit.moveTitle',
} as const satisfies Record<VisitStep, string>;

function useDialogTitle() {
  const { t } = useTranslation();
  return (dialog: Dialog) => {
    switch (dialog.kind) {
      case 'plan':
        return t('calendar.visitForm.title');
      case 'visit':
        return t(visitTitles[dialog.step]);
      case 'work':
        return t('calendar.work.title');
    }
  };
}

/** Deleting other work, after asking. */
function RemoveWorkModal({ work, onClose }: { work: WorkRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const removeWork = useDeleteWork();
  const confirm = () => {
    if (!work) return;
    removeWork.mutate(work, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('calendar.work.removed') });
        onClose();
      },
    });
  };
  return (
    <ConfirmModal
      opened={work !== null}
      title={t('calendar.work.removeTitle')}
      text={
        work
          ? t('calendar.work.removeText', {
              kind: t(`calendar.workKinds.${work.kind}`),
              date: format.date(work.date),
            })
          : ''
      }
      confirmLabel={t('calendar.work.remove')}
      loading={removeWork.isPending}
      error={removeWork.error}
      onConfirm={confirm}
      onClose={() => {
        removeWork.reset();
        onClose();
      }}
    />
  );
}

/**
 * The assistant's own calendar: visits planned with families (and how each ended), contacts,
 * other work and duty hours, by week or month; visits are planned and settled here.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('calendar.title'));
  const me = useCurrentUser();
  const today = warsawDate();
  const navigation = useCalendarNavigation(today);
  const calendar = useCalendar(navigation.range);
  const canWork = me.permissions.includes('engagements:work');
  const dialogTitle = useDialogTitle();
  // The dialog chosen stays while the closing one fades out.
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const [removingWork, setRemovingWork] = useState<WorkRecord | null>(null);

  const open = (chosen: Dialog) => {
    setDialog(chosen);
    setOpened(true);
  };
  const close = () => setOpened(false);
  // A new visit starts on the day shown, or today when the days shown are over.
  const planDate = daysBetween(today, navigation.anchor) < 0 ? today : navigation.anchor;

  const content = (shown: Dialog) => {
    switch (shown.kind) {
      case 'plan':
        return <PlanVisitForm date={planDate} onCancel={close} onDone={close} />;
      case 'visit':
        return (
          <VisitPanel
            key={shown.visit.id}
            visit={shown.visit}
            step={shown.step}
            canWork={canWork}
            today={today}
            onStep={(step) => setDialog({ ...shown, step })}
            onDone={close}
          />
        );
      case 'work':
        return (
          <WorkForm
            key={shown.work?.id ?? 'new'}
            work={shown.work}
            today={today}
            onRemove={(work) => {
              close();
              setRemovingWork(work);
            }}
            onDone={close}
          />
        );
    }
  };

  return (
    <Stack gap={0} maw={1440}>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        actions={
          <Group gap="sm">
            {canWork && (
              <Button
                leftSection={<IconCalendarPlus size={18} aria-hidden />}
                onClick={() => open({ kind: 'plan' })}
              >
                {t('calendar.planVisit')}
              </Button>
            )}
            <Button
              variant="light"
              leftSection={<IconClockPlus size={18} aria-hidden />}
              onClick={() => open({ kind: 'work', work: null })}
            >
              {t('calendar.addWork')}
            </Button>
          </Group>
        }
      />
      <CalendarBoard
        navigation={navigation}
        query={calendar}
        handlers={{
          onVisit: (visit) => open({ kind: 'visit', visit, step: 'details' }),
          onWork: (work) => open({ kind: 'work', work }),
          linkEngagements: true,
          showAssistant: false,
        }}
      />
      <AppModal opened={opened} onClose={close} title={dialog ? dialogTitle(dialog) : undefined}>
        {dialog && content(dialog)}
      </AppModal>
      <RemoveWorkModal work={removingWork} onClose={() => setRemovingWork(null)} />
    </Stack>
  );
}
