// The audit trail for privacy officers: filters, sort and paging over the whole trail, its CSV export (itself
// audited), and the hash chain's verification. Events are appended by recordAudit (http.ts) and never changed:
// there is no endpoint that writes one, and PUT, PATCH or DELETE on an event answers 405.
import { http, HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  AUDIT_MODULES,
  AUDIT_SORT_KEYS,
  MODULE_ENTITY_TYPES,
  PACK_MODULES,
  PACK_RECORD_TYPES,
  type AuditModule,
  type PackModule,
} from '@/features/audit/model/audit-modules';
import { serverAuditMessages as packMessages } from '../i18n/audit-messages';
import { serverDashboardMessages as m } from '../i18n/dashboard-messages';
import { fieldLabelRef } from '../i18n/field-labels';
import { localizeProblem, requestLanguage, say } from '../i18n/server-messages';
import { chainHead, verifyRun, type ChainedAuditEvent } from '../store/audit-chain';
import { auditEvents, notifyWrite, people } from '../store/db';
import { complaints } from '../store/complaints';
import { policies } from '../store/policies';
import { processors } from '../store/processors';
import { risks } from '../store/risks';
import { visits } from '../store/visits';
import { API, listParams, maskContact, problem, readBody, recordAudit } from './http';
import { route } from './route';
import '../seed/audit';

type FieldError = components['schemas']['FieldError'];
type AuditEvent = components['schemas']['AuditEvent'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
/** Changed fields whose values are personal: masked in the trail whatever the module recorded. */
const PERSONAL_FIELD = /email|phone/i;

interface TrailFilter {
  personId?: string;
  entityTypes?: ReadonlySet<string>;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The trail's filters from a query; 422 with every bad one at its field. */
function trailFilter(url: URL, errors: FieldError[]): TrailFilter {
  const get = (name: string) => url.searchParams.get(name)?.trim() || undefined;
  const personId = get('personId');
  if (personId && personId !== 'not-signed-in' && !people.get(personId))
    errors.push({ field: 'personId', message: m.ref('trail.unknownPerson', { id: personId.slice(0, 100) }) });
  const module = get('module');
  if (module && !(AUDIT_MODULES as readonly string[]).includes(module))
    errors.push({ field: 'module', message: m.ref('trail.unknownModule', { module: module.slice(0, 100) }) });
  const action = get('action');
  if (action && !(AUDIT_ACTIONS as readonly string[]).includes(action))
    errors.push({ field: 'action', message: m.ref('trail.unknownAction', { action: action.slice(0, 100) }) });
  const from = get('from');
  const to = get('to');
  if (from && !validDate(from)) errors.push({ field: 'from', message: m.ref('trail.badDate') });
  if (to && !validDate(to)) errors.push({ field: 'to', message: m.ref('trail.badDate') });
  else if (from && to && validDate(from) && to < from)
    errors.push({ field: 'to', message: m.ref('trail.toBeforeFrom') });
  const entityType = get('entityType');
  const types = module ? new Set(MODULE_ENTITY_TYPES[module as AuditModule] ?? []) : undefined;
  let entityTypes = types;
  if (entityType) entityTypes = new Set(!types || types.has(entityType) ? [entityType] : []);
  return { personId, entityTypes, entityId: get('entityId'), action, from, to };
}

function matches(filter: TrailFilter) {
  const { personId, entityTypes, entityId, action, from, to } = filter;
  return (e: AuditEvent) =>
    (!personId || e.actor.id === personId) &&
    (!entityTypes || entityTypes.has(e.entityType)) &&
    (!entityId || e.entityId === entityId) &&
    (!action || e.action === action) &&
    (!from || e.at.slice(0, 10) >= from) &&
    (!to || e.at.slice(0, 10) <= to);
}

function seqParam(url: URL, name: string, errors: FieldError[]): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (name === 'untilSeq' ? 0 : 1)) {
    errors.push({ field: name, message: m.ref('trail.badSeq') });
    return undefined;
  }
  return value;
}

/** An event as the trail answers it: its summary in the reader's language, personal values masked. */
function answered(event: AuditEvent, language: ReturnType<typeof requestLanguage>): AuditEvent {
  return {
    ...event,
    summary: say(event.summary, language),
    ...(event.changes && {
      changes: event.changes.map((change) => {
        // Named as the module's form labels it (a reference, said in the reader's language as the answer leaves).
        const label = fieldLabelRef(event.entityType, change.field);
        const named = label === change.field ? change : { ...change, label };
        return PERSONAL_FIELD.test(change.field)
          ? {
              ...named,
              from: typeof change.from === 'string' ? maskContact(change.from) : change.from,
              to: typeof change.to === 'string' ? maskContact(change.to) : change.to,
            }
          : named;
      }),
    }),
  };
}

