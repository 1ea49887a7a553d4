import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/shared/api/schema';
import { ApiError, type Problem } from '@/shared/api/errors';

/** In mock mode the console and the mock backend share the page's origin. */
export const API_BASE_URL = import.meta.env.VITE_API_BASE_URL ?? globalThis.location?.origin ?? '';

// The CSRF token lives in memory only (never in web storage); the session answer hands it out again after
// a reload.
let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
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

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return response;
    let problem: Problem;
    try {
      problem = (await response.clone().json()) as Problem;
      if (typeof problem?.title !== 'string') throw new Error('not a problem document');
    } catch {
      problem = {
        type: 'about:blank',
        title: response.statusText || 'Request failed',
        status: response.status,
      };
    }
    const error = new ApiError(response.status, problem);
    listeners.forEach((listener) => listener(error));
    throw error;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(0, { type: 'about:blank', title: 'Network error', status: 0 });
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
