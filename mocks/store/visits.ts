// The visitor log's tables: visits (100,000 in the large seed, answered from sort orders kept up to date on
// every write), expected visits, and the one retention setting. Plus the time rules that depend on a site's
// own time zone (its "today", its closing hour).
import type { components } from '@/shared/api/schema';
import {
  DEFAULT_DESK_HISTORY_DAYS,
  DEFAULT_RETENTION_DAYS,
  UNDO_WINDOW_MS,
} from '@/features/visits/model/rules';
import { Collection } from './collection';
import { defineTable, notifications, sites } from './db';

type Visit = components['schemas']['Visit'];
type Site = components['schemas']['Site'];
export type ExpectedVisitRecord = components['schemas']['ExpectedVisit'];
export type VisitRetention = components['schemas']['VisitRetention'] & { id: string };
export type VisitHistoryWindow = components['schemas']['VisitHistoryWindow'] & { id: string };

/**
 * A visit as stored: the contact in clear (only a reveal answers it), times as epoch milliseconds (the API
 * answers ISO strings, see toVisit), plus lower-cased text for searching. Numbers, because 100,000 visits
 * are seeded on every load of the benchmark build: two ISO strings each were a fifth of that seed, and every
 * sort and date filter compares them.
 */
export interface VisitRecord {
  id: string;
  version: number;
  name: string;
  company: string;
  hostId: string;
  hostName: string;
  purpose: string;
  siteId: string;
  badge: string;
  contact: string | null;
  privacyNoticeShown: boolean;
  expectedVisitId: string | null;
  checkedInMs: number;
  checkedOutMs: number | null;
  anonymised: boolean;
  /** Lower-cased once per write for the searches, and shared between records (see lowerShared). */
  nameLower: string;
  companyLower: string;
  hostLower: string;
}

export const VISIT_SORT_KEYS = [
  'checkedInAt',
  'checkedOutAt',
  'name',
  'company',
  'hostName',
  'siteId',
  'badge',
] as const;

export const visits = defineTable(
  'visits',
  new Collection<VisitRecord>({
    sortKeys: {
      checkedInAt: (v) => v.checkedInMs,
      // Still on site sorts first ascending, last descending.
      checkedOutAt: (v) => v.checkedOutMs ?? -1,
      name: (v) => v.nameLower,
      company: (v) => v.companyLower,
      hostName: (v) => v.hostLower,
      siteId: (v) => v.siteId,
      badge: (v) => v.badge,
    },
    defaultSort: { key: 'checkedInAt', descending: true },
  }),
);

export const expectedVisits = defineTable('expectedVisits', new Collection<ExpectedVisitRecord>());

export const RETENTION_ID = 'visit-retention';
export const visitRetention = defineTable('visitRetention', new Collection<VisitRetention>());

export const HISTORY_WINDOW_ID = 'visit-history-window';
export const visitHistoryWindow = defineTable('visitHistoryWindow', new Collection<VisitHistoryWindow>());

/** The desk's window as stored, or the default until an officer first sets it. */
export function currentHistoryWindow(): VisitHistoryWindow {
  return (
    visitHistoryWindow.get(HISTORY_WINDOW_ID) ?? {
      id: HISTORY_WINDOW_ID,
      days: DEFAULT_DESK_HISTORY_DAYS,
      version: 1,
      updatedAt: new Date(0).toISOString(),
      updatedBy: { id: 'system', name: 'Default setting' },
    }
  );
}

/**
 * The earliest end of a visit the desk may read: a visit is inside the window while it is on site or if it
 * ended within the last `days` days.
 */
export function deskWindowStartMs(now = Date.now()) {
  return now - currentHistoryWindow().days * 86_400_000;
}

export function insideDeskWindow(visit: VisitRecord, startMs: number) {
  return visit.checkedOutMs === null || visit.checkedOutMs >= startMs;
}

export function retentionDays() {
  return visitRetention.get(RETENTION_ID)?.days ?? DEFAULT_RETENTION_DAYS;
}

// Names, companies and hosts repeat across thousands of visits: one shared lower-cased string each keeps a
// filtered scan over 100,000 records in cache, and the seed from allocating 300,000 strings.
const lowerCased = new Map<string, string>();
function lowerShared(text: string) {
  let lower = lowerCased.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    if (lowerCased.size < 50_000) lowerCased.set(text, lower);
  }
  return lower;
}

/**
 * Every stored visit goes through here: it fills in the derived search fields and builds the record as one
 * literal, so all 100,000 share one object shape. (An object spread here made each record ten times slower
 * to create and every filtered scan several times slower to read.)
 */
