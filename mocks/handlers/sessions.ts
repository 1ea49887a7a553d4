// How the mock finds a caller's session, in its two settings (mockConfig.sessionCookies):
// - In the browser (one mock backend per browser, mocks/browser.ts) and in Vitest it keeps one session, the
//   stand-in for the one cookie jar a browser has: signing in replaces it. No cookie is set, since the page's
//   code would have to keep it where HttpOnly cookies cannot be, and msw would persist it in localStorage.
// - Over HTTP (mocks/server) it is a backend like the real one: each caller's HttpOnly session cookie names
//   their session, so two browsers are two people, and signing in sets the cookie.
import { mockConfig, notifyWrite, sessions, type ServerSession } from '../store/db';

/** The contract's session cookie (src/shared/api/contract/base.yaml, securitySchemes.sessionCookie). */
export const SESSION_COOKIE = 'poc_session';
/**
 * Over https the cookie gets the __Host- prefix: the browser then takes it only with Secure, Path=/ and no
 * Domain, so no other host under the same domain can set or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

function isHttps(request: Request) {
  return new URL(request.url).protocol === 'https:';
}

function cookieValue(request: Request, name: string) {
  for (const part of request.headers.get('Cookie')?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The Set-Cookie header of a session (or of its removal, with `undefined`). */
export function sessionCookieHeader(request: Request, sessionId: string | undefined) {
  const secure = isHttps(request);
  return [
    `${secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE}=${sessionId ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
    // The session ends on the server after the idle timeout; the cookie ends with the browser, or at once.
    ...(sessionId ? [] : ['Max-Age=0']),
  ].join('; ');
}

/** The caller's session, if it exists and has not been idle past the timeout (which ends it). */
export function currentSession(request: Request): ServerSession | undefined {
  let session: ServerSession | undefined;
  if (mockConfig.sessionCookies) {
    const id = cookieValue(request, isHttps(request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
    session = id ? sessions.get(id) : undefined;
  } else [session] = sessions.all();
  if (!session) return undefined;
  if (Date.now() - session.lastSeenAt > mockConfig.idleTimeoutMinutes * 60_000) {
    sessions.remove(session.id);
    notifyWrite();
    return undefined;
  }
  return session;
}

/** Signs a person in: a new session (replacing the caller's old one), and the headers that hand it out. */
export function startSession(request: Request, personId: string) {
  if (mockConfig.sessionCookies) {
    const previous = currentSession(request);
    if (previous) sessions.remove(previous.id);
  } else sessions.clear();
  const session: ServerSession = {
    // The cookie's value: unguessable, unlike the mock's record ids.
    id: `session-${crypto.randomUUID()}`,
    personId,
    csrfToken: crypto.randomUUID(),
    lastSeenAt: Date.now(),
  };
  sessions.insert(session);
  notifyWrite();
  const headers: Record<string, string> = mockConfig.sessionCookies
    ? { 'Set-Cookie': sessionCookieHeader(request, session.id) }
    : {};
  return { session, headers };
}

/** Signs the caller out: their session ends, and over HTTP their cookie is removed. */
export function endSession(request: Request, session: ServerSession) {
  sessions.remove(session.id);
  notifyWrite();
  const headers: Record<string, string> = mockConfig.sessionCookies
    ? { 'Set-Cookie': sessionCookieHeader(request, undefined) }
    : {};
  return headers;
}
