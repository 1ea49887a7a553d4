// The HTTP mock (npm run mock:server): what it does as a backend that the in-browser mock cannot, checked
// through its HTTP handler (Hono's app.request), as a browser's requests would reach it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer } from '@mocks/server/app';
import { keepDatabaseIn, loadDatabase } from '@mocks/server/persistence';
import { mockConfig, seedDatabase } from '@mocks/store/db';
import { expectedVisits } from '@mocks/store/visits';
import { todayIso } from '@/shared/model/dates';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from '../setup/demo-accounts';

const CONSOLE = 'http://127.0.0.1:4173';
const app = createMockServer({ allowedOrigins: [CONSOLE] });

async function signIn(role: DemoRole, base = 'http://127.0.0.1:4300') {
  const response = await app.request(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: CONSOLE },
    body: JSON.stringify({ email: DEMO_ACCOUNTS[role].email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const setCookie = response.headers.get('Set-Cookie')!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { setCookie, cookie: setCookie.split(';')[0]!, csrfToken };
}

const whoIs = async (cookie: string) => {
  const response = await app.request('http://127.0.0.1:4300/api/v1/session', { headers: { Cookie: cookie } });
  return response.ok ? ((await response.json()) as { user: { name: string } }).user.name : response.status;
};

describe('the HTTP mock', () => {
  it('gives each caller their own session in an HttpOnly, SameSite=Strict cookie', async () => {
    const officer = await signIn('officer');
    const desk = await signIn('desk');
    expect(officer.setCookie).toMatch(/^poc_session=session-[\w-]{36}; Path=\/; HttpOnly; SameSite=Strict$/);
    // Two people, one backend: signing the desk in leaves the officer signed in.
    expect(await whoIs(officer.cookie)).toBe(DEMO_ACCOUNTS.officer.name);
    expect(await whoIs(desk.cookie)).toBe(DEMO_ACCOUNTS.desk.name);
    expect(await whoIs('poc_session=session-guessed')).toBe(401);
    expect(await whoIs('')).toBe(401);
  });

  it('over https, names the cookie __Host-poc_session and marks it Secure', async () => {
    const { setCookie, cookie } = await signIn('staff', 'https://127.0.0.1:4300');
    expect(setCookie).toMatch(/^__Host-poc_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
    const response = await app.request('https://127.0.0.1:4300/api/v1/session', {
      headers: { Cookie: cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
  });

  it('refuses a write without the session’s CSRF token, and signing out removes the cookie', async () => {
    const { cookie, csrfToken } = await signIn('staff');
    const without = await app.request('http://127.0.0.1:4300/api/v1/session', {
      method: 'DELETE',
      headers: { Cookie: cookie },
    });
    expect(without.status).toBe(403);
    expect(await whoIs(cookie)).toBe(DEMO_ACCOUNTS.staff.name);
    const signOut = await app.request('http://127.0.0.1:4300/api/v1/session', {
      method: 'DELETE',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken },
    });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.get('Set-Cookie')).toBe(
      'poc_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0',
    );
    expect(await whoIs(cookie)).toBe(401);
  });

  it('ends an idle session on its own, leaving the others', async () => {
    const start = Date.now();
    let now = start;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const officer = await signIn('officer');
    now = start + 10 * 60_000;
    const desk = await signIn('desk');
    now = start + (mockConfig.idleTimeoutMinutes + 1) * 60_000;
    expect(await whoIs(officer.cookie)).toBe(401);
    expect(await whoIs(desk.cookie)).toBe(DEMO_ACCOUNTS.desk.name);
  });

  it('lets the console’s origin read answers with credentials, and refuses every other origin', async () => {
    const preflight = await app.request('http://127.0.0.1:4300/api/v1/processors/proc-aws', {
      method: 'OPTIONS',
      headers: {
        Origin: CONSOLE,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type,if-match,x-csrf-token',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(CONSOLE);
    expect(preflight.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBe(
      'Content-Type,If-Match,X-CSRF-Token,Accept-Language',
    );

    const { cookie } = await signIn('officer');
    const foreign = await app.request('http://127.0.0.1:4300/api/v1/processors', {
      headers: { Origin: 'https://elsewhere.example', Cookie: cookie },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(await foreign.json()).toMatchObject({
      detail: 'Requests from https://elsewhere.example are not accepted.',
    });
  });

  it('answers with headers for personal data: not cached, not sniffed, not framed', async () => {
    const { cookie } = await signIn('officer');
    const response = await app.request('http://127.0.0.1:4300/api/v1/processors', {
      headers: { Cookie: cookie, Origin: CONSOLE },
    });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'access-control-allow-origin': CONSOLE,
      'access-control-expose-headers': 'ETag',
    });
    const unknown = await app.request('http://127.0.0.1:4300/elsewhere');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('the HTTP mock’s data file', () => {
  const saved = () => [...expectedVisits.all()].some((visit) => visit.name === 'Restart Survivor');
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'mock-data-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what was saved, and who is signed in, across a restart', async () => {
    const file = join(dir, 'db.json');
    expect(loadDatabase(file, 'demo')).toBe('seeded');
    const database = keepDatabaseIn(file, 'demo');
    const { cookie, csrfToken } = await signIn('staff');
    const created = await app.request('http://127.0.0.1:4300/api/v1/expected-visits', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Restart Survivor',
        company: 'Cobalt',
        date: todayIso(),
        siteId: 'site-tor',
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    database.flush();
    database.stop();

    // A restart: the process starts from nothing, then reads the file.
    seedDatabase('demo');
    expect(saved()).toBe(false);
    expect(loadDatabase(file, 'demo')).toBe('restored');
    expect(saved()).toBe(true);
    expect(await whoIs(cookie)).toBe(DEMO_ACCOUNTS.staff.name);
    // --reset: back to the seed.
    expect(loadDatabase(file, 'demo', { reset: true })).toBe('seeded');
    expect(saved()).toBe(false);
  });
});