const inSeqOrder = { key: 'seq', descending: false };

/**
 * The chain's verification over a run: from `fromSeq` to `toSeq`, or (with filters) from the first to the last
 * event the filters select. Every event between them is checked, whoever made it, since a gap or a broken link
 * anywhere in between is what tampering leaves.
 */
function verifyTrail(filter: TrailFilter, fromSeq?: number, toSeq?: number) {
  const filtered = Object.values(filter).some((value) => value !== undefined);
  if (filtered) {
    const match = matches(filter);
    const inRange = (e: AuditEvent) =>
      (fromSeq === undefined || (e.seq ?? 0) >= fromSeq) &&
      (toSeq === undefined || (e.seq ?? 0) <= toSeq) &&
      match(e);
    const first = auditEvents.list({ page: 1, pageSize: 1, sort: inSeqOrder, filter: inRange }).items[0];
    const last = auditEvents.list({
      page: 1,
      pageSize: 1,
      sort: { key: 'seq', descending: true },
      filter: inRange,
    }).items[0];
    if (!first || !last) return verifyRun([], undefined);
    fromSeq = first.seq;
    toSeq = last.seq;
  }
  const low = fromSeq ?? 1;
  const high = toSeq ?? Number.MAX_SAFE_INTEGER;
  const run = auditEvents.list({
    page: 1,
    pageSize: Number.MAX_SAFE_INTEGER,
    sort: inSeqOrder,
    filter: (e) => (e.seq ?? 0) >= low && (e.seq ?? 0) <= high,
  }).items as ChainedAuditEvent[];
  // The event stored just before the run, whose hash the run's first event must carry.
  const before = auditEvents.list({
    page: 1,
    pageSize: 1,
    sort: { key: 'seq', descending: true },
    filter: (e) => (e.seq ?? 0) < low,
  }).items[0] as ChainedAuditEvent | undefined;
  return verifyRun(run, before);
}

/** At most this many events and records in a pack; it says how many there are, and the trail's CSV has the rest. */
export const PACK_LIMIT = 1000;

const packSchema = z
  .object({
    module: z.string({ error: packMessages.ref('pack.noModule') }).min(1, packMessages.ref('pack.noModule')),
    from: z.string({ error: packMessages.ref('pack.noDate') }),
    to: z.string({ error: packMessages.ref('pack.noDate') }),
  })
  .superRefine((pack, context) => {
    if (pack.module && !(PACK_MODULES as readonly string[]).includes(pack.module))
      context.addIssue({
        code: 'custom',
        path: ['module'],
        message: packMessages.ref('pack.unknownModule', { module: pack.module.slice(0, 100) }),
      });
    if (!validDate(pack.from))
      context.addIssue({ code: 'custom', path: ['from'], message: m.ref('trail.badDate') });
    if (!validDate(pack.to))
      context.addIssue({ code: 'custom', path: ['to'], message: m.ref('trail.badDate') });
    else if (validDate(pack.from) && pack.to < pack.from)
      context.addIssue({ code: 'custom', path: ['to'], message: m.ref('trail.toBeforeFrom') });
  });

/** What each module's records are called in a pack: never a person's name or contact (a visit is its company's). */
const PACK_RECORDS: Record<PackModule, { held: () => number; label: (id: string) => string | undefined }> = {
  processors: { held: () => processors.size, label: (id) => processors.get(id)?.name },
  risks: {
    held: () => risks.size,
    label: (id) => {
      const risk = risks.get(id);
      return risk && `${risk.reference} · ${risk.title}`;
    },
  },
  policies: { held: () => policies.size, label: (id) => policies.get(id)?.title },
  visits: {
    held: () => visits.size,
    label: (id) => {
      const visit = visits.get(id);
      return visit && `${visit.company} · ${new Date(visit.checkedInMs).toISOString().slice(0, 10)}`;
    },
  },
  complaints: {
    held: () => complaints.size,
    // Its reference only: a subject may name the complainant.
    label: (id) => complaints.get(id)?.reference,
  },
};

type PackRecord = components['schemas']['AuditPackRecord'];

/** The module's records touched by these events (oldest first), most events first. */
function touchedRecords(module: PackModule, events: readonly AuditEvent[]): PackRecord[] {
  const type = PACK_RECORD_TYPES[module];
  const byId = new Map<string, PackRecord>();
  for (const event of events) {
    if (event.entityType !== type) continue;
    const record = byId.get(event.entityId);
    if (record) {
      record.events += 1;
      record.lastAt = event.at;
    } else {
      const label = PACK_RECORDS[module].label(event.entityId);
      byId.set(event.entityId, {
        entityType: type,
        entityId: event.entityId,
        label: label ?? null,
        stored: label !== undefined,
        events: 1,
        firstAt: event.at,
        lastAt: event.at,
      });
    }
  }
  return [...byId.values()].sort((a, b) => b.events - a.events || a.entityId.localeCompare(b.entityId));
}

