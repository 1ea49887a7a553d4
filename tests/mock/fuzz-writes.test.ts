// Generated bodies against every write of the contract (tests/setup/write-endpoints.ts reads them from
// openapi.json), signed in as a role that may make the write. Whatever arrives, the mock (the reference for
// the real backend) never answers 5xx; every 4xx is problem+json the contract describes for the operation;
// a 4xx leaves every table as it was; and what a 2xx stored validates against the zod schema the console's
// form uses, already clean (parsing it again changes nothing).
//
// A failure prints fast-check's seed and path; FUZZ_SEED=<seed> npx vitest run tests/mock/fuzz-writes.test.ts
// runs the same bodies again. FUZZ_RUNS raises the number of bodies per endpoint (default 50).
import fc from 'fast-check';
import type { z } from 'zod';
import {
  contractInputSchema,
  processorInputSchema,
  reviewCadenceInputSchema,
  reviewInputSchema,
} from '@/features/processors/model/schemas';
import {
  checkInSchema,
  expectedCheckInSchema,
  expectedVisitSchema,
  historyWindowSchema,
  retentionSchema,
} from '@/features/visits/model/schemas';
import {
  complaintInputSchema,
  deadlineSettingsInputSchema,
  escalationUpdateSchema,
} from '@/features/complaints/model/schemas';
import { riskInputSchema } from '@/features/risks/model/schemas';
import {
  policyInputSchema,
  policyVersionInputSchema,
  publishInputSchema,
} from '@/features/policies/model/schemas';
import { addDays, todayIso } from '@/shared/model/dates';
import { complaintInputOf, complaints, currentSettings } from '../../mocks/store/complaints';
import { restoreSnapshot, takeSnapshot, type Snapshot } from '../../mocks/store/db';
import {
  contractInputOf,
  currentCadence,
  processorContracts,
  processorInputOf,
  processorReviews,
  processors,
  reviewInputOf,
} from '../../mocks/store/processors';
import {
  currentHistoryWindow,
  expectedVisits,
  visitRetention,
  visits,
  RETENTION_ID,
} from '../../mocks/store/visits';
import { riskInputOf, risks } from '../../mocks/store/risks';
import { policies, policyInputOf, policyVersions, versionInputOf } from '../../mocks/store/policies';
import { contractViolations } from '../setup/contract-validator';
import { signInAs } from '../setup/render';
import { sendRaw, WRITE_ENDPOINTS, type WriteEndpoint } from '../setup/write-endpoints';

const SEED = import.meta.env.FUZZ_SEED ? Number(import.meta.env.FUZZ_SEED) : undefined;
const RUNS = Number(import.meta.env.FUZZ_RUNS ?? 50);

type Answer = { id?: string };

interface Target {
  /** A body the write accepts on the demo seed: the generator mutates it. */
  valid: () => Record<string, unknown>;
  /** After a 2xx: the schema the stored values must satisfy, and those values in the schema's input shape. */
  schema?: z.ZodType;
  stored?: (answer: Answer) => Record<string, unknown>;
  /** A refusal that is audited by design (a failed sign-in): the audit trail may grow on a 4xx. */
  auditsRefusals?: boolean;
}

