import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/shared/api/schema';
import { ApiError, type Problem } from '@/shared/api/errors';
import { activeLocale } from '@/shared/i18n/i18n';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/** In mock mode the console and the mock backend share the page's origin. */
export const API_BASE_URL = import.meta.env.VITE_API_BASE_URL ?? globalThis.location?.origin ?? '';

// The CSRF token lives in memory only (never in web storage); the session answer hands it out again after
// a reload. With it, whose session it is: see renewedCsrfToken.
let csrfToken: string | undefined;
let tokenHolderId: string | undefined;
export function setCsrfToken(token: string | undefined, userId?: string) {
  csrfToken = token;
  tokenHolderId = token ? userId : undefined;
}

const listeners = new Set<(error: ApiError) => void>();
/** The session layer listens here for 401s from any call, to send the user to sign in and back. */
export function onApiError(listener: (error: ApiError) => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A copy of each write as sent, to send again once if its CSRF token turns out to be stale. */
const sentWrites = new WeakMap<Request, Request>();

/**
 * After a write is refused with 403: was this tab's CSRF token only stale? A sign-in in another tab of the
 * same browser starts a new session (one cookie jar, one session), with a new token; this tab still holds the
 * old one. Asks the backend for the session as it is now. Answers the current token when the same person is
 * still signed in (the write was never done, so it may be sent again); 'ended' when nobody is, or another
 * person is (this tab's session is over: the sign-in flow takes over and keeps what was typed); undefined when
 * the token was current, and the 403 is the role's.
 */
async function renewedCsrfToken(): Promise<string | 'ended' | undefined> {
  const response = await globalThis
    .fetch(new Request(`${API_BASE_URL}/api/v1/session`, { credentials: 'include' }))
    .catch(() => undefined);
  if (response?.status === 401) return 'ended';
  if (!response?.ok) return undefined;
  const session = (await response.json()) as { csrfToken: string; user: { id: string } };
  if (session.csrfToken === csrfToken) return undefined;
  if (tokenHolderId && session.user.id !== tokenHolderId) return 'ended';
  setCsrfToken(session.csrfToken, session.user.id);
  return session.csrfToken;
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    // The backend answers its messages (field errors, refusals) in the console's language.
    if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', activeLocale());
    if (!SAFE_METHODS.has(request.method)) {
      if (csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
      sentWrites.set(request, request.clone());
    }
    return request;
  },
  async onResponse({ request, response: answer }) {
    let response = answer;
    const sent = sentWrites.get(request);
    // Signing out handles a stale token itself (useSignOut): it ends whoever's session the browser holds.
    if (response.status === 403 && sent && !request.url.endsWith('/api/v1/session')) {
      const renewed = await renewedCsrfToken();
      if (renewed === 'ended') {
        response = Response.json(
          {
            type: 'about:blank',
            title: sharedMessages.t('errors.notSignedIn'),
            status: 401,
            detail: sharedMessages.t('errors.otherTabSession'),
          },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        );
      } else if (renewed) {
        sent.headers.set('X-CSRF-Token', renewed);
        response = await globalThis.fetch(sent);
      }
    }
    if (response.ok) return response;
    let problem: Problem;
    try {
      problem = (await response.clone().json()) as Problem;
      if (typeof problem?.title !== 'string') throw new Error('not a problem document');
    } catch {
      problem = {
        type: 'about:blank',
        title: response.statusText || sharedMessages.t('errors.requestFailed'),
        status: response.status,
      };
    }
    const error = new ApiError(response.status, problem);
    listeners.forEach((listener) => listener(error));
    throw error;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(0, {
      type: 'about:blank',
      title: sharedMessages.t('errors.networkError'),
      status: 0,
    });
  },
};

export const api = createClient<paths>({
  baseUrl: API_BASE_URL,
  credentials: 'include',
  // Resolve fetch per call: msw/node patches globalThis.fetch after this module is loaded.
  fetch: (request) => globalThis.fetch(request),
});
api.use(sessionMiddleware);

/** The quoted version a write sends as If-Match. */
export function ifMatch(version: number) {
  return `"${version}"`;
}

/** openapi-fetch answers { data, error }; errors already throw in the middleware, so data is the answer. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined) throw result.error;
  return result.data as T;
}
