// The audit trail's hash chain: every event carries its place in the trail (seq), the hash of the event before
// it (prevHash) and its own hash, the SHA-256 of a canonical serialization of its content and prevHash. Altering
// an event changes its hash; removing one breaks the next event's prevHash (and leaves a gap in seq); moving one
// breaks the links on both sides. The chain is kept in seq order, whatever order a list shows it in.
import type { components } from '@/shared/api/schema';
import { auditEvents } from './db';
import { sha256Hex } from './sha256';

export type AuditEvent = components['schemas']['AuditEvent'];
export type ChainedAuditEvent = AuditEvent & { seq: number; prevHash: string; hash: string };

/** The prevHash of the first event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The canonical serialization: the fields in a fixed order, as a JSON array (so no key order or optional field
 * can make two serializations of one event differ), with prevHash last.
 */
export function canonicalEvent(event: Omit<ChainedAuditEvent, 'hash'>): string {
  return JSON.stringify([
    event.seq,
    event.id,
    event.at,
    event.actor.id,
    event.actor.name,
    event.action,
    event.entityType,
    event.entityId,
    event.summary,
    event.changes ?? null,
    event.prevHash,
  ]);
}

export const hashOf = (event: Omit<ChainedAuditEvent, 'hash'>) => sha256Hex(canonicalEvent(event));

/** The event that follows `previous` in the chain (or starts it). */
export function chained(
  event: AuditEvent,
  previous: { seq: number; hash: string } | undefined,
): ChainedAuditEvent {
  const linked = {
    ...event,
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
    hash: '',
  };
  linked.hash = hashOf(linked);
  return linked;
}

/** The last event of the chain: the seq order is kept up to date on every insert, so this is one lookup. */
export function chainHead(): ChainedAuditEvent | undefined {
  return auditEvents.list({ page: 1, pageSize: 1, sort: { key: 'seq', descending: true } }).items[0] as
    ChainedAuditEvent | undefined;
}

/** Appends an event to the trail, linked to the one before it. Events are never updated or removed. */
export function appendAuditEvent(event: AuditEvent): ChainedAuditEvent {
  return auditEvents.insert(chained(event, chainHead())) as ChainedAuditEvent;
}

export type ChainProblemKind = 'altered' | 'broken_link' | 'missing' | 'out_of_order';

export interface ChainProblem {
  seq: number;
  eventId: string;
  kind: ChainProblemKind;
}

export interface ChainVerification {
  intact: boolean;
  checked: number;
  firstSeq: number | null;
  lastSeq: number | null;
  problems: ChainProblem[];
}

/** At most this many problems are listed; the count of events checked is always complete. */
const MAX_PROBLEMS = 100;

/**
 * Verifies a run of the chain, in stored (seq) order: each event's hash against its content, its prevHash
 * against the hash of the event stored before it (`before`, for the first of the run), and its seq against
 * the one before it plus one. A run that starts the trail links to the genesis hash.
 */
export function verifyRun(
  events: readonly ChainedAuditEvent[],
  before: ChainedAuditEvent | undefined,
): ChainVerification {
  const problems: ChainProblem[] = [];
  const note = (event: ChainedAuditEvent, kind: ChainProblemKind) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ seq: event.seq, eventId: event.id, kind });
  };
  let previous = before;
  for (const event of events) {
    const expectedPrev = previous ? previous.hash : GENESIS_HASH;
    if (hashOf(event) !== event.hash) note(event, 'altered');
    if (previous && event.seq <= previous.seq) note(event, 'out_of_order');
    else if (event.seq !== (previous?.seq ?? 0) + 1) note(event, 'missing');
    else if (event.prevHash !== expectedPrev) note(event, 'broken_link');
    previous = event;
  }
  return {
    intact: problems.length === 0,
    checked: events.length,
    firstSeq: events[0]?.seq ?? null,
    lastSeq: events.at(-1)?.seq ?? null,
    problems,
  };
}
