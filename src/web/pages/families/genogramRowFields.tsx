import {
  Checkbox,
  Fieldset,
  Grid,
  NumberInput,
  type NumberInputProps,
  Select,
  TextInput,
} from '@mantine/core';
import type { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sexes } from '../../../contract/people';
import { emotionalTies, parentageKinds, partnershipKinds } from '../../../domain/genogram';
import type { GenogramValues, PersonRow, RelationRow } from './genogramForm';
import { type RelationKind, relationKinds, useRelationTypeLabels } from './genogramLabels';

export type GenogramForm = ReturnType<typeof useForm<GenogramValues>>;
/** Everyone a relation can name, in groups (the members, the people added). */
export type PersonOptions = { group: string; items: { value: string; label: string }[] }[];

/** A year, typed: no arrows to step through a century. */
function YearInput(props: NumberInputProps) {
  return (
    <NumberInput
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      hideControls
      inputMode="numeric"
      maxLength={4}
      autoComplete="off"
      {...props}
    />
  );
}

/** One row of the editor, numbered, so that a long list stays easy to follow (and to name). */
function RowFieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} variant="filled" p="sm" pt={4}>
      {children}
    </Fieldset>
  );
}

/** One person beyond the family: name, sex, years of birth and death. */
export function PersonFields({ form, row, index }: { form: GenogramForm; row: PersonRow; index: number }) {
  const { t } = useTranslation();
  const path = `people.${index}`;
  const deathYear = form.getInputProps(`${path}.deathYear`);
  return (
    <RowFieldset legend={t('genogram.editor.personLegend', { number: index + 1 })}>
      <Grid gutter="sm">
        {(['firstName', 'lastName'] as const).map((field) => (
          <Grid.Col key={field} span={{ base: 12, sm: 6, md: 3 }}>
            <TextInput
              label={t(`genogram.editor.${field}`)}
              required
              withAsterisk
              autoComplete="off"
              {...form.getInputProps(`${path}.${field}`)}
            />
          </Grid.Col>
        ))}
        <Grid.Col span={{ base: 12, sm: 4, md: 2 }}>
          <Select
            label={t('genogram.editor.sex')}
            placeholder={t('genogram.editor.sexUnknown')}
            data={sexes.map((value) => ({ value, label: t(`families.sexes.${value}`) }))}
            clearable
            {...form.getInputProps(`${path}.sex`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
          <YearInput label={t('genogram.editor.birthYear')} {...form.getInputProps(`${path}.birthYear`)} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
          <YearInput
            label={t('genogram.editor.deathYear')}
            {...deathYear}
            // A year of death says the person has died.
            onChange={(value) => {
              deathYear.onChange(value);
              if (value !== '') form.setFieldValue(`${path}.deceased`, true);
            }}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Checkbox
            label={t(`genogram.editor.deceased.${row.sex ?? ('unknown' as const)}`)}
            {...form.getInputProps(`${path}.deceased`, { type: 'checkbox' })}
          />
        </Grid.Col>
      </Grid>
    </RowFieldset>
  );
}

function useTypeOptions(): Record<RelationKind, { value: string; label: string }[]> {
  const labels = useRelationTypeLabels();
  return {
    partnership: partnershipKinds.map((value) => ({ value, label: labels.partnership(value) })),
    parentage: parentageKinds.map((value) => ({ value, label: labels.parentage(value) })),
    sibling: [],
    emotional: emotionalTies.map((value) => ({ value, label: labels.emotional(value) })),
  };
}

/** What the two people of a relation are called: a parent and a child, who uses violence against whom. */
function useEndLabels() {
  const { t } = useTranslation();
  return ({ kind, type }: RelationRow): [string, string] => {
    if (kind === 'parentage') return [t('genogram.editor.parent'), t('genogram.editor.child')];
    if (kind === 'emotional' && type === 'violence') {
      return [t('genogram.editor.perpetrator'), t('genogram.editor.victim')];
    }
    return [t('genogram.editor.personA'), t('genogram.editor.personB')];
  };
}

/** One relation: its kind and type, the two people, and for a couple the years. */
export function RelationFields({
  form,
  row,
  index,
  people,
}: {
  form: GenogramForm;
  row: RelationRow;
  index: number;
  people: PersonOptions;
}) {
  const { t } = useTranslation();
  const typeOptions = useTypeOptions();
  const endLabels = useEndLabels();
  const [fromLabel, toLabel] = endLabels(row);
  const path = `relations.${index}`;
  const person = { data: people, required: true, withAsterisk: true };
  const year = { span: { base: 6, md: 3 } };

  /** Another kind of relation starts with its first type. */
  const changeKind = (kind: string | null) => {
    const chosen = relationKinds.find((value) => value === kind);
    if (!chosen || chosen === row.kind) return;
    form.setFieldValue(path, { ...row, kind: chosen, type: typeOptions[chosen][0]?.value ?? null });
  };

  return (
    <RowFieldset legend={t('genogram.editor.relationLegend', { number: index + 1 })}>
      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t('genogram.editor.kind')}
            data={relationKinds.map((value) => ({ value, label: t(`genogram.editor.kinds.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps(`${path}.kind`)}
            onChange={changeKind}
          />
        </Grid.Col>
        {row.kind !== 'sibling' && (
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Select
              label={t('genogram.editor.type')}
              data={typeOptions[row.kind]}
              allowDeselect={false}
              required
              withAsterisk
              {...form.getInputProps(`${path}.type`)}
            />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select label={fromLabel} {...person} {...form.getInputProps(`${path}.from`)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select label={toLabel} {...person} {...form.getInputProps(`${path}.to`)} />
        </Grid.Col>
        {row.kind === 'partnership' && (
          <>
            <Grid.Col {...year}>
              <YearInput label={t('genogram.editor.since')} {...form.getInputProps(`${path}.since`)} />
            </Grid.Col>
            <Grid.Col {...year}>
              <YearInput label={t('genogram.editor.until')} {...form.getInputProps(`${path}.until`)} />
            </Grid.Col>
          </>
        )}
      </Grid>
    </RowFieldset>
  );
}
