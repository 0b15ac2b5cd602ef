import { Button, Group } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintoutFormat } from '../../../contract/documents';

interface Props {
  /** What the printout is, for the links' names: „Plan pracy z rodziną — PDF”. */
  title: string;
  /** Which one, when a page lists several of the kind: a date, a court and its case. */
  detail?: string;
  href: (format: PrintoutFormat) => string;
}

/**
 * The two downloads of a printout, PDF and DOCX: plain links, so the browser saves what the
 * server sends (the session cookie goes along). Each link's name says which document it is.
 */
export function PrintoutButtons({ title, detail, href }: Props) {
  const { t } = useTranslation();
  const name = (format: string) =>
    detail
      ? t('documents.linkNameWith', { title, detail, format })
      : t('documents.linkName', { title, format });
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        component="a"
        href={href('pdf')}
        download
        size="xs"
        variant="light"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        aria-label={name(t('documents.pdf'))}
      >
        {t('documents.pdf')}
      </Button>
      <Button
        component="a"
        href={href('docx')}
        download
        size="xs"
        variant="default"
        leftSection={<IconFileTypeDocx size={16} aria-hidden />}
        aria-label={name(t('documents.docx'))}
      >
        {t('documents.docx')}
      </Button>
    </Group>
  );
}
