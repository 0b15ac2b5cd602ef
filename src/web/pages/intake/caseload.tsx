import { Badge, Group, Loader, Paper, Progress, Radio, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Caseload } from '../../../contract/intake';
import { useCaseloads } from '../../api/intake';
import { QueryError } from '../../components/QueryError';

type CaseloadState = Caseload['state'];

const stateColor: Record<CaseloadState, string> = { ok: 'asysta', warning: 'orange', full: 'red' };

/** How full an assistant's list is, as a bar coloured by its state; the numbers are written next to it. */
export function CaseloadBar({ caseload, width }: { caseload: Caseload; width?: number | string }) {
  const value = Math.min(100, (caseload.active / caseload.limit) * 100);
  return (
    <Progress value={value} color={stateColor[caseload.state]} size="md" radius="xl" w={width} aria-hidden />
  );
}

export function CaseloadStateBadge({ state }: { state: CaseloadState }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColor[state]} variant="light" tt="none" radius="sm">
      {t(`requests.caseloadState.${state}`)}
    </Badge>
  );
}

/** "aktywne rodziny 3 / 15". */
export function useCaseloadText() {
  const { t } = useTranslation();
  return (caseload: Caseload) =>
    t('requests.caseloadCount', { active: caseload.active, limit: caseload.limit });
}

/** The loads, or why they cannot be shown: a spinner while loading, the error with a retry. */
function WithCaseloads({ children }: { children: (items: Caseload[]) => ReactNode }) {
  const { t } = useTranslation();
  const caseloads = useCaseloads();
  if (caseloads.isPending) {
    return (
      <Group justify="center" py="md">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Group>
    );
  }
  if (caseloads.isError) {
    return <QueryError error={caseloads.error} onRetry={() => void caseloads.refetch()} />;
  }
  if (caseloads.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('requests.noAssistants')}
      </Text>
    );
  }
  return children(caseloads.data.items);
}

interface PickerProps {
  label: string;
  description?: string;
  value: string;
  onChange: (assistantId: string) => void;
  error?: ReactNode;
  /** The assistant who has the family now: not offered again. */
  excludeId?: string;
}

/**
 * Choosing an assistant: each one with their number of families against the limit and a bar;
 * assistants with a full list cannot be chosen.
 */
export function AssistantPicker({ label, description, value, onChange, error, excludeId }: PickerProps) {
  const { t } = useTranslation();
  const loadText = useCaseloadText();
  return (
    <Radio.Group label={label} description={description} value={value} onChange={onChange} error={error}>
      <Stack gap="xs" mt="xs">
        <WithCaseloads>
          {(items) =>
            items
              .filter((caseload) => caseload.assistant.id !== excludeId)
              .map((caseload) => {
                const full = caseload.state === 'full';
                return (
                  <Paper
                    key={caseload.assistant.id}
                    withBorder
                    p="sm"
                    bg={value === caseload.assistant.id ? 'var(--mantine-color-asysta-0)' : undefined}
                  >
                    <Group justify="space-between" wrap="nowrap" gap="md" align="center">
                      <Radio
                        value={caseload.assistant.id}
                        disabled={full}
                        // Marked so that a failed submit moves focus to the first assistant that can be chosen.
                        aria-invalid={error && !full ? true : undefined}
                        error={Boolean(error) && !full}
                        label={caseload.assistant.name}
                        description={
                          full
                            ? `${loadText(caseload)} · ${t('requests.caseloadFullHint')}`
                            : loadText(caseload)
                        }
                        style={{ flex: 1 }}
                      />
                      <Stack gap={4} align="flex-end" w={{ base: 100, xs: 140 }} style={{ flexShrink: 0 }}>
                        <CaseloadStateBadge state={caseload.state} />
                        <CaseloadBar caseload={caseload} width="100%" />
                      </Stack>
                    </Group>
                  </Paper>
                );
              })
          }
        </WithCaseloads>
      </Stack>
    </Radio.Group>
  );
}

/** The team's load at a glance: every assistant, their families against the limit, and the state. */
export function CaseloadTable() {
  const { t } = useTranslation();
  return (
    <WithCaseloads>
      {(items) => (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.colAssistant')}</Table.Th>
                <Table.Th ta="right">{t('requests.colActive')}</Table.Th>
                <Table.Th w="35%">{t('requests.colLoad')}</Table.Th>
                <Table.Th>{t('requests.colState')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((caseload) => (
                <Table.Tr key={caseload.assistant.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {caseload.assistant.name}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      {caseload.active} / {caseload.limit}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CaseloadBar caseload={caseload} />
                  </Table.Td>
                  <Table.Td>
                    <CaseloadStateBadge state={caseload.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </WithCaseloads>
  );
}
