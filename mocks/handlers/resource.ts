// The record writes every module repeats: read with 404, the If-Match check before a change (428, 412), the
// version bump, the audit event, the change notification (which persists the browser's database) and the
// answer with its ETag. A module's handler keeps its own validation and rules between these steps.
import { HttpResponse, type JsonBodyType } from 'msw';
import type { components } from '@/shared/api/schema';
import type { Collection } from '../store/collection';
import { notifyWrite } from '../store/db';
import { checkIfMatch, etag, problem, recordAudit, type Caller } from './http';
import { serverMessages } from '../i18n/server-messages';

type AuditEvent = components['schemas']['AuditEvent'];

/** What the audit event of a write says; the action defaults to create, update or delete. */
export interface AuditNote {
  summary: string;
  action?: AuditEvent['action'];
  changes?: AuditEvent['changes'];
}

interface Versioned {
  id: string;
  version: number;
}

export interface ResourceOptions<R extends Versioned, A> {
  table: Collection<R>;
  /** Whose history the audit events of a write join: the entity type, and the id (the record's by default). */
  entityType: string;
  historyOf?: (record: R) => string;
  /** The 404's detail, a message reference (`<module>Messages.ref(…)` or `serverMessages.ref(…)`). */
  notFound?: string;
  /** The record as the API answers it (the 412's `current` too); the record itself by default. */
  answer?: (record: R) => A;
  /** Keeps what depends on the record up to date after each create and update (e.g. a processor's digest). */
  afterWrite?: (record: R) => void;
}

export function defineResource<R extends Versioned, A = R>(options: ResourceOptions<R, A>) {
  const { table, entityType, notFound = serverMessages.ref('notFound.record') } = options;
  const answer = options.answer ?? ((record: R) => record as unknown as A);
  const historyOf = options.historyOf ?? ((record: R) => record.id);

  function audit(caller: Caller, record: R, action: AuditEvent['action'], note: AuditNote) {
    recordAudit(caller, {
      action: note.action ?? action,
      entityType,
      entityId: historyOf(record),
      summary: note.summary,
      ...(note.changes && { changes: note.changes }),
    });
  }

  /** The record, or 404. */
  function find(id: string): R {
    const record = table.get(id);
    if (!record) throw problem(404, 'Not found', { detail: notFound });
    return record;
  }

  /** The record as answered, with its version as ETag; 200 unless told. */
  function ok(record: R, status = 200) {
    return HttpResponse.json(answer(record) as JsonBodyType, { status, headers: etag(record) });
  }

  return {
    answer,
    find,
    ok,

    /** GET of one record: 404, or the record with its ETag. */
    read: (id: string) => ok(find(id)),

    /** The record a caller means to change (by id, or already found): 404, 428 without If-Match, 412 when stale. */
    forWrite(request: Request, record: string | R): R {
      const found = typeof record === 'string' ? find(record) : record;
      checkIfMatch(request, answer(found) as { version: number });
      return found;
    },

    /** Stores a new record (version 1 is the caller's to set) and records its creation. */
    create(caller: Caller, record: R, note: AuditNote): R {
      table.insert(record);
      options.afterWrite?.(record);
      audit(caller, record, 'create', note);
      notifyWrite();
      return record;
    },

    /**
     * Stores the next state of a record with its version bumped and records the change; without a note the
     * write is part of another record's audited one (an expected visit's arrival is the visit's check-in).
     */
    save(caller: Caller, before: R, next: R, note?: AuditNote): R {
      const record = { ...next, version: before.version + 1 };
      // A settings record may not be stored yet (the defaults stand in for it): the first save stores it.
      if (table.get(record.id)) table.replace(record);
      else table.insert(record);
      options.afterWrite?.(record);
      if (note) audit(caller, record, 'update', note);
      notifyWrite();
      return record;
    },

    /** Removes a record and records that it went. */
    remove(caller: Caller, record: R, note: AuditNote) {
      table.remove(record.id);
      audit(caller, record, 'delete', note);
      notifyWrite();
    },
  };
}
