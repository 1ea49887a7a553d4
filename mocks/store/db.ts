// The mock backend's database: the base tables every module uses, plus the tables each module's store file
// defines with defineTable(). Seeded deterministically; in the browser a snapshot persists in IndexedDB so a
// reload keeps what the user created (see mocks/browser.ts).
import type { components } from '@/shared/api/schema';
import type { Role } from '@/shared/auth/permissions';
import { Collection } from './collection';
import { createRandom, type Random } from '../seed/random';
import { DEMO_PASSWORD, DEMO_PEOPLE, SITES, appendPeople, seedPeople } from '../seed/base';

type Person = components['schemas']['Person'];
type Site = components['schemas']['Site'];
type AuditEvent = components['schemas']['AuditEvent'];
/** `subject` ties a notification to the record it names (e.g. `visit:<id>`), so a purge takes it too. */
type Notification = components['schemas']['Notification'] & { personId: string; subject?: string };

export interface Account {
  id: string; // the person's id
  email: string;
  password: string;
  roles: Role[];
  /** The console's language the person chose (PUT /preferences); unset until they choose. */
  language?: 'en' | 'fr';
}

export interface ServerSession {
  id: string;
  personId: string;
  csrfToken: string;
  lastSeenAt: number;
}

/** 'demo' for a laptop and the tests; 'large' for benchmarks (100,000 visits, thousands of other records). */
export type SeedSize = 'demo' | 'large';

