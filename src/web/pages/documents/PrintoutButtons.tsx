import { Group } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintoutFormat } from '../../../contract/documents';
import { DownloadButton } from '../../components/DownloadButton';

const formats = [
  { format: 'pdf', variant: 'light', icon: IconFileTypePdf },
  { format: 'docx', variant: 'default', icon: IconFileTypeDocx },
] as const;

interface Props {
  /** What the printout is, for the links' names: „Plan pracy z rodziną — PDF”. */
  title: string;
  /** Which one, when a page lists several of the kind: a date, a court and its case. */
  detail?: string;
  href: (format: PrintoutFormat) => string;
}

/** The two downloads of a printout, PDF and DOCX; each link's name says which document it is. */
export function PrintoutButtons({ title, detail, href }: Props) {
  const { t } = useTranslation();
  const name = (format: string) =>
    detail
      ? t('documents.linkNameWith', { title, detail, format })
      : t('documents.linkName', { title, format });
  return (
    <Group gap="xs" wrap="nowrap">
      {formats.map(({ format, variant, icon: FormatIcon }) => (
        <DownloadButton
          key={format}
          href={href(format)}
          size="xs"
          variant={variant}
          leftSection={<FormatIcon size={16} aria-hidden />}
          aria-label={name(t(`documents.${format}`))}
        >
          {t(`documents.${format}`)}
        </DownloadButton>
      ))}
    </Group>
  );
}
