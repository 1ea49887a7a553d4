import { useEffect, useState } from 'react';
import type { Site } from '../api/queries';
import { visitsMessages } from '../i18n/messages';

/** "2 h 05 min", "14 min": how long someone has been on site, in the active language. */
export function formatDuration(fromIso: string, now: number) {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return visitsMessages.t('duration.minutes', { minutes });
  return visitsMessages.t('duration.hours', {
    hours: Math.floor(minutes / 60),
    minutes: String(minutes % 60).padStart(2, '0'),
  });
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
