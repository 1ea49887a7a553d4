// How dates, times and numbers read everywhere in the console: one formatter each, in the person's locale, so a
// time reads the same in a list, a record, its history and a dialog. Exports keep ISO values instead (see csv.ts).

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A calendar date ('YYYY-MM-DD') as people read it; the same day in every time zone. */
export function formatDate(day: string | null | undefined) {
  return day ? dateFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)) : '';
}

/** An instant (ISO timestamp) as a date and time in the browser's time zone. */
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dateTimeFormat.format(new Date(iso)) : '';

/** An instant's time of day alone, for today's events. */
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** The time alone for today, with the date for anything earlier (someone on site since yesterday). */
export function formatSince(iso: string) {
  const at = new Date(iso);
  return at.toDateString() === new Date().toDateString() ? formatTime(iso) : formatDateTime(iso);
}

/** A value that is a calendar date or an instant, formatted as one; null for anything else. */
export function formatIfDate(value: string): string | null {
  if (CALENDAR_DATE.test(value)) return formatDate(value);
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
  return null;
}
