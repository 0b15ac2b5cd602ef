import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import { Section } from '../../components/Section';
import { ReferralTable } from '../partners/ReferralTable';

/** The family's referrals to institutions' services, from every engagement, newest first. */
export function ReferralsTab({ family }: { family: FamilyFile }) {
  const { t } = useTranslation();
  return (
    <Section title={t('partners.referrals.familyTitle')} headingId="family-referrals">
      <ReferralTable referrals={family.referrals} labelledBy="family-referrals" />
      <Text size="sm" c="dimmed" mt="md">
        {t('partners.referrals.familyHint')}
      </Text>
    </Section>
  );
}
