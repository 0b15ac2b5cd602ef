import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/**
 * Dates and numbers in the interface language: `dateTime` for tables, `date` for a day, `precise`
 * with seconds for the log.
 */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const weekdayOf = (isoWeekday: number) =>
    dayjs()
      .locale(locale)
      .day(isoWeekday % 7)
      .format('dddd');
  const decimal = (value: number, options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format(value);
  return {
    dateTime: (iso: string) => dayjs(iso).locale(locale).format('LLL'),
    /** A day alone, e.g. 24.11.2025. */
    date: (date: Date | string) => dayjs(date).locale(locale).format('L'),
    precise: (iso: string) => dayjs(iso).locale(locale).format('L LTS'),
    longDate: (date: Date | string) => dayjs(date).locale(locale).format('dddd, LL'),
    /** A day's short weekday, e.g. "wt." for a Tuesday. */
    weekdayShort: (date: string) => dayjs(date).locale(locale).format('ddd'),
    /** A weekday's name from its ISO number (1 = Monday) for a heading or a choice: "Poniedziałek". */
    weekday: (isoWeekday: number) => capitalize(weekdayOf(isoWeekday)),
    /** The same within a sentence: "poniedziałek" (in English still "Monday"). */
    weekdayInText: (isoWeekday: number) => weekdayOf(isoWeekday),
    /** A month alone, e.g. "Listopad 2026". */
    month: (month: string) => capitalize(dayjs(`${month}-01`).locale(locale).format('MMMM YYYY')),
    /** A number with the language's decimal sign, at most two decimals: 1,75. */
    decimal,
    /** Minutes as decimal hours: "1,5 h" (`signDisplay` for a difference: "+2 h"). */
    hours: (minutes: number, options?: Intl.NumberFormatOptions) => `${decimal(minutes / 60, options)} h`,
    /** The sign a decimal number is typed with: "," in Polish. */
    decimalSeparator: new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')
      ?.value,
    /** Hours of a day as written: "8:00–20:00" for 08:00 and 20:00. */
    timeRange: (start: string, end: string) => `${timeOfDay(start)}–${timeOfDay(end)}`,
  };
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "08:00" → "8:00". */
const timeOfDay = (time: string) => time.replace(/^0(?=\d:)/, '');
