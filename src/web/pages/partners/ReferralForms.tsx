import { Autocomplete, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementView } from '../../../contract/engagements';
import { type Referral, ReferralBody, ReferralOutcomeBody } from '../../../contract/partners';
import { useAddReferral, useRecordReferralOutcome } from '../../api/partners';
import { DateField, DialogForm, useEngagementForm } from '../engagements/engagementForm';
import { InstitutionSelect } from './InstitutionSelect';
import { usePartnerOptions } from './labels';

/** The member choice that stands for the whole family (sent as no member). */
const WHOLE_FAMILY = 'family';

const referralFields = ['personId', 'institutionId', 'service', 'referredOn'] as const;

/** Refers a member of the family, or the whole family, to a service of an institution. */
export function ReferralForm({ view, onDone }: { view: EngagementView; onDone: () => void }) {
  const { t } = useTranslation();
  // What the chosen institution offers, suggested for the service.
  const [services, setServices] = useState<string[]>([]);
  const state = useEngagementForm({
    initialValues: {
      personId: null as string | null,
      institutionId: null as string | null,
      service: '',
      referredOn: view.today as string | null,
    },
    schema: ReferralBody,
    toBody: (values) => ({ ...values, personId: values.personId === WHOLE_FAMILY ? null : values.personId }),
    mutation: useAddReferral(view.engagement.id),
    fields: referralFields,
    saved: t('partners.referrals.saved'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm state={state} submitLabel={t('partners.referrals.submit')} onCancel={onDone}>
      <Select
        label={t('partners.referrals.person')}
        data={[
          { value: WHOLE_FAMILY, label: t('partners.referrals.wholeFamily') },
          ...view.members.map((member) => ({ value: member.personId, label: member.name })),
        ]}
        required
        withAsterisk
        allowDeselect={false}
        data-autofocus
        {...form.getInputProps('personId')}
      />
      <InstitutionSelect
        label={t('partners.referrals.institution')}
        placeholder={t('partners.institution.placeholder')}
        required
        withAsterisk
        onInstitution={(institution) => setServices(institution?.services ?? [])}
        {...form.getInputProps('institutionId')}
      />
      <Autocomplete
        label={t('partners.referrals.service')}
        description={services.length > 0 ? t('partners.referrals.serviceHint') : undefined}
        data={services}
        required
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('service')}
      />
      <DateField
        label={t('partners.referrals.referredOn')}
        required
        withAsterisk
        maxDate={view.today}
        maw={{ sm: 240 }}
        {...form.getInputProps('referredOn')}
      />
    </DialogForm>
  );
}

/** What came of a referral: whether the person went, and what the institution did. */
export function ReferralOutcomeForm({
  engagementId,
  referral,
  onDone,
}: {
  engagementId: string;
  referral: Referral;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { statuses } = usePartnerOptions();
  const state = useEngagementForm({
    initialValues: { status: referral.status, outcome: referral.outcome ?? '' },
    schema: ReferralOutcomeBody.omit({ version: true }),
    toBody: (values) => values,
    mutation: useRecordReferralOutcome(engagementId, referral),
    fields: ['status', 'outcome'],
    saved: t('partners.referrals.outcomeSaved'),
    conflictNote: t('partners.reloaded'),
    onDone,
  });
  const { form } = state;

  return (
    <DialogForm
      state={state}
      submitLabel={t('partners.referrals.outcomeSubmit')}
      onCancel={onDone}
      intro={t('partners.referrals.outcomeIntro', {
        person: referral.person?.name ?? t('partners.referrals.wholeFamily'),
        institution: referral.institution.name,
        service: referral.service,
      })}
    >
      <Select
        label={t('partners.referrals.status')}
        data={statuses}
        required
        withAsterisk
        allowDeselect={false}
        data-autofocus
        maw={{ sm: 320 }}
        {...form.getInputProps('status')}
      />
      <Textarea
        label={t('partners.referrals.outcomeText')}
        description={t('partners.referrals.outcomeHint')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('outcome')}
      />
    </DialogForm>
  );
}
