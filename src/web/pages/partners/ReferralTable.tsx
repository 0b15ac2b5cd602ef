import { Button, Text } from '@mantine/core';
import { IconClipboardCheck, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../contract/partners';
import { EmptyState } from '../../components/EmptyState';
import { type Column, ColumnTable } from '../../components/PagedTable';
import { useFormatters } from '../../lib/format';
import { ReferralStatusBadge } from './labels';

const rowId = (referral: Referral) => `referral-${referral.id}`;

function useColumns(onOutcome?: (referral: Referral) => void): Column<Referral>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns: Column<Referral>[] = [
    {
      header: t('partners.referrals.colPerson'),
      cell: (referral) => (
        <Text size="sm" fw={500} id={rowId(referral)}>
          {referral.person?.name ?? t('partners.referrals.wholeFamily')}
        </Text>
      ),
    },
    {
      header: t('partners.referrals.colInstitution'),
      cell: (referral) => <Text size="sm">{referral.institution.name}</Text>,
    },
    {
      header: t('partners.referrals.colService'),
      cell: (referral) => <Text size="sm">{referral.service}</Text>,
    },
    {
      header: t('partners.referrals.colDate'),
      cell: (referral) => <Text size="sm">{format.date(referral.referredOn)}</Text>,
    },
    {
      header: t('partners.referrals.colStatus'),
      cell: (referral) => <ReferralStatusBadge status={referral.status} />,
    },
    {
      header: t('partners.referrals.colOutcome'),
      cellProps: { maw: 320 },
      cell: (referral) => (
        <Text size="sm" c={referral.outcome ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
          {referral.outcome ?? '—'}
        </Text>
      ),
    },
  ];
  if (!onOutcome) return columns;
  return [
    ...columns,
    {
      header: t('common.actions'),
      align: 'right',
      cellProps: { w: '1%' },
      cell: (referral) => (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconClipboardCheck size={14} aria-hidden />}
          aria-describedby={rowId(referral)}
          onClick={() => onOutcome(referral)}
          style={{ whiteSpace: 'nowrap' }}
        >
          {t('partners.referrals.outcome')}
        </Button>
      ),
    },
  ];
}

/**
 * Referrals of the family's members to institutions' services: whom, where, what for, when, and
 * what came of it; with `onOutcome`, a button to record that.
 */
export function ReferralTable({
  referrals,
  labelledBy,
  onOutcome,
}: {
  referrals: Referral[];
  /** The id of the heading naming the table. */
  labelledBy: string;
  onOutcome?: (referral: Referral) => void;
}) {
  const { t } = useTranslation();
  const columns = useColumns(onOutcome);
  if (referrals.length === 0) {
    return <EmptyState icon={<IconSend size={24} />} text={t('partners.referrals.empty')} />;
  }
  return (
    <ColumnTable
      items={referrals}
      columns={columns}
      rowKey={(referral) => referral.id}
      minWidth={onOutcome ? 1000 : 880}
      labelledBy={labelledBy}
      stackOnPhone
    />
  );
}
