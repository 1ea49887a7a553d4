// Loaded by tests/bench/bench.mjs through Vite's SSR loader: the mock backend with the large seed, and a way
// to time one request through msw's handler matching, the same path a browser request takes.
import { getResponse } from 'msw';
import { handlers } from '../../mocks/handlers';
import { mockConfig, seedDatabase } from '../../mocks/store/db';

export function seedLarge() {
  mockConfig.latencyMs = 0;
  seedDatabase('large');
}

export async function request(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await getResponse(
    handlers,
    new Request(`http://127.0.0.1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (!response) throw new Error(`no handler for ${method} ${path}`);
  return response;
}