export interface SeedContext {
  random: Random;
  size: SeedSize;
  now: Date;
  people: Person[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const tables = new Map<string, Collection<any>>();
/**
 * A module's seeder. A generator, so the browser's large seed can fill it a slice at a time between requests
 * (see warmUp): it yields after each slice, and loads its tables at the end.
 */
export type Seeder = (context: SeedContext) => Generator<void, void, void>;

const seeders: {
  name: string;
  seed: Seeder;
  tables: Collection<{ id: string }>[];
}[] = [];

export function defineTable<T extends { id: string }>(
  name: string,
  collection: Collection<T>,
): Collection<T> {
  tables.set(name, collection);
  return collection;
}

/**
 * Seeders run in registration order, after the base tables are filled; `tables` are the ones the seeder
 * fills (and only it), so a lazy seed knows which tables wait for it.
 */
export function defineSeed(
  name: string,
  seed: Seeder,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables of any record type
  tables: Collection<any>[],
) {
  if (!seeders.some((seeder) => seeder.name === name)) seeders.push({ name, seed, tables });
}

/** A small stable number per seeder name, so each large seeder has its own random sequence. */
function nameSeed(name: string) {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash;
}

export const people = defineTable(
  'people',
  new Collection<Person>({
    sortKeys: { name: (p) => p.name.toLowerCase(), department: (p) => p.department.toLowerCase() },
    defaultSort: { key: 'name', descending: false },
  }),
);
export const sites = defineTable('sites', new Collection<Site>());
export const accounts = defineTable('accounts', new Collection<Account>());
export const sessions = defineTable('sessions', new Collection<ServerSession>());
export const auditEvents = defineTable(
  'auditEvents',
  new Collection<AuditEvent>({
    // seq: the hash chain's order (mocks/store/audit-chain.ts); the rest are the audit trail's sort keys.
    sortKeys: {
      at: (e) => e.at,
      seq: (e) => e.seq ?? 0,
      actor: (e) => e.actor.name.toLowerCase(),
      action: (e) => e.action,
      entityType: (e) => e.entityType,
    },
    defaultSort: { key: 'at', descending: true },
  }),
);
export const notifications = defineTable('notifications', new Collection<Notification & { id: string }>());
/**
 * Per person and kind of record: when each answer with personal data went out and how many rows it held, for
 * the bulk-read audit (see countPersonalRows). In memory only; a reseed forgets it.
 */
export const readLog = new Map<string, { at: number; rows: number }[]>();

/** Settings the tests and the benchmark can turn. */
export const mockConfig = {
  /** Added to every answer in the browser, so loading states are real; 0 in tests and benchmarks. */
  latencyMs: 0,
  idleTimeoutMinutes: 15,
  seedSize: 'demo' as SeedSize,
  /**
   * Sessions by cookie, one per caller (the HTTP mock, mocks/server), instead of the one session per browser
   * of the in-browser mock and Vitest: see mocks/handlers/sessions.ts.
   */
  sessionCookies: false,
};

let counter = 0;
/** Ids that stay unique across reloads (the counter restarts, the time does not). */
export function newId(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}`;
}

/** A seeder's run, a slice at a time or all at once, whichever asks first. */
class SeedRun {
  private slices: Generator<void, void, void> | undefined;
  private done = false;
  private running = false;

  constructor(private readonly start: () => Generator<void, void, void>) {}

  /** Runs one slice; false once the seeder has finished (or, asked from inside the seeder itself, at once). */
  step(): boolean {
    if (this.done || this.running) return false;
    this.running = true;
    try {
      this.slices ??= this.start();
      this.done = this.slices.next().done === true;
    } finally {
      this.running = false;
    }
    return !this.done;
  }

  finish() {
    while (this.step());
  }
}

/** The runs of the last lazy seed, which warmUp finishes in the background. */
let lazyRuns: SeedRun[] = [];
/** Bumped by every seed, so a warm-up of the seed before stops instead of loading old records. */
let seedGeneration = 0;

/**
 * Fills the database. `lazy` (the browser's large seed) leaves each module's tables to fill on first use or
 * in the background (warmUp), so a visit to one list does not wait for every module's thousands of records;
 * each large seeder then has its own random sequence, so the data does not depend on which module is used
 * first.
 */
export function seedDatabase(size: SeedSize = mockConfig.seedSize, now = new Date(), { lazy = false } = {}) {
  seedGeneration += 1;
  for (const table of tables.values()) table.clear();
  readLog.clear();
  const random = createRandom(20261127);
  const seededPeople = seedPeople(random, size === 'large' ? 3000 : 160);
  // The organisation policies are distributed to (hundreds, 5,000 in the large seed): appended from a
  // sequence of their own, so the people above and every seed drawn from `random` stay as they were.
  const morePeople = appendPeople(seededPeople, size === 'large' ? 5000 : 400, createRandom(20261201));
  people.load([...seededPeople, ...morePeople]);
  sites.load(SITES);
  accounts.load(
    DEMO_PEOPLE.map((person) => ({
      id: person.id,
      email: person.email,
      password: DEMO_PASSWORD,
      roles: person.roles,
    })),
  );
  lazyRuns = [];
  for (const seeder of seeders) {
    const context = {
      random: size === 'large' ? createRandom(nameSeed(seeder.name)) : random,
      size,
      now,
      people: seededPeople,
    };
    const run = new SeedRun(() => seeder.seed(context));
    if (!lazy) {
      run.finish();
      continue;
    }
    lazyRuns.push(run);
    seeder.tables.forEach((table) => table.seedOnFirstUse(() => run.finish()));
  }
}

/**
 * The rest of a lazy seed, in the background: each module's seeder a slice at a time, then every table's
 * records (see Collection.loadRows), id index and sort orders a slice at a time, so a person's first sort by
 * a column finds its order ready. `schedule` runs the next slice after whatever requests have arrived
 * meanwhile. The browser's mock worker calls it once it has started.
 */
export function warmUp(schedule: (next: () => void) => void) {
  const generation = seedGeneration;
  const slices = (function* () {
    for (const run of lazyRuns) while (run.step()) yield;
    // Smallest first: most modules are ready within moments, the 100,000 visits last.
    for (const table of [...tables.values()].sort((a, b) => a.size - b.size)) {
      while (table.prepare()) yield;
      yield;
      for (const key of table.sortKeyNames()) {
        table.prepare(key);
        yield;
      }
    }
  })();
  const next = () => {
    if (generation === seedGeneration && !slices.next().done) schedule(next);
  };
  schedule(next);
}

export type Snapshot = Record<string, unknown[]>;

export function takeSnapshot(): Snapshot {
  return Object.fromEntries([...tables].map(([name, table]) => [name, [...table.all()]]));
}

/**
 * A number that changes with every write to any table but the sessions (touched by every request), for
 * answers cached per data version (the dashboard's summaries, mocks/handlers/dashboard.ts).
 */
export function dataVersion() {
  let version = 0;
  for (const table of tables.values()) if (table !== sessions) version += table.version;
  return version;
}

export function restoreSnapshot(snapshot: Snapshot) {
  for (const [name, table] of tables) table.load((snapshot[name] ?? []) as { id: string }[]);
}

const writeListeners = new Set<() => void>();
/** The browser persists after writes; Node does not listen (a test may, and stops with what this returns). */
export function onWrite(listener: () => void) {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}
export function notifyWrite() {
  writeListeners.forEach((listener) => listener());
}
