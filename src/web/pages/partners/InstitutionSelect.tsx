import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../contract/partners';
import { useInstitutionChoices } from '../../api/partners';
import { withCurrent } from '../families/familyFields';

type Named = { id: string; name: string };

interface Props
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> {
  value?: string | null;
  onChange: (id: string | null) => void;
  /** The institution the record names now: offered even when retired or not among the matches. */
  current?: Named | null;
  /** The chosen institution's entry in the directory, for what it offers. */
  onInstitution?: (institution: Institution | null) => void;
}

/**
 * Picks an institution of the office's directory, searched by name as one types (the server
 * matches words and ignores accents); retired ones are not offered.
 */
export function InstitutionSelect({
  value = null,
  onChange,
  current = null,
  onInstitution,
  ...props
}: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Named | null>(current);
  const [search, setSearch] = useState(current?.name ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  // Once chosen, the name in the field is no search: every institution is offered again.
  const choices = useInstitutionChoices(debounced === chosen?.name ? '' : debounced.trim());
  const found = choices.data ?? [];
  const options = withCurrent(
    found.map((institution) => ({ value: institution.id, label: institution.name })),
    chosen && chosen.id === value ? [chosen] : [],
  );

  const pick = (id: string | null) => {
    const institution = found.find((item) => item.id === id) ?? null;
    setChosen(institution ?? (id === chosen?.id ? chosen : null));
    onChange(id);
    onInstitution?.(institution);
  };

  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={pick}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already chosen the matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={choices.isFetching ? t('app.loading') : t('partners.institution.nothingFound')}
      rightSection={choices.isFetching ? <Loader size={14} /> : undefined}
    />
  );
}
