// The mock backend in the browser. msw's service worker hands every /api request to the page; the one handler
// here forwards it to the mock's own worker (mocks/database.ts, mocks/db-worker.ts), where the database and the
// module handlers live, so the page's main thread only renders. The database persists in IndexedDB.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import type { MockDatabase } from './database';

export async function startMockBackend(database: MockDatabase) {
  const forward = http.all('*/api/*', async ({ request }) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const reply = await database.call<'response'>(
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
      await database.call<'reset-done'>({ type: 'reset', id: database.nextId() });
    },
  };
}
export type MockBackend = Awaited<ReturnType<typeof startMockBackend>>;
