import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, EngagementView, Responsible } from '../../../contract/engagements';
import { diagnosisAreas } from '../../../domain/diagnosis';

const actionStatusColor: Record<ActionStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'green',
  not_done: 'orange',
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={actionStatusColor[status]} variant="light" tt="none" radius="sm">
      {t(`engagement.actionStatus.${status}`)}
    </Badge>
  );
}

/** The areas of the family's life as select options. */
export function useAreaOptions() {
  const { t } = useTranslation();
  return diagnosisAreas.map((value) => ({ value, label: t(`engagement.areas.${value}`) }));
}

/** Who carries out an action, in words: a member by name, the assistant, an institution… */
export function useResponsibleText(members: EngagementView['members']) {
  const { t } = useTranslation();
  return (responsible: Responsible): string => {
    switch (responsible.kind) {
      case 'member':
        return (
          members.find((member) => member.personId === responsible.personId)?.name ??
          t('engagement.responsible.formerMember')
        );
      case 'assistant':
        return t('engagement.responsible.assistant');
      case 'social_worker':
        return t('engagement.responsible.social_worker');
      case 'institution':
        return responsible.name;
    }
  };
}
