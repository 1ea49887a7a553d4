// The dashboard's summaries count through the modules' own list endpoints, as the caller, so that a figure and
// the list it links to are one query and cannot disagree (a real backend runs the same query with a COUNT).
// The handlers are registered here by index.ts rather than imported, which would make a cycle.
import { getResponse, type HttpHandler } from 'msw';

let registered: readonly HttpHandler[] = [];

export function registerInternalHandlers(handlers: readonly HttpHandler[]) {
  registered = handlers;
}

/**
 * GET of an API path as the caller of `request` (their session, their language): the answer's JSON, or
 * undefined when it is not a 200 (the caller may not read that list: the figure is left out).
 */
export async function getAsCaller<T>(
  request: Request,
  path: string,
  query: Record<string, string> = {},
): Promise<T | undefined> {
  const url = new URL(`/api/v1${path}`, new URL(request.url).origin);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const headers = new Headers();
  for (const name of ['Cookie', 'Accept-Language']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const response = await getResponse([...registered], new Request(url, { headers }));
  if (!response || response.status !== 200) return undefined;
  return (await response.json()) as T;
}
