// The contract check a backend team runs against their own server (`npm run contract:test -- --base-url URL`,
// see main.ts), and CI against the HTTP mock. It signs in with a test account, reads every endpoint it can
// reach, tries the write flows that cannot change anything, and checks each answer against openapi.json with
// the validator every mock answer in the tests goes through (tests/setup/contract-validator.ts).
//
// "Cannot change anything": every write it sends is refused by a backend that keeps the contract (no CSRF
// token, a body that is not an object, an empty body where fields are required, a stale If-Match), and each is
// built so that even a backend that skips one of those checks is stopped by another one.
import document from '@/shared/api/contract/openapi.json';
import { contractViolations } from '../../setup/contract-validator';

type Schema = { $ref?: string; required?: string[]; type?: string; example?: unknown; default?: unknown };
type Parameter = { $ref?: string; name: string; in: string; required?: boolean; schema?: Schema & Bound };
type Bound = { minimum?: number; enum?: unknown[] };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    parameters: Record<string, Parameter>;
    schemas: Record<string, Schema>;
    securitySchemes: { sessionCookie: { name: string } };
  };
};
const doc = document as unknown as Doc;
const COOKIE_NAME = doc.components.securitySchemes.sessionCookie.name;

export interface ContractCheckOptions {
  baseUrl: string;
  email: string;
  password: string;
  /** The console's origin: checks that CORS lets it (and only it) read answers with credentials. */
  origin?: string;
  /** How requests go out; the tests pass the HTTP mock's own handler. */
  fetch?: (request: Request) => Promise<Response>;
}

export interface ContractReport {
  /** What the server answered that the contract does not allow: one line each, with the request. */
  mismatches: string[];
  /** What could not be checked, and why (an endpoint the test account may not read, say). */
  notes: string[];
  /** How many requests were sent. */
  requests: number;
}

const resolve = <T extends { $ref?: string }>(value: T, kind: 'parameters' | 'schemas'): T =>
  value.$ref ? (doc.components[kind][value.$ref.split('/').pop()!] as unknown as T) : value;

/** A value for a required query parameter: its example, default, first allowed value or lowest number. */
function sampleValue(schema: (Schema & Bound) | undefined) {
  if (!schema) return 'x';
  return String(
    schema.example ??
      schema.default ??
      schema.enum?.[0] ??
      (schema.type === 'integer' || schema.type === 'number' ? (schema.minimum ?? 1) : 'x'),
  );
}

