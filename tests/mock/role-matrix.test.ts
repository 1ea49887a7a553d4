// Issue 12: the role matrix as the mock enforces it. Every operation of the contract (read from openapi.json,
// so a new endpoint without a row fails here) is called as each of the four demo roles, and the answer's class
// is checked against one table: allowed (anything but 401/403, never a 5xx) or refused (403). A few rows are
// variants of one endpoint whose answer depends on the record or the query (the desk's window, a record's
// history, the field revealed). ../shared/PRODUCT.md's role matrix is the authority this table follows.
import openapi from '@/shared/api/contract/openapi.json';
import { API_BASE_URL, setCsrfToken } from '@/shared/api/client';
import { seedDatabase } from '../../mocks/store/db';
import { notify } from '../../mocks/handlers/base';
import { processorContracts, processorReviews } from '../../mocks/store/processors';
import { visits } from '../../mocks/store/visits';
import { signInAs } from '../setup/render';
import type { DemoRole } from '../setup/demo-accounts';

const ROLES = ['officer', 'manager', 'staff', 'desk'] as const satisfies readonly DemoRole[];
type Allowed = Record<(typeof ROLES)[number], boolean>;

const ALL: Allowed = { officer: true, manager: true, staff: true, desk: true };
const OFFICER: Allowed = { officer: true, manager: false, staff: false, desk: false };
const PROCESSOR_READERS: Allowed = { officer: true, manager: true, staff: false, desk: false };
const DESK: Allowed = { officer: false, manager: false, staff: false, desk: true };
const RISK_READERS: Allowed = { officer: true, manager: true, staff: false, desk: false };
const MANAGER: Allowed = { officer: false, manager: true, staff: false, desk: false };
const HISTORY_READERS: Allowed = { officer: true, manager: false, staff: false, desk: true };
/** The policy library for officers; managers read it for their team's completion. */
const POLICY_READERS: Allowed = { officer: true, manager: true, staff: false, desk: false };

interface Call {
  /** Query string, e.g. `?export=true`. */
  query?: string;
  body?: unknown;
  ifMatch?: string;
  /** Path parameters, worked out once the seed is in place (and per caller, for their own records). */
  path?: (context: {
    role: DemoRole;
    userId: string;
  }) => Promise<Record<string, string>> | Record<string, string>;
}

const DAY = 86_400_000;
/** A visit that ended 10-60 days ago: outside the desk's default 7-day window. */
const olderVisit = () =>
  [...visits.all()].find(
    (v) =>
      v.checkedOutMs !== null &&
      v.checkedOutMs < Date.now() - 10 * DAY &&
      v.checkedOutMs > Date.now() - 60 * DAY,
  )!.id;
const contractOf = () => [...processorContracts.all()].find((c) => c.processorId === 'proc-payments')!.id;
const reviewOf = () => [...processorReviews.all()][0]!.id;

const walkIn = {
  name: 'Matrix Visitor',
  company: 'Matrix Ltd',
  hostId: 'p-staff',
  purpose: 'Meeting',
  siteId: 'site-tor',
  badge: '901',
  contact: '',
  privacyNoticeShown: true,
};
const tomorrow = () => new Date(Date.now() + DAY).toISOString().slice(0, 10);
const expectedBody = () => ({
  name: 'Matrix Guest',
  company: 'Matrix Ltd',
  date: tomorrow(),
  siteId: 'site-tor',
});