const today = todayIso();
const ALL_CLAUSES = {
  documentedInstructions: true,
  confidentiality: true,
  securityMeasures: true,
  subProcessorConditions: true,
  dataSubjectRights: true,
  breachNotification: true,
  deletionOrReturn: true,
  auditRights: true,
};
const processorBody = () => ({
  name: 'Oven Telemetry Ltd',
  services: 'Remote diagnostics.',
  contactName: 'Ada Byrne',
  contactEmail: 'ada@oven.example',
  contactPhone: '+353 1 555 0100',
  country: 'IE',
  status: 'active',
  riskTier: 'medium',
  riskReason: null,
  dataCategories: ['app_usage'],
  dataSubjects: ['customers'],
  locations: [{ country: 'IE', transferMechanism: 'standard_contractual_clauses' }],
  subProcessors: [{ name: 'Hostco', service: 'Hosting', country: 'DE' }],
});
const contractBody = () => ({
  reference: 'DPA-FUZZ-1',
  title: 'Data processing agreement',
  signedDate: addDays(today, -10),
  startDate: addDays(today, -5),
  endDate: addDays(today, 300),
  autoRenew: true,
  noticePeriodDays: 30,
  documentUrl: 'https://contracts.example.com/x.pdf',
  breachNotificationHours: 48,
  clauses: ALL_CLAUSES,
});
const reviewBody = () => ({
  reviewDate: addDays(today, -3),
  reviewer: 'Olivia Ortiz',
  findings: 'Two gaps.',
  outcome: 'remediation_required',
  remediationActions: [{ description: 'Sign the new DPA', dueDate: addDays(today, 30), done: false }],
});
const complaintBody = () => ({
  receivedDate: addDays(today, -20),
  channel: 'email',
  complainantName: 'Mathieu Roy',
  complainantContact: 'mathieu@courriel.example',
  complainantCountry: 'CA',
  complainantRegion: 'QC',
  subject: 'deletion',
  description: 'Asked for his account to be deleted.',
  assigneeId: 'p-officer',
  processorIds: ['proc-email'],
});
const complaintStored = (a: Answer) => complaintInputOf(complaints.get(a.id!)!);
const riskBody = () => ({
  title: 'Oven telemetry sent without consent',
  description: 'Ovens send usage data before consent.',
  category: 'legal_compliance',
  threat: 'Processing without a lawful basis.',
  affectedAssets: 'Oven telemetry.',
  ownerId: 'p-officer',
  linkedProcessorIds: ['proc-aws'],
  inherentLikelihood: 4,
  inherentImpact: 4,
  treatment: 'mitigate',
  actions: [
    {
      id: null,
      description: 'Ask consent',
      ownerId: 'p-0003',
      dueDate: addDays(today, 30),
      status: 'planned',
    },
  ],
  residualLikelihood: 2,
  residualImpact: 3,
  residualReason: null,
  acceptanceJustification: null,
  acceptedById: null,
  acceptanceExpiry: null,
});
const riskStored = (a: Answer) => riskInputOf(risks.get(a.id!)!);
const processorStored = (a: Answer) => processorInputOf(processors.get(a.id!)!);
const contractStored = (a: Answer) => contractInputOf(processorContracts.get(a.id!)!);
const reviewStored = (a: Answer) => reviewInputOf(processorReviews.get(a.id!)!);
const visitStored = (a: Answer) => {
  const visit = visits.get(a.id!)!;
  const { name, company, hostId, purpose, siteId, badge, privacyNoticeShown } = visit;
  return { name, company, hostId, purpose, siteId, badge, privacyNoticeShown, contact: visit.contact ?? '' };
};

const policyBody = () => ({
  title: 'Working from home',
  ownerId: 'p-officer',
  category: 'information_security',
  audience: { everyone: false, departments: ['Finance', 'Legal'], siteIds: ['site-tor'], roles: [] },
});
const versionBody = () => ({
  kind: 'major',
  effectiveDate: addDays(today, 30),
  summary: 'Clearer rules on home printers.',
  text: '# Working from home\n\nNo customer data on a home printer.',
});
const policyStored = (a: Answer) => policyInputOf(policies.get(a.id!)!);
const versionStored = (a: Answer) => versionInputOf(policyVersions.get(a.id!)!);

