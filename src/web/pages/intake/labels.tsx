import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementStatus, LegalBasis, RequestStatus } from '../../../contract/intake';
import { useFormatters } from '../../lib/format';

const requestStatusColor: Record<RequestStatus, string> = {
  pending: 'yellow',
  approved: 'green',
  rejected: 'red',
};

const engagementStatusColor: Record<EngagementStatus, string> = {
  assigned: 'blue',
  diagnosis: 'cyan',
  implementation: 'asysta',
  monitoring: 'grape',
  closure_requested: 'orange',
  closed: 'gray',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={requestStatusColor[status]} variant="light" tt="none" radius="sm">
      {t(`intake.requestStatus.${status}`)}
    </Badge>
  );
}

export function EngagementStatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={engagementStatusColor[status]} variant="light" tt="none" radius="sm">
      {t(`intake.engagementStatus.${status}`)}
    </Badge>
  );
}

/** The legal basis of a request in words, e.g. "Zgoda rodziny z 02.03.2026, podpisał(a): Anna Kowalska". */
export function useLegalBasisText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (basis: LegalBasis): string => {
    switch (basis.kind) {
      case 'consent':
        return t('intake.basisText.consent', { date: format.date(basis.consentDate), name: basis.signedBy });
      case 'court_order':
        return t('intake.basisText.court_order', {
          court: basis.court,
          signature: basis.caseSignature,
          date: format.date(basis.rulingDate),
        });
      case 'minor_parent':
        return t('intake.basisText.minor_parent');
    }
  };
}
