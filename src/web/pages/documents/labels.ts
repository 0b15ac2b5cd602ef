import { useTranslation } from 'react-i18next';
import { attachmentCategories } from '../../../domain/documents';
import { useFormatters } from '../../lib/format';

const KB = 1024;
const MB = 1024 * 1024;

/** A file's size as people read it: "812 B", "24 KB", "3,4 MB". */
export function useSizeText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (bytes: number) =>
    bytes < KB
      ? t('documents.attachments.sizeB', { size: format.decimal(bytes) })
      : bytes < MB
        ? t('documents.attachments.sizeKb', {
            size: format.decimal(bytes / KB, { maximumFractionDigits: 0 }),
          })
        : t('documents.attachments.sizeMb', {
            size: format.decimal(bytes / MB, { maximumFractionDigits: 1 }),
          });
}

/** The kinds of attachment as choices, in the domain's order. */
export function useCategoryOptions() {
  const { t } = useTranslation();
  return attachmentCategories.map((value) => ({
    value,
    label: t(`documents.attachments.categories.${value}`),
  }));
}

export const bytesOfMb = (mb: number) => mb * MB;
