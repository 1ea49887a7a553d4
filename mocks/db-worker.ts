// The mock backend in the browser runs here, in a worker, not on the page: seeding 100,000 records, building
// sort orders and collecting their garbage would otherwise freeze the page the mock stands in for (a real
// backend does that work on another machine). mocks/browser.ts forwards each /api request here.
// One backend per browser: where the browser has SharedWorker this is one, and every tab and window of the
// console connects to it (a port each); elsewhere one leader tab runs it as a dedicated worker and the other
// tabs reach it through that tab (mocks/leader-tab.ts). Either way one database answers every tab, and only
// it writes the snapshot, so no tab's copy overwrites another's (decision 0019).
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
const SNAPSHOT_KEY = 'privacy-office-console/mock-db/v3';
const LARGE_SESSIONS_KEY = 'privacy-office-console/mock-sessions/large';

/** A page's end of the conversation: a SharedWorker's port per tab, or a dedicated worker's own scope. */
interface Port {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  start?(): void;
}

let options: MockOptions | undefined;
let resolveReady: () => void;
// Requests that arrive while the database is being seeded wait for it, as they would for a server starting.
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

/** The first tab to connect starts the backend; the options of every later tab are the same build's. */
async function start(startOptions: MockOptions) {
  if (options) return;
  options = startOptions;
  mockConfig.seedSize = options.seedSize;
  mockConfig.latencyMs = options.latencyMs;
  mockConfig.idleTimeoutMinutes = options.idleTimeoutMinutes;
  // The large benchmark seed is rebuilt on each load (persisting 100,000 visits after every write would cost
  // more than the write); only its sessions are kept, so a reload stays signed in.
  const persistAll = options.seedSize === 'demo';
  const saved = persistAll ? await get<Snapshot>(SNAPSHOT_KEY).catch(() => undefined) : undefined;
  if (saved) restoreSnapshot(saved);
  else {
    // The large seed's sessions are read while its base tables fill.
    const savedSessions = get<ServerSession[]>(LARGE_SESSIONS_KEY).catch(() => undefined);
    // The large seed fills each module on first use (a cold load of one list waits for that module only)
    // or in the background (warmUp below), whichever comes first.
    seedDatabase(options.seedSize, new Date(), { lazy: options.seedSize === 'large' });
    if (!persistAll) (await savedSessions)?.forEach((session) => sessions.insert(session));
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
  warmUpWhenQuiet();
}

/** How long the page has sent nothing before the warm-up starts. */
const QUIET_MS = 200;
let warmUpTimer: ReturnType<typeof setTimeout> | undefined;
let warmUpStarted = false;

/**
 * Starts the warm-up once the page has sent nothing for a moment. On a (re)load the page's first requests
 * come first, and while it renders their answers it keeps both of a small machine's cores: a warm-up
 * filling 100,000 visits meanwhile slowed a cold load of the processors list by a tenth.
 */
function warmUpWhenQuiet() {
  if (warmUpStarted) return;
  clearTimeout(warmUpTimer);
  warmUpTimer = setTimeout(() => {
    warmUpStarted = true;
    warmUp(inTheBackground);
  }, QUIET_MS);
}

/** Requests received and not yet answered: the warm-up waits while there are any. */
let requestsInFlight = 0;

/**
 * Runs the warm-up's next slice once the requests waiting have been answered: the Scheduler API's background
 * priority, below the page's messages, where there is one; and in any case not while a request is in flight
 * (a SharedWorker may have no Scheduler API, and a plain task would run between a request's awaits).
 */
function inTheBackground(next: () => void) {
  const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: object): unknown } })
    .scheduler;
  const whenIdle = () => (requestsInFlight > 0 ? setTimeout(whenIdle, 5) : next());
  if (scheduler) void scheduler.postTask(whenIdle, { priority: 'background' });
  else setTimeout(whenIdle, 0);
}

async function answer(port: Port, message: Extract<ToWorker, { type: 'request' }>) {
  await ready;
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: message.body,
  });
  const problem = (status: number, title: string, detail: string) =>
    Response.json(
      { type: 'about:blank', title, status, detail },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    );
  // A handler that throws answers 500, as a server would, rather than leaving the page waiting.
  const response =
    (await getResponse(handlers, request).catch((error: unknown) =>
      problem(500, 'Mock backend error', String(error)),
    )) ?? problem(404, 'Not found', 'No such endpoint.');
  const body = await response.arrayBuffer();
  port.postMessage(
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
async function reset(port: Port, id: number) {
  await ready;
  const { seedSize } = options!; // set before ready resolves
  const signedIn = [...sessions.all()];
  await del(SNAPSHOT_KEY);
  seedDatabase(seedSize, new Date(), { lazy: seedSize === 'large' });
  signedIn.forEach((session) => sessions.insert(session));
  notifyWrite();
  port.postMessage({ type: 'reset-done', id });
  warmUpStarted = false;
  warmUpWhenQuiet();
}

// Requests are answered one at a time, in the order they came, as one server thread would. Otherwise a quick
// request (the session) that awaits inside msw lets a slow one (the first page of a list, which fills its
// module's tables) run first, and the quick answer waits for the slow one.
let queue = Promise.resolve();
function listen(port: Port) {
  port.addEventListener('message', ({ data }) => {
    if (data.type === 'start') void start(data.options);
    else if (data.type === 'request') {
      warmUpWhenQuiet();
      requestsInFlight += 1;
      queue = queue.then(() => answer(port, data)).finally(() => (requestsInFlight -= 1));
    } else queue = queue.then(() => reset(port, data.id));
  });
  port.start?.();
}

// A SharedWorker hears of each tab as a connection; a dedicated worker has one page, its own scope.
if ('onconnect' in self) {
  self.addEventListener('connect', (event) => listen((event as MessageEvent).ports[0] as unknown as Port));
} else listen(self as unknown as Port);
