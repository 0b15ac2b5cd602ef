/** Calendar dates as the law counts them: in Europe/Warsaw, as YYYY-MM-DD. */
const warsawFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Poland at the given moment. */
export function warsawDate(moment: Date = new Date()): string {
  return warsawFormat.format(moment);
}

/** Whether a calendar date lies after today in Poland. */
export function isFutureDate(date: string, now: Date = new Date()): boolean {
  return date > warsawDate(now);
}
