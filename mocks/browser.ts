// The mock backend in the browser. msw's service worker hands every /api request to the page; the one handler
// here forwards it to the mock's own worker (mocks/db-worker.ts), where the database and the module handlers
// live, so the page's main thread only renders. The database persists in IndexedDB (see the worker).
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import type { FromWorker, MockOptions, ToWorker } from './worker-protocol';

export async function startMockBackend(options: MockOptions) {
  // Started first: the worker seeds the database while the page registers msw and renders.
  const database = new Worker(new URL('./db-worker.ts', import.meta.url), {
    type: 'module',
    name: 'mock-backend',
  });
  let lastId = 0;
  const waiting = new Map<number, (message: FromWorker) => void>();
  database.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  });
  const send = (message: ToWorker, transfer: Transferable[] = []) => database.postMessage(message, transfer);
  const call = <T extends FromWorker['type']>(
    message: ToWorker & { id: number },
    transfer?: Transferable[],
  ) =>
    new Promise<Extract<FromWorker, { type: T }>>((resolve) => {
      waiting.set(message.id, resolve as (message: FromWorker) => void);
      send(message, transfer);
    });
  send({ type: 'start', options });

  const forward = http.all('*/api/*', async ({ request }) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const reply = await call<'response'>(
      {
        type: 'request',
        id: ++lastId,
        method: request.method,
        url: request.url,
        headers: [...request.headers],
        body,
      },
      body ? [body] : [],
    );
    // 204 and 304 answers may not carry a body, not even an empty one.
    const empty = reply.status === 204 || reply.status === 304 || reply.body.byteLength === 0;
    return new Response(empty ? null : reply.body, {
      status: reply.status,
      statusText: reply.statusText,
      headers: reply.headers,
    });
  });

  await setupWorker(forward).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  return {
    /** "Reset demo data": back to the seed, for a demo or after an experiment. */
    async resetDemoData() {
      await call<'reset-done'>({ type: 'reset', id: ++lastId });
    },
  };
}
export type MockBackend = Awaited<ReturnType<typeof startMockBackend>>;
