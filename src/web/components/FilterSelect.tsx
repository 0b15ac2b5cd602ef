import { Select } from '@mantine/core';
import { useState } from 'react';

/** The value of a list filter's first choice: no filtering on that field. */
const ALL = 'all';

/** The state of one FilterSelect (from `useFilterChoice`). */
export interface FilterChoice {
  /** `all` or one of the options' values. */
  value: string;
  /** The picked value, or null for "all": what a list endpoint takes. */
  selected: string | null;
  pick: (value: string) => void;
  /** Back to "all", when the filters are cleared. */
  clear: () => void;
}

/** Every select filter starts at "all", sends null for it and goes back to it when cleared. */
export function useFilterChoice(): FilterChoice {
  const [value, setValue] = useState(ALL);
  return { value, selected: value === ALL ? null : value, pick: setValue, clear: () => setValue(ALL) };
}

interface Props {
  choice: FilterChoice;
  label: string;
  /** The text of the first choice, e.g. "All roles". */
  allLabel: string;
  options: { value: string; label: string }[];
  /** The field's starting width in the filter row, e.g. `200px`; it grows to fill the row. */
  basis: string;
  searchable?: boolean;
}

/** A list filter that picks one value or "all", and can never be left empty. */
export function FilterSelect({ choice, label, allLabel, options, basis, searchable }: Props) {
  return (
    <Select
      label={label}
      data={[{ value: ALL, label: allLabel }, ...options]}
      value={choice.value}
      onChange={(next) => choice.pick(next ?? ALL)}
      allowDeselect={false}
      searchable={searchable}
      style={{ flex: `1 1 ${basis}` }}
    />
  );
}
