import { Loader, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/** The state of one SearchFilter (from `useSearchFilter`). */
export interface SearchText {
  /** What is typed in the field. */
  typed: string;
  /** What the list is asked for: trimmed, once typing pauses. */
  query: string;
  type: (text: string) => void;
  /** Empties the field, when the filters are cleared. */
  clear: () => void;
}

/** A list's search text: the list is asked again only once typing pauses. */
export function useSearchFilter(): SearchText {
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 300);
  return { typed, query: debounced.trim(), type: setTyped, clear: () => setTyped('') };
}

interface Props {
  search: SearchText;
  label: string;
  placeholder: string;
  /** True while the list reloads for what was typed: a spinner shows in the field. */
  busy: boolean;
}

/** The first field of a list's FilterBar: words to look for. */
export function SearchFilter({ search, label, placeholder, busy }: Props) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      value={search.typed}
      onChange={(event) => search.type(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={busy ? <Loader size={14} /> : null}
      style={{ flex: '1 1 280px' }}
    />
  );
}
