// The mock backend in the browser runs here, in a dedicated worker, not on the page: seeding 100,000 records,
// building sort orders and collecting their garbage would otherwise freeze the page the mock stands in for
// (a real backend does that work on another machine). mocks/browser.ts forwards each /api request here.
import './worker-globals'; // first: msw's cookie store looks for localStorage when it loads
import { getResponse } from 'msw';
import { del, get, set } from 'idb-keyval';
import { handlers } from './handlers';
import {
  mockConfig,
  notifyWrite,
  onWrite,
  restoreSnapshot,
  seedDatabase,
  sessions,
  takeSnapshot,
  warmUp,
  type ServerSession,
  type Snapshot,
} from './store/db';
import type { FromWorker, MockOptions, ToWorker } from './worker-protocol';

// Bump when the seed or the record shapes change, so an old snapshot is not loaded into new code.
const SNAPSHOT_KEY = 'privacy-office-console/mock-db/v2';
const LARGE_SESSIONS_KEY = 'privacy-office-console/mock-sessions/large';

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

let options: MockOptions;
let resolveReady: () => void;
// Requests that arrive while the database is being seeded wait for it, as they would for a server starting.
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

async function start(startOptions: MockOptions) {
  options = startOptions;
  mockConfig.seedSize = options.seedSize;
  mockConfig.latencyMs = options.latencyMs;
  mockConfig.idleTimeoutMinutes = options.idleTimeoutMinutes;
  // The large benchmark seed is rebuilt on each load (persisting 100,000 visits after every write would cost
  // more than the write); only its sessions are kept, so a reload stays signed in.
  const persistAll = options.seedSize === 'demo';
  const saved = persistAll ? await get<Snapshot>(SNAPSHOT_KEY).catch(() => undefined) : undefined;
  if (saved) restoreSnapshot(saved);
  // The large seed fills each module on first use (a cold load of one list waits for that module only);
  // warmUp below fills the rest soon after.
  else seedDatabase(options.seedSize, new Date(), { lazy: options.seedSize === 'large' });
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
  resolveReady();
  // Sort orders for every list, built one per task once the first requests have been answered, so a person's
  // first sort by a column finds its order ready.
  setTimeout(() => warmUp(), 1000);
}

async function answer(message: Extract<ToWorker, { type: 'request' }>) {
  await ready;
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: message.body,
  });
  const response =
    (await getResponse(handlers, request)) ??
    Response.json(
      { type: 'about:blank', title: 'Not found', status: 404, detail: 'No such endpoint.' },
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
    );
  const body = await response.arrayBuffer();
  scope.postMessage(
    {
      type: 'response',
      id: message.id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
    },
    [body],
  );
}

/** "Reset demo data": back to the seed; the person who asked stays signed in. */
async function reset(id: number) {
  await ready;
  const signedIn = [...sessions.all()];
  await del(SNAPSHOT_KEY);
  seedDatabase(options.seedSize, new Date(), { lazy: options.seedSize === 'large' });
  signedIn.forEach((session) => sessions.insert(session));
  notifyWrite();
  scope.postMessage({ type: 'reset-done', id });
  setTimeout(() => warmUp(), 1000);
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'start') void start(data.options);
  else if (data.type === 'request') void answer(data);
  else void reset(data.id);
});
