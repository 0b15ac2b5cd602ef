import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Equipment, EquipmentBody } from '../../../contract/staff';
import { warsawDate } from '../../../domain/calendar';
import { equipmentKinds } from '../../../domain/staff';
import { useSaveEquipment } from '../../api/staff';
import { AppModal } from '../../components/AppModal';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { useFormatters } from '../../lib/format';
import { DateField, useEngagementForm } from '../engagements/engagementForm';

export type EquipmentItem = z.infer<typeof Equipment>;

const fields = ['kind', 'number', 'description', 'issuedOn', 'returnedOn'] as const;

type Values = {
  kind: string | null;
  number: string;
  description: string;
  issuedOn: string | null;
  returnedOn: string | null;
};

const valuesOf = (item: EquipmentItem | null): Values => ({
  kind: item?.kind ?? null,
  number: item?.number ?? '',
  description: item?.description ?? '',
  issuedOn: item?.issuedOn ?? warsawDate(),
  returnedOn: item?.returnedOn ?? null,
});

const bodyOf = (values: Values) => ({
  kind: values.kind,
  number: values.number.trim(),
  description: values.description.trim(),
  issuedOn: values.issuedOn,
  returnedOn: values.returnedOn,
});

/** What to do with equipment: issue it, change its record, or record its return. */
export type EquipmentDialog =
  | { kind: 'issue' }
  | { kind: 'edit'; id: string }
  | { kind: 'return'; id: string };

function EquipmentForm({
  personId,
  item,
  returning,
  onDone,
}: {
  personId: string;
  /** null to issue new equipment. */
  item: EquipmentItem | null;
  /** Only the day of return is asked (the rest is kept as it is). */
  returning: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const state = useEngagementForm({
    initialValues: returning && item ? { ...valuesOf(item), returnedOn: warsawDate() } : valuesOf(item),
    schema: EquipmentBody,
    toBody: bodyOf,
    mutation: useSaveEquipment(personId, item),
    fields,
    saved: returning
      ? t('staff.equipment.returned')
      : item
        ? t('staff.equipment.saved')
        : t('staff.equipment.issued'),
    conflictNote: t('staff.reloaded'),
    onDone,
  });
  const { form } = state;

  const returnedOn = (
    <DateField
      label={t('staff.equipment.returnedOn')}
      clearable={!returning}
      required={returning}
      withAsterisk={false}
      data-autofocus={returning || undefined}
      {...form.getInputProps('returnedOn')}
    />
  );

  return (
    // The return's line is not dimmed like DialogForm's intro: it is what the dialog is about.
    <FormWithFailure
      failure={state.failure}
      onSubmit={state.submit}
      failureNote={state.failureNote}
      intro={
        returning &&
        item && (
          <Text size="sm">
            {t('staff.equipment.returnIntro', {
              kind: t(`staff.equipmentKinds.${item.kind}`),
              number: item.number ?? '—',
              issued: format.date(item.issuedOn),
            })}
          </Text>
        )
      }
    >
      {returning ? (
        returnedOn
      ) : (
        <>
          <Select
            label={t('staff.equipment.kind')}
            data={equipmentKinds.map((value) => ({ value, label: t(`staff.equipmentKinds.${value}`) }))}
            allowDeselect={false}
            required
            withAsterisk={false}
            data-autofocus
            {...form.getInputProps('kind')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('staff.equipment.number')}
              description={t('staff.equipment.numberHint')}
              autoComplete="off"
              {...form.getInputProps('number')}
            />
            <TextInput
              label={t('staff.equipment.description')}
              description={t('staff.equipment.descriptionHint')}
              autoComplete="off"
              {...form.getInputProps('description')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField
              label={t('staff.equipment.issuedOn')}
              required
              withAsterisk={false}
              {...form.getInputProps('issuedOn')}
            />
            {returnedOn}
          </SimpleGrid>
        </>
      )}
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={
          returning
            ? t('staff.equipment.returnSubmit')
            : item
              ? t('common.saveChanges')
              : t('staff.equipment.add')
        }
        loading={state.loading}
      />
    </FormWithFailure>
  );
}

interface Props {
  personId: string;
  dialog: EquipmentDialog | null;
  /** The equipment the dialog is about, as stored now. */
  item: EquipmentItem | null;
  opened: boolean;
  onClose: () => void;
}

/** Issuing equipment, changing its record, or recording that it came back. */
export function EquipmentModal({ personId, dialog, item, opened, onClose }: Props) {
  const { t } = useTranslation();
  const issuing = dialog?.kind === 'issue';
  const title =
    dialog?.kind === 'return'
      ? t('staff.equipment.returnTitle')
      : dialog?.kind === 'edit'
        ? t('staff.equipment.editTitle')
        : t('staff.equipment.addTitle');
  return (
    <AppModal opened={opened && (issuing || item !== null)} onClose={onClose} title={title}>
      {issuing ? (
        <EquipmentForm personId={personId} item={null} returning={false} onDone={onClose} />
      ) : (
        item && (
          <EquipmentForm
            key={`${dialog?.kind}-${item.id}`}
            personId={personId}
            item={item}
            returning={dialog?.kind === 'return'}
            onDone={onClose}
          />
        )
      )}
    </AppModal>
  );
}
