/**
 * Where ?next= may send someone after signing in: only a path of the console itself, or nothing. An open
 * redirect through it would be a phishing aid. Prefix checks miss what browsers make of a string ("/\evil"
 * and "/\t/evil" are other hosts to a URL parser), so the value is resolved against the console's origin
 * the way the browser would, and only a same-origin result is kept.
 */
export function safeNextPath(
  next: string | null,
  origin: string = globalThis.location.origin,
): string | null {
  if (!next) return null;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  // "/.//evil" resolves to the path "//evil", which a history entry would read as another host.
  const path = `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`;
  return path === '/sign-in' || path.startsWith('/sign-in?') || path.startsWith('/sign-in/') ? null : path;
}
