import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { warsawDate } from '../../../domain/calendar';
import type { ExportFormat } from '../../api/reports';
import { DownloadButton } from '../../components/DownloadButton';
import { reportYears } from './period';

/** A labelled SegmentedControl: its radio group named by the text above it. */
function Segments({
  label,
  value,
  onChange,
  data,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  data: { value: string; label: string }[];
}) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} value={value} onChange={onChange} data={data} />
    </Stack>
  );
}

interface Props {
  /** The year or half-year choice; left out where only a half-year makes sense. */
  kind?: { value: 'year' | 'half'; onChange: (kind: 'year' | 'half') => void };
  year: number;
  onYear: (year: number) => void;
  /** Shown for a half-year. */
  half: { value: 1 | 2; onChange: (half: 1 | 2) => void } | null;
}

/** The report's period: „Rok / Półrocze”, the year (back to 2010) and which half. */
export function PeriodControls({ kind, year, onYear, half }: Props) {
  const { t } = useTranslation();
  const years = reportYears(Number(warsawDate().slice(0, 4)));
  return (
    <Group align="flex-end" gap="lg">
      {kind && (
        <Segments
          label={t('reports.periodKind')}
          value={kind.value}
          onChange={(value) => kind.onChange(value === 'half' ? 'half' : 'year')}
          data={[
            { value: 'year', label: t('reports.kindYear') },
            { value: 'half', label: t('reports.kindHalf') },
          ]}
        />
      )}
      <Select
        label={t('reports.year')}
        data={years.map((value) => String(value))}
        value={String(year)}
        onChange={(value) => value && onYear(Number(value))}
        allowDeselect={false}
        w={140}
      />
      {half && (
        <Segments
          label={t('reports.whichHalf')}
          value={String(half.value)}
          onChange={(value) => half.onChange(value === '2' ? 2 : 1)}
          data={[
            { value: '1', label: t('reports.half1') },
            { value: '2', label: t('reports.half2') },
          ]}
        />
      )}
    </Group>
  );
}

/** „Pobierz XLSX” and „Pobierz CSV”. */
export function ExportLinks({ href }: { href: (format: ExportFormat) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <DownloadButton
        href={href('xlsx')}
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
      >
        {t('reports.downloadXlsx')}
      </DownloadButton>
      <DownloadButton
        href={href('csv')}
        variant="default"
        leftSection={<IconFileTypeCsv size={18} aria-hidden />}
      >
        {t('reports.downloadCsv')}
      </DownloadButton>
    </Group>
  );
}