/** One per write of the contract: a write the contract gains without a target here fails the test below. */
const TARGETS: Record<string, Target> = {
  'POST /api/v1/session': {
    valid: () => ({ email: 'officer@example.com', password: 'demo-password' }),
    auditsRefusals: true,
  },
  'POST /api/v1/reveals': {
    valid: () => ({ entityType: 'processor', entityId: 'proc-aws', field: 'contactEmail' }),
  },
  'PUT /api/v1/preferences': { valid: () => ({ language: 'fr' }) },
  // Stores nothing but its own audit event (an export).
  'POST /api/v1/audit-packs': {
    valid: () => ({ module: 'processors', from: addDays(today, -30), to: today }),
  },
  'POST /api/v1/processors': { valid: processorBody, schema: processorInputSchema, stored: processorStored },
  'PUT /api/v1/processors/{id}': {
    valid: processorBody,
    schema: processorInputSchema,
    stored: processorStored,
  },
  'POST /api/v1/processors/{id}/contracts': {
    valid: contractBody,
    schema: contractInputSchema,
    stored: contractStored,
  },
  'PUT /api/v1/contracts/{id}': { valid: contractBody, schema: contractInputSchema, stored: contractStored },
  'POST /api/v1/processors/{id}/reviews': {
    valid: reviewBody,
    schema: reviewInputSchema,
    stored: reviewStored,
  },
  'PUT /api/v1/reviews/{id}': { valid: reviewBody, schema: reviewInputSchema, stored: reviewStored },
  'PUT /api/v1/review-cadence': {
    valid: () => ({ high: 6, medium: 12, low: 24 }),
    schema: reviewCadenceInputSchema,
    stored: () => {
      const { high, medium, low } = currentCadence();
      return { high, medium, low };
    },
  },
  'POST /api/v1/complaints': { valid: complaintBody, schema: complaintInputSchema, stored: complaintStored },
  'PUT /api/v1/complaints/{id}': {
    valid: complaintBody,
    schema: complaintInputSchema,
    stored: complaintStored,
  },
  'POST /api/v1/complaints/{id}/transitions': {
    valid: () => ({
      to: 'resolved',
      date: today,
      outcome: 'upheld',
      resolutionSummary: 'Removed from the lists.',
      responseDate: today,
      responseSummary: 'Confirmed the removal.',
    }),
  },
  'POST /api/v1/complaints/{id}/extension': { valid: () => ({ reason: 'Backups must be restored.' }) },
  'POST /api/v1/complaints/{id}/escalation': {
    valid: () => ({ regulatorId: 'ca-qc-cai', escalatedOn: today, regulatorDeadline: addDays(today, 30) }),
  },
  'PUT /api/v1/complaints/{id}/escalation': {
    valid: () => ({ regulatorReference: 'IC-1', regulatorDeadline: addDays(today, 20) }),
    schema: escalationUpdateSchema,
    stored: (a) => {
      const { regulatorReference, regulatorDeadline } = complaints.get(a.id!)!.escalation!;
      return { regulatorReference, regulatorDeadline };
    },
  },
  'POST /api/v1/complaints/{id}/correspondence': {
    valid: () => ({ date: today, direction: 'in', summary: 'The ICO asked for the consent logs.' }),
  },
  'PUT /api/v1/complaint-deadline-settings': {
    valid: () => ({ acknowledgementBusinessDays: 5, defaultResponseDays: 30 }),
    schema: deadlineSettingsInputSchema,
    stored: () => {
      const { acknowledgementBusinessDays, defaultResponseDays } = currentSettings();
      return { acknowledgementBusinessDays, defaultResponseDays };
    },
  },
  'POST /api/v1/risks': { valid: riskBody, schema: riskInputSchema, stored: riskStored },
  'PUT /api/v1/risks/{id}': { valid: riskBody, schema: riskInputSchema, stored: riskStored },
  'POST /api/v1/risks/{id}/transitions': { valid: () => ({ action: 'submit', comment: null }) },
  'POST /api/v1/visits': {
    valid: () => ({
      name: 'Nora Lindqvist',
      company: 'Fjord Analytics',
      hostId: 'p-staff',
      purpose: 'Meeting',
      siteId: 'site-tor',
      badge: 'F-1',
      contact: 'nora@fjord.example',
      privacyNoticeShown: true,
    }),
    schema: checkInSchema,
    stored: visitStored,
  },
  'POST /api/v1/expected-visits': {
    valid: () => ({ name: 'Rafael Costa', company: 'Cobalt', date: addDays(today, 2), siteId: 'site-tor' }),
    schema: expectedVisitSchema,
    stored: (a) => {
      const { name, company, date, siteId, purpose } = expectedVisits.get(a.id!)!;
      return { name, company, date, siteId, purpose };
    },
  },
  'POST /api/v1/expected-visits/{id}/check-in': {
    valid: () => ({ badge: 'E-1' }),
    schema: expectedCheckInSchema,
    stored: (a) => ({ badge: visits.get(a.id!)!.badge }),
  },
  'PUT /api/v1/visit-retention': {
    valid: () => ({ days: 400, confirmPurge: true }),
    schema: retentionSchema,
    stored: () => ({ days: visitRetention.get(RETENTION_ID)!.days }),
  },
  'POST /api/v1/policies': { valid: policyBody, schema: policyInputSchema, stored: policyStored },
  'PUT /api/v1/policies/{id}': { valid: policyBody, schema: policyInputSchema, stored: policyStored },
  'POST /api/v1/policies/{id}/versions': {
    valid: versionBody,
    schema: policyVersionInputSchema,
    stored: versionStored,
  },
  'PUT /api/v1/policy-versions/{id}': {
    valid: versionBody,
    schema: policyVersionInputSchema,
    stored: versionStored,
  },
  'POST /api/v1/policy-versions/{id}/publish': {
    valid: () => ({ dueDate: addDays(today, 21) }),
    schema: publishInputSchema,
    stored: (a) => ({ dueDate: policyVersions.get(a.id!)!.dueDate }),
  },
  'PUT /api/v1/visit-history-window': {
    valid: () => ({ days: 14 }),
    schema: historyWindowSchema,
    stored: () => ({ days: currentHistoryWindow().days }),
  },
};

