// The mock backend served over HTTP (`npm run mock:server`, see main.ts): the same msw handlers as in the
// browser and in Vitest, behind what a real backend adds and the in-browser mock cannot show: a session cookie
// per caller (HttpOnly, SameSite=Strict; Secure with the __Host- prefix over https), CORS for the console's
// origin only, a refusal of requests from any other origin, and the headers an API answer should carry.
// Hono does the HTTP side; msw's getResponse finds the handler, exactly as the browser's worker does.
import { getResponse } from 'msw';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { handlers } from '../handlers';
import { problem } from '../handlers/http';
import { mockConfig } from '../store/db';

export interface MockServerOptions {
  /** The origins the console is served from (scheme, host and port), e.g. http://127.0.0.1:4173. */
  allowedOrigins: string[];
  /** One line per request and answer on stdout: what a developer reads in the terminal. */
  logRequests?: boolean;
}

/** What every API answer carries: nothing cached (personal data), nothing sniffed, framed or embedded. */
function apiHeaders(https: boolean): Record<string, string> {
  return {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    // Same site, not same origin: the console is served from another port of the same host.
    'Cross-Origin-Resource-Policy': 'same-site',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

export function createMockServer({ allowedOrigins, logRequests = false }: MockServerOptions) {
  mockConfig.sessionCookies = true;
  const app = new Hono();
  if (logRequests) app.use(logger());
  app.use(async (c, next) => {
    await next();
    const https = new URL(c.req.url).protocol === 'https:';
    for (const [name, value] of Object.entries(apiHeaders(https))) c.res.headers.set(name, value);
  });

  // A request from a page on another origin is refused before it reaches a handler: CORS only stops that page
  // from reading the answer, not a form post or a simple request from doing its work.
  app.use('/api/*', async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin && !allowedOrigins.includes(origin)) {
      return problem(403, 'Forbidden', { detail: `Requests from ${origin} are not accepted.` });
    }
    await next();
  });
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
      credentials: true,
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      // Accept-Language: the console asks for its messages in its language (safelisted, but only for some values).
      allowHeaders: ['Content-Type', 'If-Match', 'X-CSRF-Token', 'Accept-Language'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  );

  app.all(
    '/api/*',
    async (c) =>
      (await getResponse(handlers, c.req.raw).catch((error: unknown) =>
        problem(500, 'Mock backend error', { detail: String(error) }),
      )) ?? problem(404, 'Not found', { detail: 'No such endpoint.' }),
  );

  app.notFound(() => problem(404, 'Not found', { detail: 'This server serves the API under /api/v1.' }));
  return app;
}
