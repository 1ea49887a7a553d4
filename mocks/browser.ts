// The mock backend in the browser. The console's API client calls globalThis.fetch for every request (see
// src/shared/api/client.ts); in mock mode that fetch hands /api requests to the mock's own worker
// (mocks/db-worker.ts), where msw's handlers answer them from the database. The page's main
// thread only renders: no service worker round trip, and no msw code on the page. The database persists in
// IndexedDB. Every tab of the browser talks to the same worker (decision 0019).
import { leaderTabBackend, type BackendConnection } from './leader-tab';
import type { FromWorker, MockOptions, ToWorker } from './worker-protocol';

function abortError(signal: AbortSignal) {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The request was aborted.', 'AbortError');
}

/**
 * Connects to the browser's one mock backend: a SharedWorker shared by every tab of the console, or, where the
 * browser has none, the dedicated worker of a leader tab (mocks/leader-tab.ts). Vite bundles each worker from
 * its `new ...Worker(new URL(...))` expression, hence the two spelled out.
 */
function connect(start: ToWorker): BackendConnection {
  if (typeof SharedWorker === 'function') {
    const { port } = new SharedWorker(new URL('./db-worker.ts', import.meta.url), {
      type: 'module',
      name: 'mock-backend',
    });
    port.start();
    port.postMessage(start);
    return {
      post: (message, transfer = []) => port.postMessage(message, transfer),
      onMessage: (listener) =>
        port.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => listener(data)),
    };
  }
  return leaderTabBackend(
    () => new Worker(new URL('./db-worker.ts', import.meta.url), { type: 'module', name: 'mock-backend' }),
    start,
  );
}

/** Connects to the backend, which seeds its database at once (if it is the first tab) while the page loads. */
function startDatabase(options: MockOptions) {
  const backend = connect({ type: 'start', options });
  let lastId = 0;
  const waiting = new Map<number, (message: FromWorker) => void>();
  backend.onMessage((message) => {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  return {
    /** Sends a message that the worker answers, and waits for that answer. */
    call<T extends FromWorker['type']>(message: ToWorker & { id: number }, transfer?: Transferable[]) {
      return new Promise<Extract<FromWorker, { type: T }>>((resolve) => {
        waiting.set(message.id, resolve as (message: FromWorker) => void);
        backend.post(message, transfer);
      });
    },
    nextId: () => ++lastId,
  };
}

export function startMockBackend(options: MockOptions) {
  const database = startDatabase(options);
  // Builds before this one registered msw's service worker; it would only stand in the way now.
  void navigator.serviceWorker
    ?.getRegistrations()
    .then((registrations) => registrations.forEach((registration) => void registration.unregister()))
    .catch(() => undefined);

  const networkFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== window.location.origin || !url.pathname.startsWith('/api/'))
      return networkFetch(request);
    if (request.signal.aborted) throw abortError(request.signal);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const answer = database.call<'response'>(
      {
        type: 'request',
        id: database.nextId(),
        method: request.method,
        url: request.url,
        headers: [...request.headers],
        body,
      },
      body ? [body] : [],
    );
    // An aborted request rejects at once, as a real fetch does; the worker's late answer is dropped.
    const aborted = new Promise<never>((_, reject) =>
      request.signal.addEventListener('abort', () => reject(abortError(request.signal)), { once: true }),
    );
    const reply = await Promise.race([answer, aborted]);
    // 204 and 304 answers may not carry a body, not even an empty one.
    const empty = reply.status === 204 || reply.status === 304 || reply.body.byteLength === 0;
    return new Response(empty ? null : reply.body, {
      status: reply.status,
      statusText: reply.statusText,
      headers: reply.headers,
    });
  };

  return {
    /** "Reset demo data": back to the seed, for a demo or after an experiment. */
    async resetDemoData() {
      await database.call<'reset-done'>({ type: 'reset', id: database.nextId() });
    },
  };
}
export type MockBackend = ReturnType<typeof startMockBackend>;