function requiredQuery(operation: Operation) {
  const query = new URLSearchParams();
  for (const parameter of (operation.parameters ?? []).map((p) => resolve(p, 'parameters'))) {
    if (parameter.in === 'query' && parameter.required)
      query.set(parameter.name, sampleValue(parameter.schema));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** `/api/v1/processors/{id}/contracts` -> `processors`: the collection a path parameter's id comes from. */
function collectionOf(path: string) {
  const segments = path.split('/');
  const index = segments.findIndex((segment) => segment.startsWith('{'));
  return index > 0 ? segments[index - 1]! : undefined;
}

/** `/api/v1/processors/{id}/contracts` -> `contracts`: the collection a list answer's items belong to. */
function itemsCollection(path: string) {
  return path
    .split('/')
    .filter((segment) => segment && !segment.startsWith('{'))
    .pop();
}

const paramCount = (path: string) => path.match(/\{/g)?.length ?? 0;

export async function checkContract(options: ContractCheckOptions): Promise<ContractReport> {
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const base = options.baseUrl.replace(/\/$/, '');
  const mismatches: string[] = [];
  const notes: string[] = [];
  let requests = 0;
  let cookie = '';

  async function call(
    method: string,
    path: string,
    { body, headers = {}, expect }: { body?: unknown; headers?: Record<string, string>; expect: number[] },
  ) {
    const request = new Request(`${base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    requests += 1;
    let response: Response;
    try {
      response = await send(request.clone());
    } catch (error) {
      mismatches.push(`${method} ${path}: no answer (${String(error)})`);
      return undefined;
    }
    const where = `${method} ${path} -> ${response.status}`;
    if (!expect.includes(response.status)) {
      mismatches.push(`${where}: expected ${expect.join(' or ')}`);
    }
    mismatches.push(...(await contractViolations(request, response.clone())));
    return response;
  }

  // Signing in: refused without the right password, refused without fields, then a session cookie.
  if (!(await call('GET', '/api/v1/session', { expect: [401] }))) {
    return { mismatches: [`No answer from ${base}: is the server running there?`], notes, requests };
  }
  await call('POST', '/api/v1/session', {
    body: { email: options.email, password: `not-${options.password}` },
    expect: [401],
  });
  await call('POST', '/api/v1/session', { body: {}, expect: [422] });
  const signIn = await call('POST', '/api/v1/session', {
    body: { email: options.email, password: options.password },
    expect: [200],
  });
  const html = signIn?.headers.get('Content-Type')?.startsWith('text/html');
  if (!signIn?.ok || html) {
    mismatches.push(
      html
        ? `Could not sign in: ${base} answers with HTML pages. Is it the API, or the console's own server?`
        : 'Could not sign in with the test account: nothing else was checked.',
    );
    return { mismatches, notes, requests };
  }
  const csrfToken = ((await signIn.json().catch(() => ({}))) as { csrfToken?: string }).csrfToken ?? '';
  const setCookie = signIn.headers.getSetCookie().find((line) => line.includes(COOKIE_NAME));
  const https = base.startsWith('https:');
  if (!setCookie) mismatches.push(`POST /api/v1/session: no ${COOKIE_NAME} cookie was set`);
  else {
    const [pair, ...attributes] = setCookie.split(';').map((part) => part.trim());
    const has = (name: string) => attributes.some((a) => a.toLowerCase() === name.toLowerCase());
    cookie = pair!;
    const expectedName = https ? `__Host-${COOKIE_NAME}` : COOKIE_NAME;
    if (!pair!.startsWith(`${expectedName}=`))
      mismatches.push(`session cookie: named ${pair!.split('=')[0]}, expected ${expectedName}`);
    if (!has('HttpOnly')) mismatches.push('session cookie: not HttpOnly (page scripts could read it)');
    if (!has('SameSite=Strict')) mismatches.push('session cookie: not SameSite=Strict');
    if (https && !has('Secure')) mismatches.push('session cookie: not Secure over https');
  }

  // Every read: lists first, so that the records they name fill the paths with an {id}.
  const ids = new Map<string, string>();
  const reads = Object.entries(doc.paths)
    .filter(([path, item]) => item.get && path !== '/api/v1/session')
    .sort(([a], [b]) => paramCount(a) - paramCount(b));
  for (const [template, item] of reads) {
    const collection = collectionOf(template);
    const id = collection ? ids.get(collection) : undefined;
    if (paramCount(template) > 1 || (collection && !id)) {
      notes.push(`GET ${template}: not read, no record to read it with`);
      continue;
    }
    const path = template.replace(/\{[^}]+\}/, encodeURIComponent(id ?? '')) + requiredQuery(item.get!);
    const response = await call('GET', path, { expect: [200, 403] });
    if (!response) continue;
    if (response.status === 403) {
      notes.push(`GET ${template}: the test account may not read it (403)`);
      continue;
    }
    if (!response.ok) continue;
    const body = (await response.json().catch(() => undefined)) as
      { items?: { id?: string }[]; id?: string; version?: number } | undefined;
    const first = body?.items?.find((record) => typeof record.id === 'string');
    const listed = itemsCollection(template);
    if (first?.id && listed && !ids.has(listed)) ids.set(listed, first.id);
    if (typeof body?.version === 'number') {
      const etag = response.headers.get('ETag');
      if (etag !== `"${body.version}"`)
        mismatches.push(`GET ${path}: ETag is ${etag ?? 'missing'}, expected "${body.version}"`);
    }
  }

  // Writes that a backend keeping the contract refuses, each with a body that no write could succeed with.
  const csrf = { 'X-CSRF-Token': csrfToken };
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of ['post', 'put', 'delete'] as const) {
      const operation = item[method];
      if (!operation?.requestBody || template === '/api/v1/session') continue;
      const collection = collectionOf(template);
      const id = collection ? ids.get(collection) : undefined;
      if (collection && !id) {
        notes.push(`${method.toUpperCase()} ${template}: not tried, no record to try it on`);
        continue;
      }
      const path = template.replace(/\{[^}]+\}/, encodeURIComponent(id ?? ''));
      const verb = method.toUpperCase();
      const declares = (status: number) => String(status) in (operation.responses ?? {});
      // Without the CSRF token: 403, before the body (not an object) is even read.
      await call(verb, path, { body: [], expect: [403] });
      // With it, a body that is not an object: 400 (or first 428 for a write that needs If-Match). A 403 now
      // means the test account may not make this write: noted, and nothing more to try.
      const preconditionFirst = declares(428) ? [428] : [];
      const withToken = await call(verb, path, {
        body: [],
        headers: csrf,
        expect: [400, ...preconditionFirst, 403],
      });
      if (withToken?.status === 403) {
        notes.push(`${verb} ${template}: the test account may not make this write (403)`);
        continue;
      }
      const schema = resolve(operation.requestBody.content?.['application/json']?.schema ?? {}, 'schemas');
      if (declares(412)) {
        // A version no record has: 412 (or 422 from a backend that reads the body first).
        await call(verb, path, { body: {}, headers: { ...csrf, 'If-Match': '"-1"' }, expect: [412, 422] });
        await call(verb, path, { body: {}, headers: csrf, expect: [...preconditionFirst, 422] });
      } else if (schema.required?.length) {
        await call(verb, path, { body: {}, headers: csrf, expect: [422] });
      }
    }
  }

  if (options.origin) {
    // CORS: the console's origin may read answers with the cookie; another origin may not.
    const preflight = (origin: string) => {
      requests += 1;
      return send(
        new Request(`${base}/api/v1/session`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' },
        }),
      );
    };
    const allowed = await preflight(options.origin);
    if (allowed.headers.get('Access-Control-Allow-Origin') !== options.origin)
      mismatches.push(`CORS: the console's origin ${options.origin} may not call the API`);
    if (allowed.headers.get('Access-Control-Allow-Credentials') !== 'true')
      mismatches.push('CORS: the console may not send its session cookie (no Allow-Credentials)');
    const foreign = 'https://contract-test.invalid';
    if ((await preflight(foreign)).headers.get('Access-Control-Allow-Origin'))
      mismatches.push(`CORS: a foreign origin (${foreign}) may call the API`);
  }

  // Signing out ends the session: the same cookie is refused afterwards.
  await call('DELETE', '/api/v1/session', { headers: csrf, expect: [204] });
  await call('GET', '/api/v1/session', { expect: [401] });
  return { mismatches, notes, requests };
}
