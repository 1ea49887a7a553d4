// The contract check (npm run contract:test) against the HTTP mock: nothing to report; and against answers
// broken on purpose: each break reported, specifically.
import { checkContract } from '../tools/contract-test/check-contract';
import { createMockServer } from '@mocks/server/app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../setup/demo-accounts';

const ORIGIN = 'http://127.0.0.1:4173';
const app = createMockServer({ allowedOrigins: [ORIGIN] });
const mock = (request: Request) => Promise.resolve(app.fetch(request));

function check(fetch = mock, email: string = DEMO_ACCOUNTS.officer.email) {
  return checkContract({
    baseUrl: 'http://127.0.0.1:4300',
    email,
    password: DEMO_PASSWORD,
    origin: ORIGIN,
    fetch,
  });
}

/** The mock, with one answer changed by `edit` on the way out. */
function breaking(
  matches: (request: Request) => boolean,
  edit: (response: Response) => Promise<Response> | Response,
) {
  return async (request: Request) => {
    const response = await mock(request);
    return matches(request) ? edit(response) : response;
  };
}

describe('npm run contract:test', () => {
  it('finds nothing wrong with the HTTP mock, as the officer or as the desk', async () => {
    const officer = await check();
    expect(officer.mismatches).toEqual([]);
    expect(officer.requests).toBeGreaterThan(50);
    // It read the records the lists named, not only the lists.
    expect(officer.notes.join('\n')).not.toContain('GET /api/v1/processors/{id}:');
    const desk = await check(mock, DEMO_ACCOUNTS.desk.email);
    expect(desk.mismatches).toEqual([]);
    expect(desk.notes.join('\n')).not.toContain('/api/v1/visits/on-site');
  });

  it('reports a list item missing a required field, with the request and the place in the answer', async () => {
    const report = await check(
      breaking(
        (request) => request.method === 'GET' && new URL(request.url).pathname === '/api/v1/processors',
        async (response) => {
          const body = (await response.json()) as { items: Record<string, unknown>[] };
          delete body.items[0]!.name;
          return Response.json(body, { status: 200, headers: response.headers });
        },
      ),
    );
    expect(report.mismatches).toEqual([
      "GET /api/v1/processors -> 200: /items/0 must have required property 'name'",
    ]);
  });

  it('reports an error that is not a problem document, a stale write accepted and a missing ETag', async () => {
    const report = await check(async (request) => {
      const response = await mock(request);
      const path = new URL(request.url).pathname;
      if (request.method === 'POST' && path === '/api/v1/processors' && response.status === 422)
        return new Response('Bad things', { status: 422, headers: { 'Content-Type': 'text/plain' } });
      // A backend that ignores If-Match, answering a write of a version no record has as if it were saved.
      if (request.headers.get('If-Match') === '"-1"' && path === '/api/v1/review-cadence')
        return mock(new Request(request.url, { headers: { Cookie: request.headers.get('Cookie')! } }));
      if (request.method === 'GET' && path.startsWith('/api/v1/contracts/')) {
        const headers = new Headers(response.headers);
        headers.delete('ETag');
        return new Response(response.body, { status: response.status, headers });
      }
      return response;
    });
    expect(report.mismatches).toEqual(
      expect.arrayContaining([
        'POST /api/v1/processors -> 422: content type text/plain not in the contract',
        'PUT /api/v1/review-cadence -> 200: expected 412 or 422',
        expect.stringMatching(/^GET \/api\/v1\/contracts\/[^:]+: ETag is missing, expected "\d+"$/),
      ]),
    );
  });

  it('reports a session cookie page scripts could read, and a backend that takes writes without the CSRF token', async () => {
    const report = await check(async (request) => {
      const path = new URL(request.url).pathname;
      if (
        request.method === 'PUT' &&
        path === '/api/v1/visit-retention' &&
        !request.headers.has('X-CSRF-Token')
      )
        return Response.json(
          { type: 'about:blank', title: 'Bad request', status: 400 },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      const response = await mock(request);
      const cookie = response.headers.get('Set-Cookie');
      if (!cookie) return response;
      const headers = new Headers(response.headers);
      headers.set('Set-Cookie', cookie.replace('; HttpOnly', '').replace('SameSite=Strict', 'SameSite=Lax'));
      return new Response(response.body, { status: response.status, headers });
    });
    expect(report.mismatches).toEqual([
      'session cookie: not HttpOnly (page scripts could read it)',
      'session cookie: not SameSite=Strict',
      'PUT /api/v1/visit-retention -> 400: expected 403',
    ]);
  });

  it('says so when the server answers with web pages, not the API', async () => {
    const page = () =>
      Promise.resolve(
        new Response('<!doctype html><title>Console</title>', { headers: { 'Content-Type': 'text/html' } }),
      );
    const report = await check(page);
    expect(report.mismatches.at(-1)).toBe(
      "Could not sign in: http://127.0.0.1:4300 answers with HTML pages. Is it the API, or the console's own server?",
    );
  });

  it('says so when nothing answers', async () => {
    const report = await check(() => Promise.reject(new TypeError('fetch failed')));
    expect(report.mismatches).toEqual(['No answer from http://127.0.0.1:4300: is the server running there?']);
  });
});
