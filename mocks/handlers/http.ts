// What makes the mock behave like a real backend: problem answers, request validation with the forms' own zod
// schemas, optimistic concurrency, list parameters and the audit trail. Sessions and roles: route.ts.
import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { components } from '@/shared/api/schema';
import type { Role } from '@/shared/auth/permissions';
import { newId, readLog, type ServerSession } from '../store/db';
import { appendAuditEvent } from '../store/audit-chain';
import { serverMessages, titleRef } from '../i18n/server-messages';

type Person = components['schemas']['Person'];
type FieldError = components['schemas']['FieldError'];
type AuditEvent = components['schemas']['AuditEvent'];

export const API = '*/api/v1';

export function problem(
  status: number,
  title: string,
  extra: { detail?: string; errors?: FieldError[]; current?: unknown } = {},
) {
  // The standard titles are said in the request's language where the answer leaves (route.ts).
  return HttpResponse.json(
    { type: 'about:blank', title: titleRef(title), status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A field error answered as 422, the way every form expects it. */
export function fieldProblem(field: string, message: string, status = 422) {
  return problem(status, status === 409 ? 'Conflict' : 'Validation failed', {
    detail: message,
    errors: [{ field, message }],
  });
}

/** Who is calling, once route() has found their session (see route.ts). */
export interface Caller {
  person: Person;
  roles: Role[];
  session: ServerSession;
}

export function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '_',
    message: issue.message,
  }));
}

/**
 * Validates a JSON body with the same zod schema the console's form uses; 422 with field errors if not. Every
 * write's body is a JSON object: anything else (not JSON, an array, a string, null) is the client's mistake, a
 * 400, and never reaches a schema's object-level rules, which would otherwise throw on it (a 500).
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    throw problem(400, 'Bad request', { detail: serverMessages.ref('badRequest.notJson') });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw problem(400, 'Bad request', { detail: serverMessages.ref('badRequest.notObject') });
  }
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(json);
  } catch {
    // A rule that met a value of a shape it did not expect: still the client's mistake, never a 500.
    throw problem(422, 'Validation failed', {
      detail: serverMessages.ref('validation.wrongKind'),
      errors: [{ field: '_', message: serverMessages.ref('validation.wrongKind') }],
    });
  }
  if (!result.success) {
    throw problem(422, 'Validation failed', {
      detail: serverMessages.ref('validation.needAttention'),
      errors: zodErrors(result.error),
    });
  }
  return result.data;
}

/** 428 without If-Match, 412 with the current record when the caller's version is stale. */
export function checkIfMatch(request: Request, current: { version: number }) {
  const header = request.headers.get('If-Match');
  if (!header)
    throw problem(428, 'Precondition required', { detail: serverMessages.ref('precondition.ifMatch') });
  if (header.replace(/"/g, '') !== String(current.version)) {
    throw problem(412, 'The record changed', {
      detail: serverMessages.ref('conflict.changed'),
      current,
    });
  }
}

export function etag(record: { version: number }) {
  return { ETag: `"${record.version}"` };
}

export interface ListParams {
  page: number;
  pageSize: number;
  sort?: { key: string; descending: boolean };
  q: string;
  isExport: boolean;
}

/** Reads page, pageSize, sort, q and export; 422 on values a real backend would refuse. */
export function listParams(url: URL, sortable: (key: string) => boolean): ListParams {
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
  const isExport = url.searchParams.get('export') === 'true';
  const errors: FieldError[] = [];
  if (!Number.isInteger(page) || page < 1)
    errors.push({ field: 'page', message: serverMessages.ref('list.page') });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > (isExport ? 1000 : 500)) {
    errors.push({
      field: 'pageSize',
      message: serverMessages.ref('list.pageSize', { max: isExport ? 1000 : 500 }),
    });
  }
  const sortParam = url.searchParams.get('sort');
  let sort: ListParams['sort'];
  if (sortParam) {
    const descending = sortParam.startsWith('-');
    const key = descending ? sortParam.slice(1) : sortParam;
    if (!sortable(key)) errors.push({ field: 'sort', message: serverMessages.ref('list.sort', { key }) });
    else sort = { key, descending };
  }
  if (errors.length) throw problem(422, 'Validation failed', { errors });
  return { page, pageSize, sort, q: (url.searchParams.get('q') ?? '').trim().toLowerCase(), isExport };
}

type AuditNoteOf = Pick<AuditEvent, 'action' | 'entityType' | 'entityId' | 'summary'> & {
  changes?: AuditEvent['changes'];
};

export function recordAudit(caller: Caller, event: AuditNoteOf) {
  recordAuditBy({ id: caller.person.id, name: caller.person.name }, event);
}

/** An audit event whose actor may have no session (a failed sign-in); linked into the trail's hash chain. */
export function recordAuditBy(actor: AuditEvent['actor'], event: AuditNoteOf) {
  appendAuditEvent({ id: newId('audit'), at: new Date().toISOString(), actor, ...event });
}

/** Reading more than this many rows with personal data ... */
export const BULK_READ_ROWS = 500;
/** ... within this long is a bulk read, audited whatever the client says it is doing. */
export const BULK_READ_WINDOW_MS = 5 * 60_000;

/**
 * Counts the rows with personal data a caller has been answered; once they pass BULK_READ_ROWS within
 * BULK_READ_WINDOW_MS, records one `bulk_read` event and starts counting afresh (so a long scrape leaves one
 * event per 500 rows). Kept in memory: a restart forgets half-counted windows, never a recorded event.
 */
export function countPersonalRows(caller: Caller, entityType: string, rows: number, what: string) {
  if (rows === 0) return;
  const key = `${caller.person.id}:${entityType}`;
  const now = Date.now();
  const recent = (readLog.get(key) ?? []).filter((entry) => now - entry.at < BULK_READ_WINDOW_MS);
  recent.push({ at: now, rows });
  const total = recent.reduce((sum, entry) => sum + entry.rows, 0);
  if (total > BULK_READ_ROWS) {
    recordAudit(caller, {
      action: 'bulk_read',
      entityType,
      entityId: 'bulk-read',
      // A reference, said in the reader's language when the trail is read.
      summary: serverMessages.ref('audit.bulkRead', {
        count: total,
        what,
        entityType,
        minutes: BULK_READ_WINDOW_MS / 60_000,
      }),
    });
    readLog.delete(key);
    return true;
  }
  readLog.set(key, recent);
  return false;
}

/** The fields whose values differ, for the audit event of an update. */
export function changedFields<T extends object>(before: T, after: T, ignore: (keyof T)[] = []) {
  const changes: { field: string; from: unknown; to: unknown }[] = [];
  for (const field of Object.keys(after) as (keyof T)[]) {
    if (ignore.includes(field)) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ field: String(field), from: before[field] ?? null, to: after[field] ?? null });
    }
  }
  return changes;
}

/** Masks an email or phone number for lists: enough to recognise, not enough to use. */
export function maskContact(value: string | undefined | null): string | null {
  if (!value) return null;
  if (value.includes('@')) {
    const [local = '', domain = ''] = value.split('@');
    return `${local.slice(0, 1)}•••@${domain}`;
  }
  const digits = value.replace(/\D/g, '');
  return `•••• ${digits.slice(-2)}`;
}
