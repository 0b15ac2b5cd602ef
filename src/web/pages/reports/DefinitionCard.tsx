import {
  ActionIcon,
  Box,
  Button,
  Card,
  type ComboboxItemGroup,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type Icon, IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ReportDefinition,
  type ReportMetric,
  UpdateReportDefinitionBody,
} from '../../../contract/reports';
import { reportMetrics } from '../../../domain/report-definition';
import { problemCode } from '../../api/errors';
import { useReportDefinition, useSaveReportDefinition } from '../../api/reports';
import { FormWithFailure } from '../../components/FormWithFailure';
import { WithQuery } from '../../components/WithQuery';
import { validateWithPaths } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

/** The part of a report a figure comes from, for grouping the choices. */
type MetricGroup = 'staff' | 'families' | 'closures' | 'contacts';
const groupOf = (metric: ReportMetric): MetricGroup => {
  if (metric.startsWith('assistants.')) return 'staff';
  if (metric.startsWith('families.') || metric === 'children') return 'families';
  if (metric === 'contacts') return 'contacts';
  return 'closures';
};
const groups: MetricGroup[] = ['staff', 'families', 'closures', 'contacts'];

/** The figures to choose from, with their Polish descriptions, grouped as the report's cards. */
function useMetricOptions(): ComboboxItemGroup[] {
  const { t } = useTranslation();
  return groups.map((group) => ({
    group: t(`reports.${group}.title`),
    items: reportMetrics
      .filter((metric) => groupOf(metric) === group)
      .map((metric) => ({ value: metric, label: t(`reports.metrics.${metric}`) })),
  }));
}

interface Row {
  key: string;
  label: string;
  metric: string | null;
}

let nextKey = 0;
const rowKey = () => `row-${++nextKey}`;

/** A row's icon button, named (and titled, for the mouse) by what it does to which row. */
function RowButton({
  label,
  icon: ButtonIcon,
  color = 'gray',
  disabled,
  onClick,
}: {
  label: string;
  icon: Icon;
  color?: 'gray' | 'red';
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <ActionIcon
      variant="subtle"
      color={color}
      size="lg"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <ButtonIcon size={18} aria-hidden />
    </ActionIcon>
  );
}

function DefinitionForm({ definition, onDone }: { definition: ReportDefinition; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveReportDefinition();
  const options = useMetricOptions();
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<{ rows: Row[] }>({
    mode: 'controlled',
    initialValues: { rows: definition.rows.map((row) => ({ ...row, key: rowKey() })) },
    validate: (values) =>
      validateWithPaths(UpdateReportDefinitionBody, {
        rows: bodyRows(values.rows),
        version: definition.version,
      }),
  });
  const rows = form.values.rows;
  const fields = ['rows', ...rows.flatMap((_, index) => [`rows.${index}.label`, `rows.${index}.metric`])];
  const failure = useFormFailure(form, fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    // The version as stored now: after a conflict the definition reloaded, and this saves over it.
    save.mutate(
      UpdateReportDefinitionBody.parse({ rows: bodyRows(values.rows), version: definition.version }),
      {
        onSuccess: () => {
          notifications.show({ color: 'asysta', message: t('reports.definition.saved') });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          if (problemCode(error) === 'conflict') setReloaded(true);
        },
      },
    );
  }, failure.focusInvalid);

  const rowsError = form.errors.rows;
  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('reports.definition.reloaded') : undefined}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" visibleFrom="sm" aria-hidden>
          <Box w={32} />
          <Text size="sm" fw={600} style={{ flex: 1 }}>
            {t('reports.definition.colLabel')}
          </Text>
          <Text size="sm" fw={600} w={400}>
            {t('reports.definition.colMetric')}
          </Text>
          <Box w={3 * 34} />
        </Group>
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <Group key={row.key} gap="xs" align="flex-start" wrap="wrap">
              <Text size="sm" c="dimmed" w={32} pt={8} ta="right" aria-hidden>
                {n}.
              </Text>
              <TextInput
                aria-label={t('reports.definition.rowLabel', { n })}
                autoComplete="off"
                style={{ flex: '1 1 280px' }}
                {...form.getInputProps(`rows.${index}.label`)}
              />
              <Select
                aria-label={t('reports.definition.rowMetric', { n })}
                data={options}
                searchable
                allowDeselect={false}
                w={{ base: '100%', sm: 400 }}
                {...form.getInputProps(`rows.${index}.metric`)}
              />
              <Group gap={2} wrap="nowrap">
                <RowButton
                  label={t('reports.definition.moveUp', { n })}
                  icon={IconArrowUp}
                  disabled={index === 0}
                  onClick={() => form.reorderListItem('rows', { from: index, to: index - 1 })}
                />
                <RowButton
                  label={t('reports.definition.moveDown', { n })}
                  icon={IconArrowDown}
                  disabled={index === rows.length - 1}
                  onClick={() => form.reorderListItem('rows', { from: index, to: index + 1 })}
                />
                <RowButton
                  label={t('reports.definition.remove', { n })}
                  icon={IconTrash}
                  color="red"
                  disabled={rows.length === 1}
                  onClick={() => form.removeListItem('rows', index)}
                />
              </Group>
            </Group>
          );
        })}
        {rowsError && (
          <Text size="sm" c="red" role="alert">
            {rowsError}
          </Text>
        )}
      </Stack>
      <Group justify="space-between">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= 100}
          onClick={() => form.insertListItem('rows', { key: rowKey(), label: '', metric: null })}
        >
          {t('reports.definition.add')}
        </Button>
        <Group>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('reports.definition.save')}
          </Button>
        </Group>
      </Group>
    </FormWithFailure>
  );
}

const bodyRows = (rows: Row[]) => rows.map((row) => ({ label: row.label.trim(), metric: row.metric }));

/** The definition as it is: each row's text and the figure it shows. */
function DefinitionTable({ definition }: { definition: ReportDefinition }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="1%">{t('reports.state.colNumber')}</Table.Th>
            <Table.Th>{t('reports.definition.colLabel')}</Table.Th>
            <Table.Th>{t('reports.definition.colMetric')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {definition.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their order is the definition
            <Table.Tr key={index}>
              <Table.Td c="dimmed">{index + 1}.</Table.Td>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td c="dimmed">{t(`reports.metrics.${row.metric}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** For the administrator: which figure each row of the state's report shows, and changing that. */
export function DefinitionCard() {
  const { t } = useTranslation();
  const definition = useReportDefinition(true);
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Stack gap={4}>
          <Title order={3} fz="h4" id={headingId}>
            {t('reports.definition.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.definition.subtitle')}
          </Text>
          {definition.data && (
            <Text size="xs" c="dimmed">
              {definition.data.version === null
                ? t('reports.definition.builtIn')
                : t('reports.definition.version', { version: definition.data.version })}
            </Text>
          )}
        </Stack>
        {!editing && definition.data && (
          <Button
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('reports.definition.edit')}
          </Button>
        )}
      </Group>
      <WithQuery query={definition}>
        {(data) =>
          editing ? (
            <DefinitionForm definition={data} onDone={() => setEditing(false)} />
          ) : (
            <DefinitionTable definition={data} />
          )
        }
      </WithQuery>
    </Card>
  );
}