/** One table: operation (method and contract path, with an optional variant) -> who may call it. */
const MATRIX: { operation: string; variant?: string; allowed: Allowed; call?: Call }[] = [
  { operation: 'GET /api/v1/session', allowed: ALL },
  {
    operation: 'POST /api/v1/session',
    allowed: ALL,
    call: { body: { email: 'officer@example.com', password: 'demo-password' } },
  },
  { operation: 'DELETE /api/v1/session', allowed: ALL },
  { operation: 'GET /api/v1/people', allowed: ALL },
  { operation: 'GET /api/v1/sites', allowed: ALL },
  { operation: 'GET /api/v1/audit-events', variant: 'the whole trail', allowed: OFFICER },
  { operation: 'GET /api/v1/audit-trail', allowed: OFFICER },
  { operation: 'GET /api/v1/audit-trail/verification', allowed: OFFICER },
  {
    operation: 'POST /api/v1/audit-packs',
    allowed: OFFICER,
    call: { body: { module: 'processors', from: '2026-01-01', to: '2026-01-31' } },
  },
  // Every role has a dashboard: a card's figures are those the role may read (tests/mock/dashboard-api.test.ts).
  { operation: 'GET /api/v1/dashboard/{card}', allowed: ALL, call: { path: () => ({ card: 'risks' }) } },
  {
    operation: 'GET /api/v1/audit-events',
    variant: 'a processor’s history',
    allowed: PROCESSOR_READERS,
    call: { query: '?entityType=processor&entityId=proc-payments' },
  },
  {
    operation: 'GET /api/v1/audit-events',
    variant: 'a visit’s history, inside the desk’s window',
    allowed: HISTORY_READERS,
    call: { query: '?entityType=visit&entityId=visit-past-2' },
  },
  {
    operation: 'GET /api/v1/audit-events',
    variant: 'a visit’s history, older than the window',
    allowed: OFFICER,
    call: { query: '?entityType=visit&entityId=OLDER' },
  },
  {
    operation: 'GET /api/v1/audit-events',
    variant: 'the visit history’s export events',
    allowed: OFFICER,
    call: { query: '?entityType=visit&entityId=history' },
  },
  {
    operation: 'GET /api/v1/audit-events',
    variant: 'one’s own expected visit’s history',
    allowed: ALL,
    call: { query: '?entityType=expected-visit&entityId=OWN' },
  },
  {
    operation: 'POST /api/v1/reveals',
    variant: 'a visitor’s contact (with a reason)',
    allowed: OFFICER,
    call: { body: { entityType: 'visit', entityId: 'visit-past-2', field: 'contact', reason: 'Matrix' } },
  },
  {
    operation: 'POST /api/v1/reveals',
    variant: 'a processor’s contact email',
    allowed: PROCESSOR_READERS,
    call: { body: { entityType: 'processor', entityId: 'proc-payments', field: 'contactEmail' } },
  },
  { operation: 'PUT /api/v1/preferences', allowed: ALL, call: { body: { language: 'fr' } } },
  { operation: 'GET /api/v1/notifications', allowed: ALL },
  {
    operation: 'POST /api/v1/notifications/{id}/read',
    allowed: ALL,
    call: {
      path: ({ userId }) => {
        notify(userId, 'Matrix note');
        return { id: 'MATRIX_NOTE' };
      },
    },
  },
  { operation: 'GET /api/v1/processors', allowed: PROCESSOR_READERS },
  { operation: 'POST /api/v1/processors', allowed: OFFICER, call: { body: {} } },
  {
    operation: 'GET /api/v1/processors/{id}',
    allowed: PROCESSOR_READERS,
    call: { path: () => ({ id: 'proc-payments' }) },
  },
  {
    operation: 'PUT /api/v1/processors/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: 'proc-payments' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'GET /api/v1/processors/{id}/contracts',
    allowed: PROCESSOR_READERS,
    call: { path: () => ({ id: 'proc-payments' }) },
  },
  {
    operation: 'POST /api/v1/processors/{id}/contracts',
    allowed: OFFICER,
    call: { path: () => ({ id: 'proc-payments' }), body: {} },
  },
  {
    operation: 'GET /api/v1/contracts/{id}',
    allowed: PROCESSOR_READERS,
    call: { path: () => ({ id: contractOf() }) },
  },
  {
    operation: 'PUT /api/v1/contracts/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: contractOf() }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'GET /api/v1/processors/{id}/reviews',
    allowed: PROCESSOR_READERS,
    call: { path: () => ({ id: 'proc-payments' }) },
  },
  {
    operation: 'POST /api/v1/processors/{id}/reviews',
    allowed: OFFICER,
    call: { path: () => ({ id: 'proc-payments' }), body: {} },
  },
  {
    operation: 'GET /api/v1/reviews/{id}',
    allowed: PROCESSOR_READERS,
    call: { path: () => ({ id: reviewOf() }) },
  },
  {
    operation: 'PUT /api/v1/reviews/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: reviewOf() }), ifMatch: '"999"', body: {} },
  },
  { operation: 'GET /api/v1/review-cadence', allowed: PROCESSOR_READERS },
  { operation: 'PUT /api/v1/review-cadence', allowed: OFFICER, call: { ifMatch: '"999"', body: {} } },
  { operation: 'GET /api/v1/complaints', allowed: OFFICER },
  { operation: 'POST /api/v1/complaints', allowed: OFFICER, call: { body: {} } },
  {
    operation: 'GET /api/v1/complaints/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-quebec' }) },
  },
  {
    operation: 'PUT /api/v1/complaints/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-quebec' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/complaints/{id}/transitions',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-quebec' }), body: {} },
  },
  {
    operation: 'POST /api/v1/complaints/{id}/extension',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-new-de' }), body: {} },
  },
  {
    operation: 'GET /api/v1/complaints/{id}/escalation',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-uk-ico' }) },
  },
  {
    operation: 'POST /api/v1/complaints/{id}/escalation',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-quebec' }), body: {} },
  },
  {
    operation: 'PUT /api/v1/complaints/{id}/escalation',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-uk-ico' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/complaints/{id}/correspondence',
    allowed: OFFICER,
    call: { path: () => ({ id: 'cmp-uk-ico' }), body: {} },
  },
  { operation: 'GET /api/v1/complaint-regulators', allowed: OFFICER },
  { operation: 'GET /api/v1/complaint-deadline-settings', allowed: OFFICER },
  {
    operation: 'PUT /api/v1/complaint-deadline-settings',
    allowed: OFFICER,
    call: { ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/reveals',
    variant: 'a complainant’s contact (with a reason)',
    allowed: OFFICER,
    call: {
      body: {
        entityType: 'complaint',
        entityId: 'cmp-quebec',
        field: 'complainantContact',
        reason: 'Matrix',
      },
    },
  },
  {
    operation: 'GET /api/v1/audit-events',
    variant: 'a complaint’s history',
    allowed: OFFICER,
    call: { query: '?entityType=complaint&entityId=cmp-quebec' },
  },
  { operation: 'GET /api/v1/risks', allowed: RISK_READERS },
  { operation: 'POST /api/v1/risks', allowed: OFFICER, call: { body: {} } },
  {
    operation: 'GET /api/v1/risks/{id}',
    allowed: RISK_READERS,
    call: { path: () => ({ id: 'risk-privacy-shield' }) },
  },
  {
    operation: 'PUT /api/v1/risks/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: 'risk-privacy-shield' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/risks/{id}/transitions',
    variant: 'submit',
    allowed: OFFICER,
    call: { path: () => ({ id: 'risk-draft-backups' }), ifMatch: '"999"', body: { action: 'submit' } },
  },
  {
    operation: 'POST /api/v1/risks/{id}/transitions',
    variant: 'approve, on a risk the manager neither owns nor submitted',
    allowed: MANAGER,
    call: { path: () => ({ id: 'risk-privacy-shield' }), ifMatch: '"999"', body: { action: 'approve' } },
  },
  {
    operation: 'POST /api/v1/risks/{id}/transitions',
    variant: 'approve, on a risk the manager owns',
    allowed: { officer: false, manager: false, staff: false, desk: false },
    call: { path: () => ({ id: 'risk-card-data' }), ifMatch: '"999"', body: { action: 'approve' } },
  },
  { operation: 'GET /api/v1/risk-heat-map', allowed: RISK_READERS },
  { operation: 'GET /api/v1/policies', allowed: POLICY_READERS },
  { operation: 'POST /api/v1/policies', allowed: OFFICER, call: { body: {} } },
  {
    operation: 'GET /api/v1/policies/{id}',
    allowed: POLICY_READERS,
    call: { path: () => ({ id: 'pol-data-protection' }) },
  },
  {
    operation: 'PUT /api/v1/policies/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: 'pol-data-protection' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/policies/{id}/retire',
    allowed: OFFICER,
    call: { path: () => ({ id: 'pol-data-protection' }), ifMatch: '"999"' },
  },
  {
    operation: 'POST /api/v1/policies/{id}/versions',
    allowed: OFFICER,
    call: { path: () => ({ id: 'pol-data-protection' }), body: {} },
  },
  {
    operation: 'GET /api/v1/policy-versions/{id}',
    variant: 'a published version',
    allowed: ALL,
    call: { path: () => ({ id: 'pol-data-protection-v2.1' }) },
  },
  {
    operation: 'PUT /api/v1/policy-versions/{id}',
    allowed: OFFICER,
    call: { path: () => ({ id: 'pol-privacy-notice-v1.0' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/policy-versions/{id}/publish',
    allowed: OFFICER,
    call: { path: () => ({ id: 'pol-privacy-notice-v1.0' }), ifMatch: '"999"', body: {} },
  },
  {
    operation: 'POST /api/v1/policy-versions/{id}/acknowledgement',
    allowed: ALL,
    call: { path: () => ({ id: 'pol-acceptable-use-v2.0' }) },
  },
  {
    operation: 'GET /api/v1/policies/{id}/completion',
    allowed: POLICY_READERS,
    call: { path: () => ({ id: 'pol-data-protection' }) },
  },
  {
    operation: 'GET /api/v1/policies/{id}/people',
    allowed: POLICY_READERS,
    call: { path: () => ({ id: 'pol-data-protection' }) },
  },
  {
    operation: 'POST /api/v1/policies/{id}/reminders',
    allowed: POLICY_READERS,
    call: { path: () => ({ id: 'pol-clean-desk' }) },
  },
  {
    operation: 'GET /api/v1/policies/{id}/acknowledgements',
    allowed: POLICY_READERS,
    call: { path: () => ({ id: 'pol-data-protection' }) },
  },
  { operation: 'GET /api/v1/my-policies', allowed: ALL },
  {
    operation: 'GET /api/v1/policy-audience',
    allowed: OFFICER,
    call: { query: '?departments=Finance&siteIds=site-tor' },
  },
  {
    operation: 'GET /api/v1/my-policies/{id}',
    allowed: ALL,
    call: { path: () => ({ id: 'pol-data-protection' }) },
  },
  { operation: 'GET /api/v1/visits', allowed: HISTORY_READERS },
  { operation: 'GET /api/v1/visits', variant: 'export', allowed: OFFICER, call: { query: '?export=true' } },
  { operation: 'POST /api/v1/visits', allowed: DESK, call: { body: walkIn } },
  { operation: 'GET /api/v1/visits/on-site', allowed: DESK },
  {
    operation: 'GET /api/v1/visits/{id}',
    variant: 'inside the desk’s window',
    allowed: HISTORY_READERS,
    call: { path: () => ({ id: 'visit-past-2' }) },
  },
  {
    operation: 'GET /api/v1/visits/{id}',
    variant: 'older than the window',
    allowed: OFFICER,
    call: { path: () => ({ id: olderVisit() }) },
  },
  {
    operation: 'POST /api/v1/visits/{id}/check-out',
    allowed: DESK,
    call: { path: () => ({ id: 'visit-onsite-1' }) },
  },
  {
    operation: 'POST /api/v1/visits/{id}/undo-check-out',
    allowed: DESK,
    call: { path: () => ({ id: 'visit-onsite-1' }) },
  },
  { operation: 'GET /api/v1/expected-visits', variant: 'one’s own', allowed: ALL },
  {
    operation: 'GET /api/v1/expected-visits',
    variant: 'the desk’s',
    allowed: DESK,
    call: { query: '?scope=desk' },
  },
  { operation: 'POST /api/v1/expected-visits', allowed: ALL, call: { body: expectedBody() } },
  {
    operation: 'DELETE /api/v1/expected-visits/{id}',
    variant: 'one’s own',
    allowed: ALL,
    call: { path: () => ({ id: 'OWN' }), ifMatch: '"1"' },
  },
  {
    operation: 'POST /api/v1/expected-visits/{id}/check-in',
    allowed: DESK,
    call: { path: () => ({ id: 'expected-1' }), body: { badge: '902' } },
  },
  { operation: 'GET /api/v1/visit-retention', allowed: OFFICER },
  {
    operation: 'PUT /api/v1/visit-retention',
    allowed: OFFICER,
    call: { ifMatch: '"999"', body: { days: 90 } },
  },
  { operation: 'GET /api/v1/visit-history-window', allowed: HISTORY_READERS },
  {
    operation: 'PUT /api/v1/visit-history-window',
    allowed: OFFICER,
    call: { ifMatch: '"999"', body: { days: 7 } },
  },
  { operation: 'GET /api/v1/visit-retention/preview', allowed: OFFICER, call: { query: '?days=30' } },
];

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];
const contractOperations = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.keys(item)
    .filter((method) => METHODS.includes(method))
    .map((method) => `${method.toUpperCase()} ${path}`),
);

/** An expected visit of the caller's own, created for the row that needs one. */
async function ownExpectedVisit(csrf: string) {
  const response = await fetch(`${API_BASE_URL}/api/v1/expected-visits`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    body: JSON.stringify(expectedBody()),
  });
  return ((await response.json()) as { id: string }).id;
}

