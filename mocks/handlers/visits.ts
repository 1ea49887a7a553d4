// Visitor log: check-in and check-out at the security desk, who is on site, expected visitors, the visit
// history (contact masked, reveal audited) and the retention period after which visits are anonymised.
// The security desk works the log; privacy officers read it, export it and set retention; every employee may
// pre-register the visitors they expect, and is refused (403) everything else here.
import { HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { hasPermission } from '@/shared/auth/permissions';
import {
  checkInSchema,
  dateRangeSchema,
  expectedCheckInSchema,
  expectedVisitSchema,
  historyWindowSchema,
  retentionSchema,
} from '@/features/visits/model/schemas';
import { sameNameKey, UNDO_WINDOW_MS } from '@/features/visits/model/rules';
import { newId, notifyWrite, people, sites } from '../store/db';
import {
  RETENTION_ID,
  VISIT_SORT_KEYS,
  currentHistoryWindow,
  deskWindowStartMs,
  expectedVisits,
  insideDeskWindow,
  indexed,
  purge,
  purgeCandidates,
  retentionCutoff,
  siteDate,
  siteTime,
  toVisit,
  visitHistoryWindow,
  visitRetention,
  visits,
  type ExpectedVisitRecord,
  type VisitRecord,
} from '../store/visits';
import {
  checkIfMatch,
  countPersonalRows,
  fieldProblem,
  listParams,
  maskContact,
  problem,
  readBody,
  recordAudit,
  zodErrors,
  type Caller,
} from './http';
import { defineHistory, defineRevealable, notify } from './base';
import { defineResource } from './resource';
import { route } from './route';
import '../seed/visits';
import { requestLanguage, say } from '../i18n/server-messages';
import { serverVisitsMessages as messages } from '../i18n/visits-messages';
import { visitsMessages } from '@/features/visits/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

type Site = components['schemas']['Site'];

/**
 * Text kept for a later reader (an audit summary, the host's notification, a default purpose). The mock's
 * readers of kept text (GET /audit-events and /notifications, handlers/base.ts) do not say references yet, so
 * it is said here, in the language of the request that wrote it. Once they say what they read, return `text`
 * itself (the reference) and every reader gets it in their own language.
 */
function kept(text: string, request: Request) {
  return say(text, requestLanguage(request));
}

/** A site's wall-clock time as the hour and minute a message puts together ("14:05", "14 h 05"). */
function clock(site: Site, at: Date) {
  const [hour = '', minute = ''] = siteTime(site, at).split(':');
  return { hour, minute };
}

/** Whether the caller reads past the desk's window (privacy officers) or only inside it (the desk). */
function readsAllHistory(caller: Caller) {
  return hasPermission(caller.roles, 'visits.history.all');
}

/** 403 to a caller limited to the desk's window for a visit outside it (or a record that is not a visit). */
function assertInsideWindow(caller: Caller, id: string) {
  if (readsAllHistory(caller)) return;
  const visit = visits.get(id);
  if (!visit || !insideDeskWindow(visit, deskWindowStartMs())) {
    throw problem(403, 'Forbidden', {
      detail: messages.ref('forbidden.deskWindow', { days: currentHistoryWindow().days }),
    });
  }
}

// The contact is the privacy office's to reveal, with a reason (access-logging rules); the desk never does.
defineRevealable('visit', 'contact', {
  permission: 'visits.history.all',
  reasonRequired: true,
  read: (id) => {
    const visit = visits.get(id);
    return visit ? visit.contact : undefined;
  },
});
// A visit's history inside the window for the desk; anything else under `visit` (exports, purges) is the
// privacy office's.
defineHistory('visit', 'visits.history', (caller, id) => {
  assertInsideWindow(caller, id);
  return true;
});
defineHistory(
  'expected-visit',
  'visits.expect',
  (caller, id) => expectedVisits.get(id)?.hostId === caller.person.id,
);
defineHistory('visit-retention', 'visits.retention');
defineHistory('visit-history-window', 'visits.retention');

const sortable = new Set<string>(VISIT_SORT_KEYS);

function answer(record: VisitRecord, now = new Date()) {
  return toVisit(record, now, maskContact);
}

const visitRecords = defineResource({
  table: visits,
  entityType: 'visit',
  notFound: messages.ref('notFound.visit'),
  answer: (record) => answer(record),
});
const expectedRecords = defineResource({
  table: expectedVisits,
  entityType: 'expected-visit',
  notFound: messages.ref('notFound.expectedVisit'),
});
const retentionRecords = defineResource({
  table: visitRetention,
  entityType: 'visit-retention',
  answer: ({ id: _id, ...retention }) => retention,
});
const windowRecords = defineResource({
  table: visitHistoryWindow,
  entityType: 'visit-history-window',
  answer: ({ id: _id, ...window }) => window,
});

function siteOr422(siteId: string): Site {
  const site = sites.get(siteId);
  if (!site) throw fieldProblem('siteId', messages.ref('site.choose'));
  return site;
}

function onSiteRecords(siteId?: string) {
  const found: VisitRecord[] = [];
  for (const visit of visits.all()) {
    if (visit.checkedOutMs === null && (!siteId || visit.siteId === siteId)) found.push(visit);
  }
  return found;
}

/** 409 at the badge field when the badge is worn by someone on site at that site. */
function assertBadgeFree(site: Site, badge: string, exceptId?: string) {
  const wanted = badge.trim().toLowerCase();
  const holder = onSiteRecords(site.id).find((v) => v.badge.toLowerCase() === wanted && v.id !== exceptId);
  if (holder) {
    throw fieldProblem('badge', messages.ref('badge.inUse', { badge, site: site.name }), 409);
  }
}

/** 409 at the name field when a visitor of that name is on site, unless the desk confirmed it is someone else. */
function assertNotOnSiteTwice(name: string, confirmed: boolean | undefined) {
  if (confirmed) return;
  const key = sameNameKey(name);
  const same = onSiteRecords().find((v) => sameNameKey(v.name) === key);
  if (same) {
    const site = sites.get(same.siteId)!;
    throw fieldProblem(
      'name',
      messages.ref('name.onSite', {
        name: same.name,
        site: site.name,
        badge: same.badge,
        ...clock(site, new Date(same.checkedInMs)),
      }),
      409,
    );
  }
}

function checkIn(
  caller: Caller,
  request: Request,
  input: {
    name: string;
    company: string;
    hostId: string;
    purpose: string;
    site: Site;
    badge: string;
    contact: string | null;
    expectedVisitId: string | null;
  },
) {
  const host = people.get(input.hostId)!;
  // The audit trail outlives the retention period, so it names the badge and site, not the visitor.
  const record = visitRecords.create(
    caller,
    indexed({
      id: newId('visit'),
      version: 1,
      name: input.name,
      company: input.company,
      hostId: host.id,
      hostName: host.name,
      purpose: input.purpose,
      siteId: input.site.id,
      badge: input.badge,
      contact: input.contact,
      privacyNoticeShown: true,
      expectedVisitId: input.expectedVisitId,
      // The server's clock, never the desk's.
      checkedInMs: Date.now(),
      checkedOutMs: null,
      anonymised: false,
    }),
    {
      action: 'check_in',
      summary: kept(
        messages.ref(input.expectedVisitId ? 'audit.checkInExpected' : 'audit.checkIn', {
          badge: input.badge,
          site: input.site.name,
        }),
        request,
      ),
    },
  );
  notify(
    host.id,
    kept(
      messages.ref('notify.arrived', { name: record.name, company: record.company, site: input.site.name }),
      request,
    ),
    '/my-visitors',
    `visit:${record.id}`,
  );
  return record;
}

/** The start of a YYYY-MM-DD day (UTC) in epoch milliseconds. */
function dayStart(value: string | null) {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : undefined;
}

function expectedPage(items: ExpectedVisitRecord[], url: URL) {
  const { page, pageSize } = listParams(url, () => false);
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}

/** Desk or own expected visits: 422 on any other scope, before the session is looked at. */
function expectedScope(url: URL) {
  const scope = url.searchParams.get('scope') ?? 'mine';
  if (scope !== 'mine' && scope !== 'desk') {
    throw problem(422, 'Validation failed', {
      errors: [{ field: 'scope', message: messages.ref('scope.invalid') }],
    });
  }
  return scope;
}

export const visitHandlers = [
  // The history: every visit, filtered and sorted from the collection's kept orders (no per-request sort).
  route('get', '/visits', 'visits.history', ({ caller, request, url }) => {
    const params = listParams(url, (key) => sortable.has(key));
    if (params.isExport && !hasPermission(caller.roles, 'visits.retention')) {
      return problem(403, 'Forbidden', { detail: messages.ref('forbidden.export') });
    }
    const range = dateRangeSchema.safeParse({
      from: url.searchParams.get('from') ?? '',
      to: url.searchParams.get('to') ?? '',
    });
    if (!range.success)
      return problem(422, 'Validation failed', {
        detail: messages.ref('range.check'),
        errors: zodErrors(range.error),
      });
    const from = dayStart(url.searchParams.get('from'));
    const to = dayStart(url.searchParams.get('to'));
    const toExclusive = to === undefined ? undefined : to + 86_400_000;
    const hostId = url.searchParams.get('hostId') || undefined;
    const siteId = url.searchParams.get('siteId') || undefined;
    const company = url.searchParams.get('company')?.trim().toLowerCase() || undefined;
    const status = url.searchParams.get('status') || undefined;
    if (status && status !== 'on_site' && status !== 'checked_out') {
      return problem(422, 'Validation failed', {
        errors: [{ field: 'status', message: messages.ref('status.unknown') }],
      });
    }
    const q = params.q;
    // The desk's list is scoped to its window (as a real backend scopes a query), not refused: the page
    // says which window it shows.
    const windowStart = readsAllHistory(caller) ? undefined : deskWindowStartMs();
    const filtered = !!(
      windowStart !== undefined ||
      from !== undefined ||
      toExclusive !== undefined ||
      hostId ||
      siteId ||
      company ||
      status ||
      q
    );
    const page = visits.list({
      page: params.page,
      pageSize: params.pageSize,
      sort: params.sort ?? { key: 'checkedInAt', descending: true },
      filter: filtered
        ? (v) =>
            (windowStart === undefined || insideDeskWindow(v, windowStart)) &&
            (from === undefined || v.checkedInMs >= from) &&
            (toExclusive === undefined || v.checkedInMs < toExclusive) &&
            (!hostId || v.hostId === hostId) &&
            (!siteId || v.siteId === siteId) &&
            (!status || (status === 'on_site') === (v.checkedOutMs === null)) &&
            (!company || v.companyLower.includes(company)) &&
            (!q ||
              v.nameLower.includes(q) ||
              v.companyLower.includes(q) ||
              v.hostLower.includes(q) ||
              v.badge.includes(q))
        : undefined,
    });
    // Every page of an export is recorded (a client could start anywhere, or skip page 1), and so is a run
    // of plain pages that adds up to a bulk read, whatever the query says.
    if (params.isExport) {
      const pages = Math.max(1, Math.ceil(page.total / params.pageSize));
      recordAudit(caller, {
        action: 'export',
        entityType: 'visit',
        entityId: 'history',
        summary: kept(
          messages.ref('audit.export', {
            page: params.page,
            pages,
            count: page.items.length,
            total: page.total,
          }),
          request,
        ),
      });
    }
    const personal = page.items.reduce((count, v) => (v.anonymised ? count : count + 1), 0);
    countPersonalRows(caller, 'visit', personal, 'visits');
    if (params.isExport || personal > 0) notifyWrite();
    const now = new Date();
    return HttpResponse.json({ ...page, items: page.items.map((v) => answer(v, now)) });
  }),

  route('get', '/visits/on-site', 'visits.desk', ({ url }) => {
    const siteId = url.searchParams.get('siteId') || undefined;
    if (siteId && !sites.get(siteId)) return fieldProblem('siteId', messages.ref('site.choose'));
    const now = new Date();
    const everyone = onSiteRecords().map((v) => answer(v, now));
    const counts = [...sites.all()].map((site) => {
      const here = everyone.filter((v) => v.siteId === site.id);
      return { siteId: site.id, count: here.length, afterClosing: here.filter((v) => v.afterClosing).length };
    });
    const items = everyone
      .filter((v) => !siteId || v.siteId === siteId)
      .sort((a, b) => (a.checkedInAt < b.checkedInAt ? -1 : a.checkedInAt > b.checkedInAt ? 1 : 0));
    return HttpResponse.json({ items, total: items.length, counts, asOf: now.toISOString() });
  }),

  route('get', '/visits/:id', 'visits.history', ({ caller, params }) => {
    const response = visitRecords.read(params.id);
    assertInsideWindow(caller, params.id);
    return response;
  }),

  route('post', '/visits', 'visits.desk', async ({ caller, request }) => {
    const body = await readBody(request, checkInSchema);
    if (!people.get(body.hostId)) return fieldProblem('hostId', messages.ref('host.unknown'));
    const site = siteOr422(body.siteId);
    assertBadgeFree(site, body.badge);
    assertNotOnSiteTwice(body.name, body.confirmDuplicate);
    const record = checkIn(caller, request, {
      name: body.name,
      company: body.company,
      hostId: body.hostId,
      purpose: body.purpose,
      site,
      badge: body.badge,
      contact: body.contact || null,
      expectedVisitId: null,
    });
    return visitRecords.ok(record, 201);
  }),

  route('post', '/visits/:id/check-out', 'visits.desk', ({ caller, request, params }) => {
    const visit = visitRecords.find(params.id);
    if (visit.checkedOutMs !== null) {
      const site = sites.get(visit.siteId)!;
      return problem(409, messages.ref('title.alreadyCheckedOut'), {
        detail: messages.ref('checkOut.already', {
          name: visit.name,
          ...clock(site, new Date(visit.checkedOutMs)),
        }),
        current: answer(visit),
      });
    }
    const checkedOutMs = Date.now();
    const updated = visitRecords.save(caller, visit, indexed({ ...visit, checkedOutMs }), {
      action: 'check_out',
      summary: kept(messages.ref('audit.checkOut', { badge: visit.badge }), request),
      changes: [{ field: 'checkedOutAt', from: null, to: new Date(checkedOutMs).toISOString() }],
    });
    return HttpResponse.json(answer(updated));
  }),

  route('post', '/visits/:id/undo-check-out', 'visits.desk', ({ caller, request, params }) => {
    const visit = visitRecords.find(params.id);
    if (visit.checkedOutMs === null) {
      return problem(409, messages.ref('title.notCheckedOut'), {
        detail: messages.ref('undo.notCheckedOut', { name: visit.name }),
      });
    }
    if (Date.now() - visit.checkedOutMs > UNDO_WINDOW_MS) {
      return problem(409, messages.ref('title.tooLateToUndo'), {
        detail: messages.ref('undo.tooLate', { minutes: UNDO_WINDOW_MS / 60_000 }),
      });
    }
    assertBadgeFree(sites.get(visit.siteId)!, visit.badge, visit.id);
    const updated = visitRecords.save(caller, visit, indexed({ ...visit, checkedOutMs: null }), {
      action: 'undo_check_out',
      summary: kept(messages.ref('audit.undoCheckOut', { badge: visit.badge }), request),
      changes: [{ field: 'checkedOutAt', from: new Date(visit.checkedOutMs).toISOString(), to: null }],
    });
    return HttpResponse.json(answer(updated));
  }),

  route(
    'get',
    '/expected-visits',
    (url) => (expectedScope(url) === 'mine' ? 'visits.expect' : 'visits.desk'),
    ({ caller, url }) => {
      if (expectedScope(url) === 'mine') {
        const mine = [...expectedVisits.all()]
          .filter((e) => e.hostId === caller.person.id)
          .sort((a, b) => (a.date === b.date ? a.name.localeCompare(b.name) : a.date < b.date ? 1 : -1));
        return HttpResponse.json(expectedPage(mine, url));
      }
      const siteId = url.searchParams.get('siteId') || undefined;
      const date = url.searchParams.get('date') || undefined;
      if (date && dayStart(date) === undefined)
        return fieldProblem('date', visitsMessages.ref('validation.date'));
      const now = new Date();
      const due = [...expectedVisits.all()]
        .filter((e) => {
          if (e.status !== 'expected' || (siteId && e.siteId !== siteId)) return false;
          const site = sites.get(e.siteId);
          return e.date === (date ?? (site ? siteDate(site, now) : ''));
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return HttpResponse.json(expectedPage(due, url));
    },
  ),

  route('post', '/expected-visits', 'visits.expect', async ({ caller, request }) => {
    const body = await readBody(request, expectedVisitSchema);
    const site = siteOr422(body.siteId);
    if (body.date < siteDate(site, new Date()))
      return fieldProblem('date', sharedMessages.ref('validation.todayOrLater'));
    const record = expectedRecords.create(
      caller,
      {
        id: newId('expected'),
        version: 1,
        name: body.name,
        company: body.company,
        date: body.date,
        siteId: site.id,
        hostId: caller.person.id,
        hostName: caller.person.name,
        purpose:
          body.purpose || kept(messages.ref('purpose.visiting', { host: caller.person.name }), request),
        status: 'expected',
        visitId: null,
        createdAt: new Date().toISOString(),
      },
      { summary: kept(messages.ref('audit.expected', { site: site.name, date: body.date }), request) },
    );
    return expectedRecords.ok(record, 201);
  }),

  route('delete', '/expected-visits/:id', 'visits.expect', ({ caller, request, params }) => {
    const expected = expectedRecords.find(params.id);
    if (expected.hostId !== caller.person.id) {
      return problem(403, 'Forbidden', { detail: messages.ref('forbidden.cancelOwn') });
    }
    expectedRecords.forWrite(request, expected);
    if (expected.status === 'arrived') {
      return problem(409, messages.ref('title.alreadyArrived'), {
        detail: messages.ref('expected.alreadyArrived', { name: expected.name }),
      });
    }
    // Nothing to keep about a visit that will not happen: the record goes, the audit event says that it did.
    expectedRecords.remove(caller, expected, {
      summary: kept(messages.ref('audit.cancelExpected', { date: expected.date }), request),
    });
    return new HttpResponse(null, { status: 204 });
  }),

  route('post', '/expected-visits/:id/check-in', 'visits.desk', async ({ caller, request, params }) => {
    const expected = expectedRecords.find(params.id);
    const body = await readBody(request, expectedCheckInSchema);
    if (expected.status === 'arrived') {
      return problem(409, messages.ref('title.alreadyCheckedIn'), {
        detail: messages.ref('expected.alreadyArrived', { name: expected.name }),
      });
    }
    const site = siteOr422(expected.siteId);
    assertBadgeFree(site, body.badge);
    assertNotOnSiteTwice(expected.name, body.confirmDuplicate);
    if (!people.get(expected.hostId)) return fieldProblem('hostId', messages.ref('host.gone'));
    const record = checkIn(caller, request, {
      name: expected.name,
      company: expected.company,
      hostId: expected.hostId,
      purpose: expected.purpose,
      site,
      badge: body.badge,
      contact: null,
      expectedVisitId: expected.id,
    });
    // The visit's check-in is audited on the visit; the arrival on the expected visit, whose history its host
    // reads.
    expectedRecords.save(
      caller,
      expected,
      { ...expected, status: 'arrived', visitId: record.id },
      {
        action: 'check_in',
        summary: kept(messages.ref('audit.arrived', { badge: body.badge, site: site.name }), request),
        changes: [{ field: 'status', from: 'expected', to: 'arrived' }],
      },
    );
    return visitRecords.ok(record, 201);
  }),

  route('get', '/visit-retention', 'visits.retention', () =>
    retentionRecords.ok(visitRetention.get(RETENTION_ID)!),
  ),

  route('get', '/visit-history-window', 'visits.history', () => windowRecords.ok(currentHistoryWindow())),

  route('put', '/visit-history-window', 'visits.retention', async ({ caller, request }) => {
    const current = windowRecords.forWrite(request, currentHistoryWindow());
    const body = await readBody(request, historyWindowSchema);
    const now = new Date().toISOString();
    const updated = windowRecords.save(
      caller,
      current,
      {
        ...current,
        days: body.days,
        updatedAt: now,
        updatedBy: { id: caller.person.id, name: caller.person.name },
      },
      {
        summary: kept(messages.ref('audit.historyWindow', { days: body.days }), request),
        changes: [{ field: 'days', from: current.days, to: body.days }],
      },
    );
    return windowRecords.ok(updated);
  }),

  route('get', '/visit-retention/preview', 'visits.retention', ({ url }) => {
    const days = Number(url.searchParams.get('days'));
    const parsed = retentionSchema.shape.days.safeParse(days);
    if (!parsed.success) return fieldProblem('days', parsed.error.issues[0]!.message);
    const cutoff = retentionCutoff(days, new Date());
    return HttpResponse.json({ days, cutoff, affected: purgeCandidates(cutoff).length });
  }),

  route('put', '/visit-retention', 'visits.retention', async ({ caller, request }) => {
    const current = visitRetention.get(RETENTION_ID)!;
    // Not retentionRecords.forWrite: the 412 has always carried the stored record, id and all.
    checkIfMatch(request, current);
    const body = await readBody(request, retentionSchema);
    const now = new Date();
    if (body.days < current.days && !body.confirmPurge) {
      const affected = purgeCandidates(retentionCutoff(body.days, now)).length;
      return fieldProblem('days', messages.ref('retention.confirm', { days: body.days, affected }), 409);
    }
    const anonymised = purge(body.days, now);
    const updated = retentionRecords.save(
      caller,
      current,
      {
        ...current,
        days: body.days,
        updatedAt: now.toISOString(),
        updatedBy: { id: caller.person.id, name: caller.person.name },
        lastPurgeAt: now.toISOString(),
        lastPurgeCount: anonymised,
      },
      {
        summary: kept(messages.ref('audit.retention', { days: body.days }), request),
        changes: [{ field: 'days', from: current.days, to: body.days }],
      },
    );
    recordAudit(caller, {
      action: 'purge',
      entityType: 'visit',
      entityId: 'retention',
      summary: kept(
        messages.ref('audit.purge', {
          count: anonymised,
          date: retentionCutoff(body.days, now).slice(0, 10),
        }),
        request,
      ),
    });
    return retentionRecords.ok(updated);
  }),
];