/** Values a client may send by mistake or on purpose, in place of any field. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    '\u0000',
    'a\u0000b',
    '\u202eevil',
    '2099-99-99',
    '9999-12-31',
    '0000-01-01',
    'abc',
    '-1',
    '1e309',
    'NaN',
    'x'.repeat(20_001),
    '<script>alert(1)</script>',
    '=HYPERLINK("https://evil.example")',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.array(fc.constantFrom('app_usage', 'location', 'customers', 'x'), { minLength: 0, maxLength: 60 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** The valid body with some fields replaced, some dropped and some added. */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  return fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys), nasty, { maxKeys: keys.length }),
      drop: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      extra: fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 2 }),
    })
    .map(({ replace, drop, extra }) => {
      const body: Record<string, unknown> = { ...extra, ...valid, ...replace };
      for (const key of drop) delete body[key];
      return body;
    });
}

function bodies(target: Target): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(target.valid()).map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify(target.valid())) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  );
}

/** Each table as JSON, but the sessions (each call moves its session's last-seen time). */
function tablesNow(): Record<string, string> {
  const { sessions: _sessions, ...rest } = takeSnapshot();
  return Object.fromEntries(Object.entries(rest).map(([name, rows]) => [name, JSON.stringify(rows)]));
}

/** The names of the tables whose rows differ. */
function changedTables(before: Record<string, string>, after: Record<string, string>, ignore: string[]) {
  return Object.keys(after).filter((name) => !ignore.includes(name) && after[name] !== before[name]);
}

function pick(value: unknown, keys: string[]) {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

describe('generated bodies at every write of the contract', () => {
  it('has a target for each write', () => {
    expect(WRITE_ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort()).toEqual(Object.keys(TARGETS).sort());
  });

  it.each(WRITE_ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s: never 5xx, 4xx as the contract says and nothing stored, 2xx stores only valid records',
    async (name, endpoint: WriteEndpoint) => {
      const target = TARGETS[name]!;
      const session = endpoint.role ? await signInAs(endpoint.role) : undefined;
      const start: Snapshot = takeSnapshot();
      let successes = 0;
      await fc.assert(
        fc.asyncProperty(bodies(target), async (body) => {
          restoreSnapshot(start);
          const before = tablesNow();
          const response = await sendRaw(endpoint, body, session?.csrfToken);
          const request = new Request(`${location.origin}${endpoint.url()}`, { method: endpoint.method });
          expect(response.status, body).toBeLessThan(500);
          expect(await contractViolations(request, response), body).toEqual([]);
          if (response.status >= 400) {
            expect(response.headers.get('Content-Type'), body).toMatch(/^application\/problem\+json/);
            const ignore = target.auditsRefusals ? ['auditEvents'] : [];
            expect(
              changedTables(before, tablesNow(), ignore),
              `a ${response.status} changed tables: ${body}`,
            ).toEqual([]);
            return;
          }
          successes += 1;
          if (!target.schema || !target.stored) return;
          const stored = target.stored((await response.json()) as Answer);
          const parsed = target.schema.safeParse(stored);
          expect(parsed.error?.issues ?? [], `stored from ${body}`).toEqual([]);
          // Stored clean: parsing what is stored gives it back unchanged.
          expect(pick(parsed.data, Object.keys(stored)), `stored from ${body}`).toEqual(stored);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      restoreSnapshot(start);
      // The valid body is among the generated ones often enough that each write is seen to succeed.
      if (RUNS >= 30) expect(successes, 'no generated body was accepted').toBeGreaterThan(0);
    },
  );
});
