import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApproveEngagementRequestBody, RejectEngagementRequestBody } from '../../../contract/engagements';
import {
  type PendingRequest,
  useApproveEngagementRequest,
  useRejectEngagementRequest,
} from '../../api/decisions';
import { AppModal } from '../../components/AppModal';
import { DecisionForm } from './DecisionForm';

const staleCodes = ['conflict', 'request_already_decided'];

export type RequestDecision = 'approve' | 'reject';

function ApproveForm({ request, onDone }: { request: PendingRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const approve = useApproveEngagementRequest();
  const family = { name: request.family.name, number: request.family.caseNumber };
  const isClosure = request.kind === 'closure';
  return (
    <DecisionForm
      target={request}
      schema={ApproveEngagementRequestBody}
      mutation={approve}
      staleCodes={staleCodes}
      intro={
        <Text size="sm">
          {isClosure
            ? t('decisions.approveClosureIntro', { ...family, assistant: request.assistant.name })
            : t('decisions.approveExtensionIntro', { ...family, months: request.months ?? 0 })}
        </Text>
      }
      noteLabel={t('decisions.note')}
      noteHint={t('decisions.noteHint')}
      submitLabel={t('decisions.submitApprove')}
      doneMessage={t(isClosure ? 'decisions.approvedClosure' : 'decisions.approvedExtension', {
        family: request.family.name,
      })}
      onDone={onDone}
    />
  );
}

function RejectForm({ request, onDone }: { request: PendingRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectEngagementRequest();
  return (
    <DecisionForm
      target={request}
      schema={RejectEngagementRequestBody}
      mutation={reject}
      staleCodes={staleCodes}
      intro={
        <Text size="sm">
          {t('decisions.rejectIntro', { name: request.family.name, number: request.family.caseNumber })}
        </Text>
      }
      noteLabel={t('decisions.rejectReason')}
      required
      submitLabel={t('decisions.submitReject')}
      color="red"
      doneMessage={t('decisions.rejectedDone', { family: request.family.name })}
      onDone={onDone}
    />
  );
}

interface ModalProps {
  request: PendingRequest | null;
  decision: RequestDecision;
  opened: boolean;
  onClose: () => void;
}

/** Approving or rejecting an extension or a closure; a rejection needs its reason. */
export function RequestDecisionModal({ request, decision, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened && request !== null}
      onClose={onClose}
      title={t(decision === 'approve' ? 'decisions.approveTitle' : 'decisions.rejectTitle')}
    >
      {request &&
        (decision === 'approve' ? (
          <ApproveForm key={request.id} request={request} onDone={onClose} />
        ) : (
          <RejectForm key={request.id} request={request} onDone={onClose} />
        ))}
    </AppModal>
  );
}
