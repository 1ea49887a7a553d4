// How dates, times and numbers read everywhere in the console: one formatter each, in the person's locale, so a
// time reads the same in a list, a record, its history and a dialog. Exports keep ISO values instead (see csv.ts).
import { i18n } from '@lingui/core';

// The active locale (en-CA, fr-CA): fr-CA reads 2026-12-01, 14 h 05 and 1 234,5. Read from the Lingui instance
// itself, not the catalog loader, as the mock formats with these too (and has no active locale: en-CA).
const locale = () => i18n.locale || 'en-CA';

/** One Intl formatter per locale and kind, made on first use. */
function perLocale<F>(make: (locale: string) => F): () => F {
  const made = new Map<string, F>();
  return () => {
    const tag = locale();
    let formatter = made.get(tag);
    if (!formatter) made.set(tag, (formatter = make(tag)));
    return formatter;
  };
}

// English reads "Dec 1, 2026"; Canadian French writes dates the numeric way, 2026-12-01.
const dateStyle = (tag: string) => (tag.startsWith('fr') ? 'short' : 'medium');
const dateFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: dateStyle(tag), timeZone: 'UTC' }),
);
const dateTimeFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: dateStyle(tag), timeStyle: 'short' }),
);
const timeFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }));
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const percentFormat = perLocale(
  (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
);

/** A count or amount: 1,234.5 in English, 1 234,5 in French. */
export const formatNumber = (value: number) => numberFormat().format(value);

/** A share (0.475) as a percentage: 48% in English, 48 % in French. */
export const formatPercent = (share: number) => percentFormat().format(share);

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A calendar date ('YYYY-MM-DD') as people read it; the same day in every time zone. */
export function formatDate(day: string | null | undefined) {
  return day ? dateFormat().format(new Date(`${day.slice(0, 10)}T00:00:00Z`)) : '';
}

/** An instant (ISO timestamp) as a date and time in the browser's time zone. */
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dateTimeFormat().format(new Date(iso)) : '';

/** An instant's time of day alone, for today's events. */
export const formatTime = (iso: string) => timeFormat().format(new Date(iso));

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
