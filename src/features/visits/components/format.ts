import { useEffect, useState } from 'react';
import type { Site } from '../api/queries';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatTime = (iso: string) => time.format(new Date(iso));

/** The time alone for today, with the date for anything earlier (someone on site since yesterday). */
export function formatSince(iso: string) {
  const at = new Date(iso);
  return at.toDateString() === new Date().toDateString() ? time.format(at) : dateTime.format(at);
}
export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '');
export const formatDate = (day: string) => date.format(new Date(`${day}T12:00:00`));

/** "2 h 05 min", "14 min": how long someone has been on site. */
export function formatDuration(fromIso: string, now: number) {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The current time, ticking once a minute, so "time on site" moves without refetching. */
export function useNow(intervalMs = 60_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function siteNamer(sites: Site[] | undefined) {
  const names = new Map((sites ?? []).map((site) => [site.id, site.name]));
  return (id: string) => names.get(id) ?? id;
}

/** Today as YYYY-MM-DD in the browser's calendar. */
export function localToday() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