async function callAs(role: DemoRole, row: (typeof MATRIX)[number]) {
  seedDatabase('demo');
  const session = await signInAs(role);
  setCsrfToken(undefined);
  const [method, template] = row.operation.split(' ') as [string, string];
  const call = row.call ?? {};
  const params = call.path ? await call.path({ role, userId: session.user.id }) : {};
  const needsOwn = Object.values(params).includes('OWN') || !!call.query?.includes('OWN');
  const own = needsOwn ? await ownExpectedVisit(session.csrfToken) : '';
  let path = template;
  for (const [name, value] of Object.entries(params)) {
    const resolved =
      value === 'OWN' ? own : value === 'MATRIX_NOTE' ? await latestNotificationId(session.csrfToken) : value;
    path = path.replace(`{${name}}`, encodeURIComponent(resolved));
  }
  const query = (call.query ?? '').replace('OWN', own).replace('OLDER', olderVisit());
  const headers: Record<string, string> = { 'X-CSRF-Token': session.csrfToken };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.ifMatch) headers['If-Match'] = call.ifMatch;
  const response = await fetch(`${API_BASE_URL}${path}${query}`, {
    method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return response.status;
}

async function latestNotificationId(csrf: string) {
  const response = await fetch(`${API_BASE_URL}/api/v1/notifications`, { headers: { 'X-CSRF-Token': csrf } });
  const { items } = (await response.json()) as { items: { id: string; message: string }[] };
  return items.find((n) => n.message === 'Matrix note')!.id;
}

describe('the role matrix, as the mock enforces it', () => {
  it('has a row for every operation of the contract, and no row for an operation it lacks', () => {
    const rows = new Set(MATRIX.map((row) => row.operation));
    expect(contractOperations.filter((operation) => !rows.has(operation))).toEqual([]);
    expect([...rows].filter((operation) => !contractOperations.includes(operation))).toEqual([]);
  });

  it.each(MATRIX.map((row) => [`${row.operation}${row.variant ? ` (${row.variant})` : ''}`, row] as const))(
    '%s',
    async (_name, row) => {
      const answers: Record<string, number> = {};
      for (const role of ROLES) answers[role] = await callAs(role, row);
      const classes = Object.fromEntries(
        ROLES.map((role) => [
          role,
          answers[role] === 403
            ? 'refused'
            : answers[role]! < 500 && answers[role] !== 401
              ? 'allowed'
              : `broken ${answers[role]}`,
        ]),
      );
      const expected = Object.fromEntries(
        ROLES.map((role) => [role, row.allowed[role] ? 'allowed' : 'refused']),
      );
      expect({ classes, answers }).toEqual({ classes: expected, answers });
    },
  );
});