/** Answers 405 to any attempt to change or delete an audit event. */
const immutable = ({ request }: { request: Request }) =>
  localizeProblem(
    request,
    problem(405, 'Method not allowed', { detail: m.ref('trail.immutable') }) as unknown as Response,
  ).then((response) => {
    const headers = new Headers(response.headers);
    headers.set('Allow', 'GET');
    return new Response(response.body, { status: 405, headers });
  });

export const auditHandlers = [
  route('get', '/audit-trail', 'audit.read', ({ caller, request, url }) => {
    const { page, pageSize, sort, isExport } = listParams(url, (key) =>
      (AUDIT_SORT_KEYS as readonly string[]).includes(key),
    );
    const errors: FieldError[] = [];
    const filter = trailFilter(url, errors);
    const untilSeq = seqParam(url, 'untilSeq', errors);
    if (errors.length) return problem(422, 'Validation failed', { errors });
    // Read up to the chain's head as it is now, so the export's own events (below) never shift its pages.
    const headSeq = untilSeq ?? chainHead()?.seq ?? 0;
    const match = matches(filter);
    const result = auditEvents.list({
      page,
      pageSize,
      sort: sort ?? { key: 'at', descending: true },
      filter: (e) => (e.seq ?? 0) <= headSeq && match(e),
    });
    if (isExport) {
      recordAudit(caller, {
        action: 'export',
        entityType: 'audit-trail',
        entityId: 'audit-trail',
        summary: m.ref('trail.exported', {
          page,
          pages: Math.max(1, Math.ceil(result.total / pageSize)),
          count: result.items.length,
          total: result.total,
        }),
      });
      notifyWrite();
    }
    const language = requestLanguage(request);
    return HttpResponse.json({
      ...result,
      items: result.items.map((event) => answered(event, language)),
      headSeq,
    });
  }),

  route('get', '/audit-trail/verification', 'audit.read', ({ url }) => {
    const errors: FieldError[] = [];
    const filter = trailFilter(url, errors);
    const fromSeq = seqParam(url, 'fromSeq', errors);
    const toSeq = seqParam(url, 'toSeq', errors);
    if (fromSeq !== undefined && toSeq !== undefined && toSeq < fromSeq)
      errors.push({ field: 'toSeq', message: m.ref('trail.seqOrder') });
    if (errors.length) return problem(422, 'Validation failed', { errors });
    return HttpResponse.json(verifyTrail(filter, fromSeq, toSeq));
  }),

  route('post', '/audit-packs', 'audit.read', async ({ caller, request }) => {
    const { module: chosen, from, to } = await readBody(request, packSchema);
    const module = chosen as PackModule;
    const filter: TrailFilter = { entityTypes: new Set(MODULE_ENTITY_TYPES[module]), from, to };
    const match = matches(filter);
    // Oldest first, as an auditor reads a history; read up to the chain's head now, before the pack's own event.
    const headSeq = chainHead()?.seq ?? 0;
    const all = auditEvents.list({
      page: 1,
      pageSize: Number.MAX_SAFE_INTEGER,
      sort: inSeqOrder,
      filter: (e) => (e.seq ?? 0) <= headSeq && match(e),
    }).items;
    const records = touchedRecords(module, all);
    const verification = verifyTrail(filter, undefined, headSeq || undefined);
    const language = requestLanguage(request);
    const madeAt = new Date().toISOString();
    recordAudit(caller, {
      action: 'export',
      entityType: 'audit-pack',
      entityId: module,
      summary: packMessages.ref('pack.made', {
        module,
        from,
        to,
        events: all.length,
        records: records.length,
      }),
    });
    notifyWrite();
    return HttpResponse.json({
      module,
      from,
      to,
      madeAt,
      madeBy: { id: caller.person.id, name: caller.person.name },
      records: {
        items: records.slice(0, PACK_LIMIT),
        total: records.length,
        held: PACK_RECORDS[module].held(),
        limit: PACK_LIMIT,
      },
      events: {
        items: all.slice(0, PACK_LIMIT).map((event) => answered(event, language)),
        total: all.length,
        limit: PACK_LIMIT,
      },
      verification,
    } satisfies components['schemas']['AuditPack']);
  }),

  ...(['put', 'patch', 'delete'] as const).flatMap((method) => [
    http[method](`${API}/audit-events/:id`, immutable),
    http[method](`${API}/audit-trail/:id`, immutable),
  ]),
];
