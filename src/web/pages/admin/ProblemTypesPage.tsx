import { Badge, Button, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconListDetails, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemType } from '../../../contract/office';
import { useProblemTypes, useUpdateProblemType } from '../../api/office';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { errorMessage } from '../../lib/forms';
import { usePageTitle } from '../../lib/usePageTitle';
import { ProblemTypeModal } from './ProblemTypeModal';

type Dialog = { kind: 'add' } | { kind: 'rename'; id: string } | null;

/** The office's dictionary of family problems: add, rename, retire and restore. */
export function ProblemTypesPage() {
  const { t } = useTranslation();
  usePageTitle(t('office.problems.pageTitle'));
  const problems = useProblemTypes();
  const update = useUpdateProblemType();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const items = problems.data ?? [];
  // Looked up on every render: after a reload the dialog works on the current version.
  const renaming = dialog?.kind === 'rename' ? (items.find((item) => item.id === dialog.id) ?? null) : null;

  const open = (next: Exclude<Dialog, null>) => {
    setDialog(next);
    setDialogOpen(true);
  };

  const setActive = (problem: ProblemType, active: boolean) =>
    update.mutate(
      { id: problem.id, version: problem.version, active },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'asysta',
            message: active
              ? t('office.problems.restoredDone', { name: saved.name })
              : t('office.problems.retiredDone', { name: saved.name }),
          }),
        onError: (error) => {
          notifications.show({ color: 'red', message: errorMessage(error, t) });
          void problems.refetch();
        },
      },
    );

  return (
    <Stack gap={0} maw={900}>
      <PageHeader
        title={t('office.problems.title')}
        subtitle={t('office.problems.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'add' })}>
            {t('office.problems.add')}
          </Button>
        }
      />

      {problems.isError && !problems.data ? (
        <QueryError error={problems.error} onRetry={() => void problems.refetch()} />
      ) : (
        <Card p={0}>
          {problems.isPending ? (
            <Group justify="center" py="xl">
              <Loader aria-label={t('app.loading')} />
            </Group>
          ) : items.length === 0 ? (
            <EmptyState icon={<IconListDetails size={24} />} text={t('office.problems.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('office.problems.colName')}</Table.Th>
                    <Table.Th>{t('office.problems.colStatus')}</Table.Th>
                    <Table.Th ta="right">{t('office.problems.colActions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((problem) => {
                    const nameId = `problem-name-${problem.id}`;
                    const busy = update.isPending && update.variables?.id === problem.id;
                    return (
                      <Table.Tr key={problem.id}>
                        <Table.Td>
                          <Text size="sm" fw={500} id={nameId} c={problem.active ? undefined : 'dimmed'}>
                            {problem.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            color={problem.active ? 'green' : 'gray'}
                            variant="light"
                            tt="none"
                            radius="sm"
                          >
                            {problem.active ? t('office.problems.active') : t('office.problems.retired')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" justify="flex-end" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              leftSection={<IconPencil size={14} aria-hidden />}
                              aria-describedby={nameId}
                              onClick={() => open({ kind: 'rename', id: problem.id })}
                            >
                              {t('office.problems.rename')}
                            </Button>
                            {problem.active ? (
                              <Button
                                size="xs"
                                variant="default"
                                color="red"
                                leftSection={<IconArchive size={14} aria-hidden />}
                                aria-describedby={nameId}
                                loading={busy}
                                onClick={() => setActive(problem, false)}
                              >
                                {t('office.problems.retire')}
                              </Button>
                            ) : (
                              <Button
                                size="xs"
                                variant="default"
                                leftSection={<IconArrowBackUp size={14} aria-hidden />}
                                aria-describedby={nameId}
                                loading={busy}
                                onClick={() => setActive(problem, true)}
                              >
                                {t('office.problems.restore')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}

      <Text size="sm" c="dimmed" mt="md">
        {t('office.problems.retiredNote')}
      </Text>

      <ProblemTypeModal
        problem={renaming}
        adding={dialog?.kind === 'add'}
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
      />
    </Stack>
  );
}
