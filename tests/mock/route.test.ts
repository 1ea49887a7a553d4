// route(): what every mock endpoint does before its own code runs. Test routes stand in for real ones on
// paths of the contract (every answer is still checked against it by the test setup).
import { HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { fieldProblem, problem, type Caller } from '../../mocks/handlers/http';
import { route } from '../../mocks/handlers/route';
import { mockConfig, sessions } from '../../mocks/store/db';
import { signInAs } from '../setup/render';

const API = 'http://localhost/api/v1';

async function send(method: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${API}${path}`, { method, headers });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('Content-Type'),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

/** A handler that notes what it was given and answers 204 (a cancelled expected visit's answer). */
function noting() {
  const seen: { caller?: Caller; params?: Record<string, string>; url?: URL; method?: string }[] = [];
  const handler = (context: {
    caller?: Caller;
    params: Record<string, string>;
    url: URL;
    request: Request;
  }) => {
    seen.push({
      caller: context.caller,
      params: context.params,
      url: context.url,
      method: context.request.method,
    });
    return new HttpResponse(null, { status: 204 });
  };
  return { seen, handler };
}

describe('route()', () => {
  it('answers 401 as problem+json without a session, before the handler runs', async () => {
    const { seen, handler } = noting();
    server.use(route('delete', '/expected-visits/:id', 'visits.expect', handler));
    const answer = await send('DELETE', '/expected-visits/e-1');
    expect(answer).toEqual({
      status: 401,
      type: 'application/problem+json',
      body: { type: 'about:blank', title: 'Not signed in', status: 401, detail: 'Sign in to continue.' },
    });
    expect(seen).toEqual([]);
  });

  it('answers 403 when the role lacks the permission', async () => {
    const { csrfToken } = await signInAs('staff');
    const { seen, handler } = noting();
    server.use(route('delete', '/expected-visits/:id', 'visits.retention', handler));
    const answer = await send('DELETE', '/expected-visits/e-1', { 'X-CSRF-Token': csrfToken });
    expect(answer.status).toBe(403);
    expect(answer.type).toBe('application/problem+json');
    expect(answer.body).toMatchObject({ title: 'Forbidden', detail: 'Your role does not permit this.' });
    expect(seen).toEqual([]);
  });

  it('answers 403 to a write without the session’s CSRF token, and reads without one', async () => {
    const { csrfToken } = await signInAs('staff');
    const { seen, handler } = noting();
    server.use(
      route('delete', '/expected-visits/:id', 'visits.expect', handler),
      route('get', '/sites', 'signed-in', () => HttpResponse.json({ items: [] })),
    );
    const missing = await send('DELETE', '/expected-visits/e-1');
    const wrong = await send('DELETE', '/expected-visits/e-1', { 'X-CSRF-Token': 'not-the-token' });
    for (const answer of [missing, wrong]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({
        title: 'Forbidden',
        detail: 'The request did not carry the session’s CSRF token.',
      });
    }
    expect(seen).toEqual([]);
    expect((await send('GET', '/sites')).status).toBe(200);
    expect((await send('DELETE', '/expected-visits/e-1', { 'X-CSRF-Token': csrfToken })).status).toBe(204);
  });

  it('hands the handler the caller, the path parameters and the URL, and keeps the session alive', async () => {
    const { csrfToken } = await signInAs('staff');
    const [session] = sessions.all();
    sessions.replace({ ...session!, lastSeenAt: Date.now() - 60_000 });
    const { seen, handler } = noting();
    server.use(route('delete', '/expected-visits/:id', 'visits.expect', handler));
    await send('DELETE', '/expected-visits/e-42?reason=test', { 'X-CSRF-Token': csrfToken });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.caller!.person.id).toBe('p-staff');
    expect(seen[0]!.caller!.roles).toEqual(['staff']);
    expect(seen[0]!.params).toEqual({ id: 'e-42' });
    expect(seen[0]!.url!.searchParams.get('reason')).toBe('test');
    expect(seen[0]!.method).toBe('DELETE');
    expect([...sessions.all()][0]!.lastSeenAt).toBeGreaterThan(Date.now() - 5_000);
  });

  it('lets anyone call a public route, with no session and no CSRF token', async () => {
    const { seen, handler } = noting();
    server.use(route('delete', '/expected-visits/:id', 'public', handler));
    expect((await send('DELETE', '/expected-visits/e-1')).status).toBe(204);
    expect(seen).toEqual([
      { caller: undefined, params: { id: 'e-1' }, url: expect.any(URL), method: 'DELETE' },
    ]);
  });

  it('asks a permission that depends on the query, which may refuse the query first', async () => {
    const { csrfToken } = await signInAs('manager');
    server.use(
      route(
        'put',
        '/contracts/:id',
        (url) => {
          if (url.searchParams.has('bogus')) throw problem(422, 'Validation failed', { detail: 'Bogus.' });
          return url.searchParams.get('as') === 'reader' ? 'processors.read' : 'processors.write';
        },
        () => {
          throw fieldProblem('reference', 'Taken.', 409);
        },
      ),
    );
    const headers = { 'X-CSRF-Token': csrfToken };
    expect((await send('PUT', '/contracts/c-1', headers)).status).toBe(403);
    expect((await send('PUT', '/contracts/c-1?as=reader', headers)).status).toBe(409);
    // Refused before the session is looked at: the same answer signed out.
    await send('DELETE', '/session');
    expect((await send('PUT', '/contracts/c-1?bogus', headers)).body).toMatchObject({ status: 422 });
  });

  it('answers what a handler throws as it is: a problem+json document with its status', async () => {
    const { csrfToken } = await signInAs('officer');
    server.use(
      route('put', '/contracts/:id', 'processors.write', async () => {
        await Promise.resolve();
        throw fieldProblem('reference', 'Another contract already has the reference DPA-1.', 409);
      }),
    );
    const answer = await send('PUT', '/contracts/c-1', { 'X-CSRF-Token': csrfToken });
    expect(answer).toEqual({
      status: 409,
      type: 'application/problem+json',
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Another contract already has the reference DPA-1.',
        errors: [{ field: 'reference', message: 'Another contract already has the reference DPA-1.' }],
      },
    });
  });

  it('waits the configured latency before answering', async () => {
    server.use(route('get', '/sites', 'public', () => HttpResponse.json({ items: [] })));
    mockConfig.latencyMs = 60;
    const started = performance.now();
    await send('GET', '/sites');
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });
});
