import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Dates in the interface language: `dateTime` for tables, `precise` with seconds for the log. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime: (iso: string) => dayjs(iso).locale(locale).format('LLL'),
    precise: (iso: string) => dayjs(iso).locale(locale).format('L LTS'),
    longDate: (date: Date | string) => dayjs(date).locale(locale).format('dddd, LL'),
  };
}
