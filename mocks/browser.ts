// The mock backend in the browser: msw's service worker hands every /api request to these handlers, which
// run on the page. The database persists in IndexedDB so a reload keeps what the user created.
import { setupWorker } from 'msw/browser';
import { del, get, set } from 'idb-keyval';
import { handlers } from './handlers';
import {
  mockConfig,
  notifyWrite,
  sessions,
  onWrite,
  restoreSnapshot,
  seedDatabase,
  takeSnapshot,
  type SeedSize,
  type ServerSession,
  type Snapshot,
} from './store/db';

// Bump when the seed or the record shapes change, so an old snapshot is not loaded into new code.
const SNAPSHOT_KEY = 'privacy-office-console/mock-db/v2';
const LARGE_SESSIONS_KEY = 'privacy-office-console/mock-sessions/large';

export async function startMockBackend(options: {
  seedSize: SeedSize;
  latencyMs: number;
  idleTimeoutMinutes: number;
}) {
  mockConfig.seedSize = options.seedSize;
  mockConfig.latencyMs = options.latencyMs;
  mockConfig.idleTimeoutMinutes = options.idleTimeoutMinutes;
  // The large benchmark seed is rebuilt on each load (persisting 100,000 visits after every write would cost
  // more than the write); only its sessions are kept, so a reload stays signed in.
  const persistAll = options.seedSize === 'demo';
  const saved = persistAll ? await get<Snapshot>(SNAPSHOT_KEY).catch(() => undefined) : undefined;
  if (saved) restoreSnapshot(saved);
  else seedDatabase(options.seedSize);
  if (!persistAll) {
    const savedSessions = await get<ServerSession[]>(LARGE_SESSIONS_KEY).catch(() => undefined);
    savedSessions?.forEach((session) => sessions.insert(session));
  }

  // Written right after each write (coalesced within a task): a reload straight after signing in or saving
  // must find it. The demo database is small enough that this costs a millisecond or two.
  let pending = false;
  onWrite(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      void (persistAll ? set(SNAPSHOT_KEY, takeSnapshot()) : set(LARGE_SESSIONS_KEY, [...sessions.all()]));
    });
  });

  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  return {
    /** "Reset demo data": back to the seed, for a demo or after an experiment. */
    async resetDemoData() {
      // The person who asked stays signed in.
      const signedIn = [...sessions.all()];
      await del(SNAPSHOT_KEY);
      seedDatabase(options.seedSize);
      signedIn.forEach((session) => sessions.insert(session));
      notifyWrite();
    },
  };
}
export type MockBackend = Awaited<ReturnType<typeof startMockBackend>>;
