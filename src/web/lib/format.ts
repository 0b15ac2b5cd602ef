import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Dates in the interface language: `dateTime` for tables, `date` for a day, `precise` with seconds for the log. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime: (iso: string) => dayjs(iso).locale(locale).format('LLL'),
    /** A day alone, e.g. 24.11.2025. */
    date: (date: Date | string) => dayjs(date).locale(locale).format('L'),
    precise: (iso: string) => dayjs(iso).locale(locale).format('L LTS'),
    longDate: (date: Date | string) => dayjs(date).locale(locale).format('dddd, LL'),
  };
}
