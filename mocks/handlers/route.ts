// How every mock endpoint opens: latency, the session, the role's permission, the CSRF token on a write, and
// a problem+json answer for whatever a handler throws. A handler states only what is particular to it.
import { delay, http, type HttpHandler } from 'msw';
import { hasPermission, type Permission, type Role } from '@/shared/auth/permissions';
import { accounts, mockConfig, people, sessions } from '../store/db';
import { API, problem, type Caller } from './http';
import { currentSession } from './sessions';
import { localizeProblem, requestLanguage, sayAll, serverMessages } from '../i18n/server-messages';

/**
 * Who may call a route: the holders of a permission; anyone signed in; anyone at all (signing in and out);
 * or a permission that depends on the query (a record's history, the desk's or one's own expected visits),
 * which may itself refuse the query (throw a problem) before the session is looked at.
 */
export type Access = Permission | 'signed-in' | 'public' | ((url: URL) => Permission);

type Method = 'get' | 'post' | 'put' | 'delete';

/** The `:name` segments of a path, e.g. `/visits/:id/check-out` -> 'id'. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export interface PublicContext<P extends string> {
  request: Request;
  url: URL;
  params: Record<ParamNames<P>, string>;
}

export interface CallerContext<P extends string> extends PublicContext<P> {
  caller: Caller;
}

/** Added to every answer in the browser, so loading states are real (0 in tests and benchmarks). */
async function latency() {
  if (mockConfig.latencyMs > 0) await delay(mockConfig.latencyMs);
}

/** 403 unless one of the caller's roles grants the permission. */
export function requirePermission(roles: Role[], permission: Permission) {
  if (!hasPermission(roles, permission)) {
    throw problem(403, 'Forbidden', { detail: serverMessages.ref('forbidden.role') });
  }
}

/** Answers 401 without a session, 403 without the CSRF token on a write or without the permission. */
function authenticate(request: Request, permission?: Permission): Caller {
  const session = currentSession(request);
  if (!session) throw problem(401, 'Not signed in', { detail: serverMessages.ref('notSignedIn.detail') });
  const person = people.get(session.personId);
  const account = accounts.get(session.personId);
  if (!person || !account) throw problem(401, 'Not signed in');
  if (request.method !== 'GET' && request.headers.get('X-CSRF-Token') !== session.csrfToken) {
    throw problem(403, 'Forbidden', { detail: serverMessages.ref('forbidden.csrf') });
  }
  if (permission) requirePermission(account.roles, permission);
  // Activity keeps the session alive, as a sliding idle timeout on a real backend would.
  sessions.replace({ ...session, lastSeenAt: Date.now() });
  return { person, roles: account.roles, session };
}

/**
 * An answer in the request's language: a problem's title, detail and field messages, and any stored message
 * reference a JSON answer carries (a notification, an audit summary), as a real backend says its texts in the
 * reader's language. Only answers that hold a reference are read again.
 */
async function localize(request: Request, response: Response): Promise<Response> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('application/problem+json')) return localizeProblem(request, response);
  if (!type.includes('application/json')) return response;
  const text = await response.clone().text();
  if (!text.includes('"@@')) return response;
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  const body = JSON.stringify(sayAll(JSON.parse(text), requestLanguage(request)));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** What a handler receives: the caller too, unless the route is public. */
export type RouteContext<P extends string, A extends Access> = A extends 'public'
  ? PublicContext<P>
  : CallerContext<P>;

export function route<P extends string, A extends Access>(
  method: Method,
  path: P,
  access: A,
  handler: (context: RouteContext<P, A>) => Response | Promise<Response>,
): HttpHandler {
  return http[method](`${API}${path}`, async ({ request, params: raw }) => {
    await latency();
    const url = new URL(request.url);
    // The path's named segments; msw also numbers the API prefix's wildcard, which is nobody's business.
    const params = Object.fromEntries(
      Object.entries(raw)
        .filter(([name]) => !/^\d+$/.test(name))
        .map(([name, value]) => [name, String(value)]),
    ) as Record<ParamNames<P>, string>;
    try {
      if (access === 'public')
        return await localize(request, await handler({ request, url, params } as RouteContext<P, A>));
      const permission =
        typeof access === 'function' ? access(url) : access === 'signed-in' ? undefined : access;
      const caller = authenticate(request, permission as Permission | undefined);
      return await localize(request, await handler({ caller, request, url, params } as RouteContext<P, A>));
    } catch (error) {
      // Handlers stop with a thrown problem (problem(), readBody, checkIfMatch, ...), which is the answer.
      if (error instanceof Response) return await localize(request, error);
      throw error;
    }
  });
}
