// The audit trail's seed: the large seed's two years of history (200,000 events, for paging, filters and the
// chain's verification at scale). The demo seed starts with an empty trail, so what a person or a test does is
// all it shows, and no record's history panel shows events nobody made.
import { serverDashboardMessages as m } from '../i18n/dashboard-messages';
import { GENESIS_HASH, hashOf, type ChainedAuditEvent } from '../store/audit-chain';
import { auditEvents, defineSeed, type SeedContext } from '../store/db';
import { DEMO_PEOPLE } from '../seed/base';

export const LARGE_AUDIT_EVENTS = 200_000;
const SLICE = 5000;
const DAY_MS = 86_400_000;

type Action = ChainedAuditEvent['action'];

/** What each kind of seeded event is about: its record type, id prefix, action and summary. */
const KINDS: { entityType: string; prefix: string; action: Action; summary: string; weight: number }[] = [
  {
    entityType: 'processor',
    prefix: 'proc-hist',
    action: 'update',
    summary: m.ref('seed.update'),
    weight: 8,
  },
  {
    entityType: 'processor',
    prefix: 'proc-hist',
    action: 'create',
    summary: m.ref('seed.create'),
    weight: 2,
  },
  { entityType: 'risk', prefix: 'risk-hist', action: 'update', summary: m.ref('seed.update'), weight: 8 },
  { entityType: 'risk', prefix: 'risk-hist', action: 'create', summary: m.ref('seed.create'), weight: 2 },
  { entityType: 'policy', prefix: 'pol-hist', action: 'update', summary: m.ref('seed.update'), weight: 4 },
  { entityType: 'complaint', prefix: 'cmp-hist', action: 'update', summary: m.ref('seed.update'), weight: 8 },
  { entityType: 'complaint', prefix: 'cmp-hist', action: 'reveal', summary: m.ref('seed.reveal'), weight: 2 },
  {
    entityType: 'visit',
    prefix: 'visit-hist',
    action: 'check_in',
    summary: m.ref('seed.checkIn'),
    weight: 20,
  },
  {
    entityType: 'visit',
    prefix: 'visit-hist',
    action: 'check_out',
    summary: m.ref('seed.checkOut'),
    weight: 18,
  },
  { entityType: 'processors', prefix: 'list', action: 'export', summary: m.ref('seed.export'), weight: 1 },
  { entityType: 'account', prefix: 'account', action: 'sign_in', summary: m.ref('seed.signIn'), weight: 20 },
  { entityType: 'account', prefix: 'account', action: 'sign_out', summary: m.ref('seed.signOut'), weight: 7 },
];
const WEIGHTED = KINDS.flatMap((kind) => Array.from({ length: kind.weight }, () => kind));

function* seedAudit({ random, size, now, people }: SeedContext): Generator<void, void, void> {
  if (size !== 'large') return;
  // The actors: the demo accounts and a few dozen of the directory, each a shared object (200,000 copies of
  // the same two strings would cost the browser's heap for nothing).
  const actors = [...DEMO_PEOPLE, ...people.slice(0, 40)].map((p) => ({ id: p.id, name: p.name }));
  const start = now.getTime() - 730 * DAY_MS;
  const step = (729 * DAY_MS) / LARGE_AUDIT_EVENTS;
  const events: ChainedAuditEvent[] = [];
  let previous: ChainedAuditEvent | undefined;
  for (let n = 0; n < LARGE_AUDIT_EVENTS; n++) {
    const kind = random.pick(WEIGHTED);
    const actor = random.pick(actors);
    const entityId = kind.entityType === 'account' ? actor.id : `${kind.prefix}-${random.int(1, 5000)}`;
    // Linked and hashed in place (chained() would copy each event twice): 200,000 of them are the large
    // seed's first-use cost, which a cold load of the trail waits for.
    const event: ChainedAuditEvent = {
      // Zero-padded, so the ids sort as the chain does: the trail's sort orders are built from the records in
      // id order, and already in order they take one pass instead of a sort of 200,000 strings.
      id: `audit-seed-${String(n + 1).padStart(6, '0')}`,
      at: new Date(Math.floor(start + n * step + random.next() * step)).toISOString(),
      actor,
      action: kind.action,
      entityType: kind.entityType,
      entityId,
      summary: kind.summary,
      seq: n + 1,
      prevHash: previous?.hash ?? GENESIS_HASH,
      hash: '',
    };
    event.hash = hashOf(event);
    previous = event;
    events.push(previous);
    if (n % SLICE === SLICE - 1) yield; // a slice at a time in the browser's background seed (see warmUp)
  }
  // Handed over with its order by time, which is the chain's (and the ids') order: the trail's first page,
  // newest first, needs no sort of 200,000 events.
  auditEvents.loadRows({
    count: events.length,
    build: (row) => events[row]!,
    ordered: { key: 'at', rows: Int32Array.from({ length: events.length }, (_, row) => row) },
  });
}

defineSeed('audit', seedAudit, [auditEvents]);
