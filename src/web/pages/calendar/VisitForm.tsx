import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FamilyRef, Id } from '../../../contract/common';
import { type PlannedVisit, PlanVisitBody } from '../../../contract/contacts';
import { useSaveVisit, useVisitableEngagements } from '../../api/contacts';
import { WithQuery } from '../../components/WithQuery';
import { KindAndPlaceFields, TimeSpanFields } from '../contacts/contactFields';
import { DialogForm, useEngagementForm } from '../engagements/engagementForm';

/** A visit and the engagement (the family) it is planned with. */
const VisitSchema = PlanVisitBody.safeExtend({ engagementId: Id });

const fields = ['engagementId', 'date', 'startTime', 'endTime', 'kind', 'place', 'note'];

/** "Kowalscy (RA.4/2026)": a family as a calendar names it. */
export function useFamilyLabel() {
  const { t } = useTranslation();
  return (family: FamilyRef) =>
    t('calendar.visitForm.familyOption', {
      name: family.name || t('families.unnamed'),
      caseNumber: family.caseNumber,
    });
}

interface FormProps {
  onCancel: () => void;
  onDone: () => void;
}

function VisitForm({
  visit,
  date,
  families,
  onCancel,
  onDone,
}: FormProps & {
  visit: PlannedVisit | null;
  date: string;
  families: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const state = useEngagementForm({
    initialValues: {
      engagementId: visit?.engagementId ?? (families.length === 1 ? (families[0]?.value ?? null) : null),
      date: visit?.date ?? (date as string | null),
      startTime: visit?.startTime ?? '10:00',
      endTime: visit?.endTime ?? '11:00',
      kind: visit?.kind ?? 'home_visit',
      place: visit?.place ?? 'family_home',
      note: visit?.note ?? '',
    },
    schema: VisitSchema,
    toBody: (values) => values,
    mutation: useSaveVisit(visit),
    fields,
    saved: visit ? t('calendar.visit.moved') : t('calendar.visit.planned'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm
      state={state}
      submitLabel={visit ? t('common.saveChanges') : t('calendar.visitForm.submit')}
      onCancel={onCancel}
    >
      <Select
        label={t('calendar.visitForm.family')}
        description={families.length === 0 ? t('calendar.visitForm.noFamilies') : undefined}
        data={families}
        required
        withAsterisk
        allowDeselect={false}
        searchable
        disabled={visit !== null}
        {...form.getInputProps('engagementId')}
      />
      <TimeSpanFields inputProps={form.getInputProps} />
      <KindAndPlaceFields
        kind={form.getInputProps('kind')}
        place={form.getInputProps('place')}
        suggestPlace={(place) => form.setFieldValue('place', place)}
      />
      <Textarea
        label={t('calendar.visitForm.note')}
        description={t('calendar.visitForm.noteHint')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('note')}
      />
    </DialogForm>
  );
}

/** Plans a visit with one of the families the person works with (chosen; the only one chosen already). */
export function PlanVisitForm({ date, ...props }: FormProps & { date: string }) {
  const engagements = useVisitableEngagements();
  const familyLabel = useFamilyLabel();
  return (
    <WithQuery query={engagements}>
      {(items) => (
        <VisitForm
          visit={null}
          date={date}
          families={items.map((item) => ({ value: item.engagementId, label: familyLabel(item.family) }))}
          {...props}
        />
      )}
    </WithQuery>
  );
}

/** Moves a visit still planned to another day or hour, or changes its kind, place or note. */
export function MoveVisitForm({ visit, ...props }: FormProps & { visit: PlannedVisit }) {
  const familyLabel = useFamilyLabel();
  return (
    <VisitForm
      visit={visit}
      date={visit.date}
      families={[{ value: visit.engagementId, label: familyLabel(visit.family) }]}
      {...props}
    />
  );
}
