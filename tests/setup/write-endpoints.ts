// Every write operation of the contract that takes a body, with what it takes to reach its body from a test:
// a role that may make the write, a record to write to, and the record's version as If-Match. Read from
// openapi.json, so a write added to the contract is in the bad-input and fuzz tests without listing it here.
import document from '@/shared/api/contract/openapi.json';
import { contractsOf, reviewsOf } from '../../mocks/store/processors';
import type { DemoRole } from './demo-accounts';

type Operation = { requestBody?: unknown; security?: unknown[] };
const doc = document as unknown as { paths: Record<string, Record<string, Operation>> };

export interface WriteEndpoint {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the contract, e.g. /api/v1/processors/{id} */
  path: string;
  /** Signed in as this role, the write is allowed. */
  role: DemoRole | null;
  /** The path with a seeded record in place of its parameter (after seedDatabase: ids may be generated). */
  url(): string;
  /** PUT (and a few POSTs): the record's current version is sent as If-Match, read from its GET. */
  needsVersion: boolean;
  /** Where the version is read: the same path unless VERSION_AT says otherwise. */
  versionUrl(): string;
}

/** Seeded records (mocks/seed, demo) to write to, per path with a parameter (or per method and path). */
const RECORD_FOR: Record<string, () => string> = {
  '/api/v1/processors/{id}': () => 'proc-aws',
  '/api/v1/processors/{id}/contracts': () => 'proc-aws',
  '/api/v1/processors/{id}/reviews': () => 'proc-aws',
  '/api/v1/contracts/{id}': () => contractsOf('proc-aws')[0]!.id,
  '/api/v1/reviews/{id}': () => reviewsOf('proc-aws')[0]!.id,
  '/api/v1/expected-visits/{id}/check-in': () => 'expected-1',
  // Complaints: one under investigation (it may resolve or escalate), a GDPR one not yet extended, and one
  // with the ICO for the escalation's writes.
  '/api/v1/complaints/{id}': () => 'cmp-quebec',
  '/api/v1/complaints/{id}/transitions': () => 'cmp-quebec',
  '/api/v1/complaints/{id}/extension': () => 'cmp-new-de',
  'POST /api/v1/complaints/{id}/escalation': () => 'cmp-quebec',
  'PUT /api/v1/complaints/{id}/escalation': () => 'cmp-uk-ico',
  '/api/v1/complaints/{id}/correspondence': () => 'cmp-uk-ico',
  '/api/v1/risks/{id}': () => 'risk-draft-backups',
  '/api/v1/risks/{id}/transitions': () => 'risk-draft-backups',
  '/api/v1/policies/{id}': () => 'pol-breach',
  '/api/v1/policies/{id}/versions': () => 'pol-breach',
  // The seed's one draft version (the customer privacy notice's 1.0).
  '/api/v1/policy-versions/{id}': () => 'pol-privacy-notice-v1.0',
  '/api/v1/policy-versions/{id}/publish': () => 'pol-privacy-notice-v1.0',
};

/** Writes other than PUT that take If-Match: where the record's current version is read (its GET). */
const VERSION_AT: Record<string, (url: string) => string> = {
  '/api/v1/risks/{id}/transitions': (url) => url.replace(/\/transitions$/, ''),
  '/api/v1/policy-versions/{id}/publish': (url) => url.replace(/\/publish$/, ''),
};

/** PUTs of what has no version: the person's own preferences (nobody else edits them). */
const WITHOUT_VERSION = new Set(['/api/v1/preferences']);

/** Who may make each family of writes (../shared/PRODUCT.md's role matrix); null: signing in, no session. */
function roleFor(path: string, operation: Operation): DemoRole | null {
  if (Array.isArray(operation.security) && operation.security.length === 0) return null;
  if (path === '/api/v1/visits' || path.includes('/check-in')) return 'desk';
  return 'officer';
}

/**
 * Sends a raw body to a write as the console would (session, CSRF token, If-Match with the version read just
 * before), bypassing the typed client so the body can be anything at all.
 */
export async function sendRaw(endpoint: WriteEndpoint, body: string, csrfToken: string | undefined) {
  const url = `${location.origin}${endpoint.url()}`;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (endpoint.needsVersion) {
    const current = await fetch(`${location.origin}${endpoint.versionUrl()}`);
    headers['If-Match'] = current.headers.get('ETag') ?? '"1"';
  }
  return fetch(url, { method: endpoint.method, headers, body });
}

export const WRITE_ENDPOINTS: WriteEndpoint[] = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(
      ([method, operation]) => ['post', 'put', 'patch', 'delete'].includes(method) && operation.requestBody,
    )
    .map(([method, operation]) => {
      const record = RECORD_FOR[`${method.toUpperCase()} ${path}`] ?? RECORD_FOR[path];
      if (path.includes('{') && !record) throw new Error(`write-endpoints: name a seeded record for ${path}`);
      const url = () => (record ? path.replace(/\{[^}]+\}/, record()) : path);
      return {
        method: method.toUpperCase() as WriteEndpoint['method'],
        path,
        role: roleFor(path, operation),
        url,
        needsVersion: (method === 'put' && !WITHOUT_VERSION.has(path)) || path in VERSION_AT,
        versionUrl: () => (VERSION_AT[path] ?? ((same: string) => same))(url()),
      };
    }),
);
