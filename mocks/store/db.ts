// The mock backend's database: the base tables every module uses, plus the tables each module's store file
// defines with defineTable(). Seeded deterministically; in the browser a snapshot persists in IndexedDB so a
// reload keeps what the user created (see mocks/browser.ts).
import type { components } from '@/shared/api/schema';
import type { Role } from '@/shared/auth/permissions';
import { Collection } from './collection';
import { createRandom, type Random } from '../seed/random';
import { DEMO_PASSWORD, DEMO_PEOPLE, SITES, seedPeople } from '../seed/base';

type Person = components['schemas']['Person'];
type Site = components['schemas']['Site'];
type AuditEvent = components['schemas']['AuditEvent'];
type Notification = components['schemas']['Notification'] & { personId: string };

export interface Account {
  id: string; // the person's id
  email: string;
  password: string;
  roles: Role[];
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
const seeders: {
  name: string;
  seed: (context: SeedContext) => void;
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
  seed: (context: SeedContext) => void,
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
    sortKeys: { name: (p) => p.name, department: (p) => p.department },
    defaultSort: { key: 'name', descending: false },
  }),
);
export const sites = defineTable('sites', new Collection<Site>());
export const accounts = defineTable('accounts', new Collection<Account>());
export const sessions = defineTable('sessions', new Collection<ServerSession>());
export const auditEvents = defineTable(
  'auditEvents',
  new Collection<AuditEvent>({ sortKeys: { at: (e) => e.at }, defaultSort: { key: 'at', descending: true } }),
);
export const notifications = defineTable('notifications', new Collection<Notification & { id: string }>());

/** Settings the tests and the benchmark can turn. */
export const mockConfig = {
  /** Added to every answer in the browser, so loading states are real; 0 in tests and benchmarks. */
  latencyMs: 0,
  idleTimeoutMinutes: 15,
  seedSize: 'demo' as SeedSize,
};

let counter = 0;
/** Ids that stay unique across reloads (the counter restarts, the time does not). */
export function newId(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}`;
}

/**
 * Fills the database. `lazy` (the browser's large seed) fills each module's tables when first used, so a
 * visit to one list does not wait for every module's thousands of records; each large seeder then has its
 * own random sequence, so the data does not depend on which module is used first.
 */
export function seedDatabase(size: SeedSize = mockConfig.seedSize, now = new Date(), { lazy = false } = {}) {
  for (const table of tables.values()) table.clear();
  const random = createRandom(20261127);
  const seededPeople = seedPeople(random, size === 'large' ? 3000 : 160);
  people.load(seededPeople);
  sites.load(SITES);
  accounts.load(
    DEMO_PEOPLE.map((person) => ({
      id: person.id,
      email: person.email,
      password: DEMO_PASSWORD,
      roles: person.roles,
    })),
  );
  for (const seeder of seeders) {
    const context = {
      random: size === 'large' ? createRandom(nameSeed(seeder.name)) : random,
      size,
      now,
      people: seededPeople,
    };
    if (!lazy) {
      seeder.seed(context);
      continue;
    }
    let done = false;
    const seedOnce = () => {
      if (done) return;
      done = true;
      seeder.seed(context);
    };
    seeder.tables.forEach((table) => table.seedOnFirstUse(seedOnce));
  }
}

/**
 * Fills what a lazy seed left and builds every table's sort orders ahead of the requests that need them, one
 * order per task so requests are answered in between. The browser's mock worker calls it once it has started.
 */
export function warmUp() {
  const pending = [...tables.values()].flatMap((table) =>
    table.sortKeyNames().map((key) => () => table.prepare(key)),
  );
  const next = () => {
    pending.shift()?.();
    if (pending.length > 0) setTimeout(next, 0);
  };
  next();
}

export type Snapshot = Record<string, unknown[]>;

export function takeSnapshot(): Snapshot {
  return Object.fromEntries([...tables].map(([name, table]) => [name, [...table.all()]]));
}

export function restoreSnapshot(snapshot: Snapshot) {
  for (const [name, table] of tables) table.load((snapshot[name] ?? []) as { id: string }[]);
}

const writeListeners = new Set<() => void>();
/** The browser persists after writes; Node does not listen. */
export function onWrite(listener: () => void) {
  writeListeners.add(listener);
}
export function notifyWrite() {
  writeListeners.forEach((listener) => listener());
}