export function indexed(visit: Omit<VisitRecord, 'nameLower' | 'companyLower' | 'hostLower'>): VisitRecord {
  return {
    id: visit.id,
    version: visit.version,
    name: visit.name,
    company: visit.company,
    hostId: visit.hostId,
    hostName: visit.hostName,
    purpose: visit.purpose,
    siteId: visit.siteId,
    badge: visit.badge,
    contact: visit.contact,
    privacyNoticeShown: visit.privacyNoticeShown,
    expectedVisitId: visit.expectedVisitId,
    checkedInMs: visit.checkedInMs,
    checkedOutMs: visit.checkedOutMs,
    anonymised: visit.anonymised,
    nameLower: lowerShared(visit.name),
    companyLower: lowerShared(visit.company),
    hostLower: lowerShared(visit.hostName),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function localParts(timeZone: string, at: Date) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The site's own calendar day (YYYY-MM-DD) at a moment. */
export function siteDate(site: Site, at: Date) {
  return localParts(site.timeZone, at).date;
}

/** The site's wall-clock time (HH:mm) at a moment, for messages. */
export function siteTime(site: Site, at: Date) {
  return localParts(site.timeZone, at).time;
}

/** On site past the site's closing hour, or since an earlier day (someone who never checked out). */
export function isAfterClosing(site: Site, checkedInAt: Date, now: Date) {
  const local = localParts(site.timeZone, now);
  return siteDate(site, checkedInAt) < local.date || local.hour >= site.closingHour;
}

/** The API's view of a visit: contact masked, status and flags derived at the time of asking. */
export function toVisit(
  record: VisitRecord,
  now: Date,
  maskContact: (value: string | null) => string | null,
): Visit {
  const site = sites.get(record.siteId);
  const onSite = record.checkedOutMs === null;
  const undoUntil = onSite ? 0 : record.checkedOutMs! + UNDO_WINDOW_MS;
  return {
    id: record.id,
    version: record.version,
    name: record.name,
    company: record.company,
    hostId: record.hostId,
    hostName: record.hostName,
    purpose: record.purpose,
    siteId: record.siteId,
    badge: record.badge,
    contactMasked: maskContact(record.contact),
    privacyNoticeShown: record.privacyNoticeShown,
    expectedVisitId: record.expectedVisitId,
    checkedInAt: new Date(record.checkedInMs).toISOString(),
    checkedOutAt: onSite ? null : new Date(record.checkedOutMs!).toISOString(),
    status: onSite ? 'on_site' : 'checked_out',
    afterClosing: onSite && !!site && isAfterClosing(site, new Date(record.checkedInMs), now),
    undoableUntil: undoUntil > now.getTime() ? new Date(undoUntil).toISOString() : null,
    anonymised: record.anonymised,
  };
}

export const ANONYMISED = 'Anonymised visitor';

/** What the purge leaves of a visit: when, where, whom they visited and the badge; no one identifiable. */
export function anonymise(record: VisitRecord): VisitRecord {
  return indexed({
    ...record,
    name: ANONYMISED,
    company: '—',
    contact: null,
    purpose: '—',
    anonymised: true,
    version: record.version + 1,
  });
}

/** Visits that ended before the cutoff and still hold personal data. */
export function purgeCandidates(cutoffIso: string) {
  const cutoffMs = Date.parse(cutoffIso);
  const found: VisitRecord[] = [];
  for (const visit of visits.all()) {
    if (!visit.anonymised && visit.checkedOutMs !== null && visit.checkedOutMs < cutoffMs) found.push(visit);
  }
  return found;
}

export function retentionCutoff(days: number, now: Date) {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/**
 * Anonymises what the retention period no longer covers. Many records at once are reloaded in one go (the
 * sort orders are rebuilt on the next list) rather than re-sorted record by record.
 */
export function purge(days: number, now: Date) {
  const candidates = purgeCandidates(retentionCutoff(days, now));
  if (candidates.length > 500) {
    const ids = new Set(candidates.map((visit) => visit.id));
    visits.load([...visits.all()].map((visit) => (ids.has(visit.id) ? anonymise(visit) : visit)));
  } else {
    for (const visit of candidates) visits.replace(anonymise(visit));
  }
  // The host's arrival notifications name the visitor: they go with the visit's personal data.
  const purged = new Set(candidates.map((visit) => `visit:${visit.id}`));
  for (const notification of [...notifications.all()]) {
    if (notification.subject && purged.has(notification.subject)) notifications.remove(notification.id);
  }
  // Pre-registrations hold names too: those for days the retention period no longer covers go entirely.
  const cutoffDay = retentionCutoff(days, now).slice(0, 10);
  for (const expected of [...expectedVisits.all()]) {
    if (expected.date < cutoffDay) expectedVisits.remove(expected.id);
  }
  return candidates.length;
}
