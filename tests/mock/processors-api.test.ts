// The processors backend rules, exercised through the typed client against the mock (msw/node). Every answer is
// also checked against the OpenAPI document by the test setup.
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { addDays, addMonths } from '@/shared/model/dates';
import {
  type ContractInput,
  type ProcessorInput,
  type ReviewInput,
} from '@/features/processors/model/schemas';
import { seedProcessors } from '../../mocks/seed/processors';
import { createRandom } from '../../mocks/seed/random';
import { processors } from '../../mocks/store/processors';
import { say } from '../../mocks/i18n/server-messages';
import { failure, signInAs } from '../setup/render';

const today = new Date().toISOString().slice(0, 10);

const newProcessor = (overrides: Partial<ProcessorInput> = {}): ProcessorInput => ({
  name: 'Oven Telemetry Ltd',
  services: 'Remote diagnostics of connected ovens.',
  contactName: 'Ada Byrne',
  contactEmail: 'ada.byrne@oventelemetry.example',
  contactPhone: null,
  country: 'IE',
  status: 'active',
  riskTier: 'medium',
  riskReason: null,
  dataCategories: ['app_usage', 'device_identifiers'],
  dataSubjects: ['customers'],
  locations: [{ country: 'IE', transferMechanism: 'standard_contractual_clauses' }],
  subProcessors: [],
  ...overrides,
});

const allClauses: ContractInput['clauses'] = {
  documentedInstructions: true,
  confidentiality: true,
  securityMeasures: true,
  subProcessorConditions: true,
  dataSubjectRights: true,
  breachNotification: true,
  deletionOrReturn: true,
  auditRights: true,
};

const newContract = (overrides: Partial<ContractInput> = {}): ContractInput => ({
  reference: 'DPA-OVEN-2026',
  title: 'Data processing agreement',
  signedDate: addDays(today, -10),
  startDate: addDays(today, -5),
  endDate: addDays(today, 700),
  autoRenew: false,
  noticePeriodDays: null,
  documentUrl: 'https://contracts.example.com/oven.pdf',
  breachNotificationHours: 48,
  clauses: allClauses,
  ...overrides,
});

const newReview = (overrides: Partial<ReviewInput> = {}): ReviewInput => ({
  reviewDate: today,
  reviewer: 'Olivia Ortiz',
  findings: 'All evidence in order.',
  outcome: 'compliant',
  remediationActions: [],
  ...overrides,
});

async function getProcessor(id: string) {
  return unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id } } }));
}

async function createProcessor(input = newProcessor()) {
  return unwrap(await api.POST('/api/v1/processors', { body: input }));
}

describe('processors API: roles', () => {
  it('lets a manager read everything but write nothing', async () => {
    await signInAs('manager');
    const page = unwrap(await api.GET('/api/v1/processors', { params: { query: { pageSize: 5 } } }));
    expect(page.total).toBe(40);
    unwrap(await api.GET('/api/v1/processors/{id}/contracts', { params: { path: { id: 'proc-aws' } } }));
    unwrap(await api.GET('/api/v1/processors/{id}/reviews', { params: { path: { id: 'proc-aws' } } }));
    unwrap(await api.GET('/api/v1/review-cadence'));
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'processor', entityId: 'proc-aws' } },
      }),
    );
    expect(history.items).toBeDefined();
    expect((await failure(api.POST('/api/v1/processors', { body: newProcessor() }))).status).toBe(403);
    const aws = await getProcessor('proc-aws');
    const put = api.PUT('/api/v1/processors/{id}', {
      params: { path: { id: 'proc-aws' }, header: { 'If-Match': ifMatch(aws.version) } },
      body: newProcessor(),
    });
    expect((await failure(put)).status).toBe(403);
    const review = api.POST('/api/v1/processors/{id}/reviews', {
      params: { path: { id: 'proc-aws' } },
      body: newReview(),
    });
    expect((await failure(review)).status).toBe(403);
  });

  it.each(['staff', 'desk'] as const)('refuses %s with 403, reads and writes alike', async (role) => {
    await signInAs(role);
    expect((await failure(api.GET('/api/v1/processors'))).status).toBe(403);
    expect(
      (await failure(api.GET('/api/v1/processors/{id}', { params: { path: { id: 'proc-aws' } } }))).status,
    ).toBe(403);
    expect(
      (await failure(api.GET('/api/v1/processors/{id}/contracts', { params: { path: { id: 'proc-aws' } } })))
        .status,
    ).toBe(403);
    expect((await failure(api.GET('/api/v1/review-cadence'))).status).toBe(403);
    expect((await failure(api.POST('/api/v1/processors', { body: newProcessor() }))).status).toBe(403);
    const history = api.GET('/api/v1/audit-events', {
      params: { query: { entityType: 'processor', entityId: 'proc-aws' } },
    });
    expect((await failure(history)).status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await failure(api.GET('/api/v1/processors'))).status).toBe(401);
  });
});

describe('processors API: flags', () => {
  beforeEach(() => signInAs('officer'));

  it('flags the seeded AWS transfer under the Privacy Shield, as the policy states it', async () => {
    const aws = await getProcessor('proc-aws');
    expect(aws.locations).toContainEqual({ country: 'US', transferMechanism: 'privacy_shield' });
    expect(aws.flags.map((f) => f.code)).toEqual(['privacy_shield']);
    expect(aws.flags[0]!.message).toMatch(/United States.*Privacy Shield, invalidated in July 2020/);
  });

  it('flags a new Privacy Shield transfer, and clears it once a valid mechanism is recorded', async () => {
    const created = await createProcessor(
      newProcessor({ locations: [{ country: 'US', transferMechanism: 'privacy_shield' }] }),
    );
    expect(created.flags.map((f) => f.code)).toContain('privacy_shield');
    const updated = unwrap(
      await api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: created.id }, header: { 'If-Match': ifMatch(created.version) } },
        body: newProcessor({ locations: [{ country: 'US', transferMechanism: 'eu_us_dpf' }] }),
      }),
    );
    expect(updated.flags.map((f) => f.code)).not.toContain('privacy_shield');
  });

  it("flags children's or payment data at a low tier without a stated reason, not with one", async () => {
    const children = await createProcessor(newProcessor({ riskTier: 'low', dataSubjects: ['children'] }));
    expect(children.flags.find((f) => f.code === 'sensitive_data_low_tier')?.message).toBe(
      "Handles children's data at the low risk tier without a stated reason.",
    );
    const payment = await createProcessor(
      newProcessor({ riskTier: 'low', dataCategories: ['payment_data'], riskReason: '  ' }),
    );
    expect(payment.flags.map((f) => f.code)).toContain('sensitive_data_low_tier');
    const reasoned = await createProcessor(
      newProcessor({
        riskTier: 'low',
        dataSubjects: ['children'],
        riskReason: 'First names only, deleted after a week.',
      }),
    );
    expect(reasoned.flags.map((f) => f.code)).not.toContain('sensitive_data_low_tier');
    const medium = await createProcessor(
      newProcessor({ riskTier: 'medium', dataCategories: ['payment_data'] }),
    );
    expect(medium.flags.map((f) => f.code)).not.toContain('sensitive_data_low_tier');
    expect((await getProcessor('proc-kids-club')).flags.map((f) => f.code)).toContain(
      'sensitive_data_low_tier',
    );
    expect((await getProcessor('proc-school-workshops')).flags.map((f) => f.code)).not.toContain(
      'sensitive_data_low_tier',
    );
  });

  it('flags a contract with a missing clause on the processor and in the list', async () => {
    const created = await createProcessor();
    const contract = unwrap(
      await api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: created.id } },
        body: newContract({ clauses: { ...allClauses, auditRights: false } }),
      }),
    );
    expect(contract.missingClauses).toEqual(['auditRights']);
    expect(contract.status).toBe('current');
    const processor = await getProcessor(created.id);
    expect(processor.missingClauses).toEqual(['auditRights']);
    expect(processor.flags.find((f) => f.code === 'missing_clauses')?.message).toBe(
      'Contract DPA-OVEN-2026 lacks: audit and inspection rights.',
    );
    const list = unwrap(
      await api.GET('/api/v1/processors', { params: { query: { flag: 'missing_clauses', pageSize: 100 } } }),
    );
    expect(list.items.find((p) => p.id === created.id)?.missingClauses).toEqual(['auditRights']);
    // A complete contract in force replaces it as the governing one.
    unwrap(
      await api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: created.id } },
        body: newContract({ reference: 'DPA-OVEN-2026B', startDate: today }),
      }),
    );
    expect((await getProcessor(created.id)).missingClauses).toEqual([]);
  });

  it('flags contracts ending in the next 90 days and active processors without a current contract', async () => {
    const created = await createProcessor();
    expect(created.flags.map((f) => f.code)).toContain('no_current_contract');
    expect(created.currentContract).toBeNull();
    unwrap(
      await api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: created.id } },
        body: newContract({ startDate: addDays(today, -300), endDate: addDays(today, 60) }),
      }),
    );
    let processor = await getProcessor(created.id);
    expect(processor.flags.map((f) => f.code)).toEqual(['contract_expiring']);
    expect(processor.currentContract).toMatchObject({ reference: 'DPA-OVEN-2026', status: 'expiring' });
    // A renewal signed in time takes the flag away.
    unwrap(
      await api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: created.id } },
        body: newContract({
          reference: 'DPA-OVEN-2027',
          startDate: addDays(today, 61),
          endDate: addDays(today, 800),
        }),
      }),
    );
    processor = await getProcessor(created.id);
    expect(processor.flags.map((f) => f.code)).not.toContain('contract_expiring');
    // Seeded: a lapsed contract, and one expiring in 45 days.
    expect((await getProcessor('proc-lapsed-contract')).flags.map((f) => f.code)).toContain(
      'no_current_contract',
    );
    expect((await getProcessor('proc-email')).flags.map((f) => f.code)).toEqual([
      'missing_clauses',
      'contract_expiring',
    ]);
    // Not active: no contract needed yet.
    const onboarding = await createProcessor(newProcessor({ status: 'onboarding' }));
    expect(onboarding.flags.map((f) => f.code)).not.toContain('no_current_contract');
  });

  it('treats an auto-renewing contract as current past its renewal date', async () => {
    const created = await createProcessor();
    const contract = unwrap(
      await api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: created.id } },
        body: newContract({
          startDate: addDays(today, -400),
          endDate: addDays(today, 10),
          autoRenew: true,
          noticePeriodDays: 60,
        }),
      }),
    );
    expect(contract.status).toBe('current');
    expect((await getProcessor(created.id)).flags).toEqual([]);
  });
});

describe('processors API: reviews and cadence', () => {
  beforeEach(() => signInAs('officer'));

  it('computes the next review date from the last review and the tier cadence (6, 12, 24 months)', async () => {
    for (const [riskTier, months] of [
      ['high', 6],
      ['medium', 12],
      ['low', 24],
    ] as const) {
      const created = await createProcessor(newProcessor({ riskTier, riskReason: 'Reason' }));
      // Never reviewed: the first review is due from registration.
      expect(created.nextReviewDue).toBe(today);
      expect(created.reviewStatus).toBe('due_soon');
      unwrap(
        await api.POST('/api/v1/processors/{id}/reviews', {
          params: { path: { id: created.id } },
          body: newReview({ reviewDate: '2026-01-31' }),
        }),
      );
      const processor = await getProcessor(created.id);
      expect(processor.lastReviewDate).toBe('2026-01-31');
      expect(processor.nextReviewDue).toBe(addMonths('2026-01-31', months));
    }
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('flags overdue reviews, never-reviewed processors and overdue remediation', async () => {
    const overdue = await getProcessor('proc-overdue-review');
    expect(overdue.reviewStatus).toBe('overdue');
    expect(overdue.flags.find((f) => f.code === 'review_overdue')?.message).toMatch(
      /^The compliance review was due on/,
    );
    const never = await getProcessor('proc-never-reviewed');
    expect(never.flags.find((f) => f.code === 'review_overdue')?.message).toMatch(/^Never reviewed/);
    const remediation = await getProcessor('proc-remediation');
    expect(remediation.flags.map((f) => f.code)).toEqual(['missing_clauses', 'remediation_overdue']);
    expect((await getProcessor('proc-non-compliant')).flags.map((f) => f.code)).toContain('non_compliant');
    const offboarded = await getProcessor('proc-offboarded');
    expect(offboarded).toMatchObject({ reviewStatus: 'not_required', nextReviewDue: null, flags: [] });

    // Recording a review moves the date on and takes the flag away.
    unwrap(
      await api.POST('/api/v1/processors/{id}/reviews', {
        params: { path: { id: 'proc-overdue-review' } },
        body: newReview({ reviewDate: today }),
      }),
    );
    const reviewed = await getProcessor('proc-overdue-review');
    expect(reviewed).toMatchObject({ reviewStatus: 'scheduled', nextReviewDue: addMonths(today, 6) });
    expect(reviewed.flags.map((f) => f.code)).not.toContain('review_overdue');
  });

  it('lets an officer mark remediation actions done, which clears the flag', async () => {
    const [review] = unwrap(
      await api.GET('/api/v1/processors/{id}/reviews', { params: { path: { id: 'proc-remediation' } } }),
    ).items;
    const updated = unwrap(
      await api.PUT('/api/v1/reviews/{id}', {
        params: { path: { id: review!.id }, header: { 'If-Match': ifMatch(review!.version) } },
        body: {
          ...review!,
          remediationActions: review!.remediationActions.map((a) => ({ ...a, done: true })),
        },
      }),
    );
    expect(updated.version).toBe(review!.version + 1);
    expect((await getProcessor('proc-remediation')).flags.map((f) => f.code)).not.toContain(
      'remediation_overdue',
    );
  });

  it('recomputes every next review date when the cadence changes', async () => {
    const cadence = unwrap(await api.GET('/api/v1/review-cadence'));
    expect(cadence).toMatchObject({ high: 6, medium: 12, low: 24 });
    const aws = await getProcessor('proc-aws');
    const saved = unwrap(
      await api.PUT('/api/v1/review-cadence', {
        params: { header: { 'If-Match': ifMatch(cadence.version) } },
        body: { high: 3, medium: 12, low: 24 },
      }),
    );
    expect(saved.version).toBe(cadence.version + 1);
    expect((await getProcessor('proc-aws')).nextReviewDue).toBe(addMonths(aws.lastReviewDate!, 3));
    const stale = api.PUT('/api/v1/review-cadence', {
      params: { header: { 'If-Match': ifMatch(cadence.version) } },
      body: { high: 4, medium: 12, low: 24 },
    });
    expect((await failure(stale)).status).toBe(412);
    const bad = api.PUT('/api/v1/review-cadence', {
      params: { header: { 'If-Match': ifMatch(saved.version) } },
      body: { high: 0, medium: 12, low: 24 },
    });
    expect((await failure(bad)).fieldErrors).toEqual([
      { field: 'high', message: 'Enter a whole number of months from 1 to 60.' },
    ]);
  });

  it('asks for remediation actions when the outcome is not compliant', async () => {
    const error = await failure(
      api.POST('/api/v1/processors/{id}/reviews', {
        params: { path: { id: 'proc-aws' } },
        body: newReview({ outcome: 'remediation_required' }),
      }),
    );
    expect(error.fieldErrors).toEqual([
      { field: 'remediationActions', message: 'Add at least one remediation action with a due date.' },
    ]);
  });
});

describe('processors API: bad input', () => {
  beforeEach(() => signInAs('officer'));

  async function contractErrors(body: unknown) {
    const error = await failure(
      api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: 'proc-aws' } },
        body: body as ContractInput,
      }),
    );
    return { status: error.status, errors: error.fieldErrors };
  }

  it('refuses an end date before the start, at endDate', async () => {
    expect(await contractErrors(newContract({ startDate: '2026-05-01', endDate: '2026-04-30' }))).toEqual({
      status: 422,
      errors: [{ field: 'endDate', message: 'The end date must be on or after the start date.' }],
    });
  });

  it.each([0, -24, 1.5, 'soon', null])('refuses a breach-notification window of %s hours', async (hours) => {
    expect(await contractErrors({ ...newContract(), breachNotificationHours: hours })).toEqual({
      status: 422,
      errors: [
        {
          field: 'breachNotificationHours',
          message: 'Enter the breach-notification window as a whole number of hours, more than 0.',
        },
      ],
    });
  });

  it('reports every problem at once, the date order included', async () => {
    const { errors } = await contractErrors({
      ...newContract({ startDate: '2026-05-01', endDate: '2026-04-01' }),
      title: '',
      breachNotificationHours: -1,
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['breachNotificationHours', 'endDate', 'title']);
  });

  it('refuses a duplicate contract reference with 409 at reference, whatever its case', async () => {
    expect(await contractErrors(newContract({ reference: 'dpa-aws-2023' }))).toEqual({
      status: 409,
      errors: [{ field: 'reference', message: 'Another contract already has the reference DPA-AWS-2023.' }],
    });
  });

  it('refuses an unknown country at the field, wherever it is', async () => {
    for (const [input, field] of [
      [{ country: 'XZ' }, 'country'],
      [
        {
          locations: [
            { country: 'IE', transferMechanism: 'adequacy_decision' },
            { country: 'QQ', transferMechanism: 'other' },
          ],
        },
        'locations.1.country',
      ],
      [{ subProcessors: [{ name: 'Acme', service: 'Hosting', country: 'ZZ' }] }, 'subProcessors.0.country'],
    ] as const) {
      const error = await failure(
        api.POST('/api/v1/processors', { body: newProcessor(input as Partial<ProcessorInput>) }),
      );
      expect(error.status).toBe(422);
      expect(error.fieldErrors).toEqual([
        { field, message: 'This is not a country on our list. Choose one from the list.' },
      ]);
    }
  });

  it('asks for the transfer mechanism of a location outside Canada', async () => {
    const error = await failure(
      api.POST('/api/v1/processors', {
        body: newProcessor({ locations: [{ country: 'US', transferMechanism: null }] }),
      }),
    );
    expect(error.fieldErrors).toEqual([
      {
        field: 'locations.0.transferMechanism',
        message: 'Choose the transfer mechanism for this location outside Canada.',
      },
    ]);
  });

  it('refuses unknown list filters with 422', async () => {
    const error = await failure(api.GET('/api/v1/processors', { params: { query: { country: 'XX' } } }));
    expect(error.fieldErrors).toEqual([{ field: 'country', message: 'Unknown country “XX”.' }]);
  });
});

describe('processors API: concurrency and audit', () => {
  beforeEach(() => signInAs('officer'));

  it('answers 412 with the current record to the second of two officers editing one processor', async () => {
    const opened = await getProcessor('proc-payments');
    const first = unwrap(
      await api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: opened.id }, header: { 'If-Match': ifMatch(opened.version) } },
        body: { ...newProcessor(), name: 'Maplepay Payments Inc.', riskTier: 'high' },
      }),
    );
    expect(first.version).toBe(opened.version + 1);
    const error = await failure(
      api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: opened.id }, header: { 'If-Match': ifMatch(opened.version) } },
        body: { ...newProcessor(), name: 'Maplepay' },
      }),
    );
    expect(error.status).toBe(412);
    expect(error.problem.current).toMatchObject({
      id: opened.id,
      version: first.version,
      name: 'Maplepay Payments Inc.',
    });
    expect((await getProcessor(opened.id)).name).toBe('Maplepay Payments Inc.');
  });

  it('answers 412 on a stale contract and 428 without If-Match', async () => {
    const [contract] = unwrap(
      await api.GET('/api/v1/processors/{id}/contracts', { params: { path: { id: 'proc-payments' } } }),
    ).items;
    const body = { ...newContract(), reference: contract!.reference };
    unwrap(
      await api.PUT('/api/v1/contracts/{id}', {
        params: { path: { id: contract!.id }, header: { 'If-Match': ifMatch(contract!.version) } },
        body,
      }),
    );
    const stale = api.PUT('/api/v1/contracts/{id}', {
      params: { path: { id: contract!.id }, header: { 'If-Match': ifMatch(contract!.version) } },
      body,
    });
    expect((await failure(stale)).status).toBe(412);
    const missing = api.PUT('/api/v1/contracts/{id}', {
      params: { path: { id: contract!.id }, header: { 'If-Match': '' } },
      body,
    });
    expect((await failure(missing)).status).toBe(428);
  });

  it('records every write in the processor history, with the changed fields', async () => {
    const created = await createProcessor();
    unwrap(
      await api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: created.id }, header: { 'If-Match': ifMatch(created.version) } },
        body: newProcessor({ riskTier: 'high' }),
      }),
    );
    unwrap(
      await api.POST('/api/v1/processors/{id}/contracts', {
        params: { path: { id: created.id } },
        body: newContract(),
      }),
    );
    unwrap(
      await api.POST('/api/v1/processors/{id}/reviews', {
        params: { path: { id: created.id } },
        body: newReview(),
      }),
    );
    await signInAs('manager');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'processor', entityId: created.id } },
      }),
    );
    // Summaries are stored as message references, said in the reader's language where the trail is read.
    expect(history.items.map((e) => say(e.summary, 'en'))).toEqual([
      expect.stringMatching(/^Recorded compliance review/),
      'Added contract DPA-OVEN-2026',
      'Updated processor Oven Telemetry Ltd',
      'Registered processor Oven Telemetry Ltd',
    ]);
    expect(history.items[2]!.changes).toEqual([{ field: 'riskTier', from: 'medium', to: 'high' }]);
  });
});

describe('processors API: list', () => {
  beforeEach(() => signInAs('officer'));

  it('filters by status, tier, country, data category, review status and flags', async () => {
    const list = async (query: Record<string, unknown>) =>
      unwrap(await api.GET('/api/v1/processors', { params: { query: { pageSize: 500, ...query } } }));
    const all = await list({});
    const check = async (
      query: Record<string, unknown>,
      predicate: (p: (typeof all.items)[number]) => boolean,
    ) => {
      const page = await list(query);
      expect(page.total).toBe(all.items.filter(predicate).length);
      expect(page.total).toBeGreaterThan(0);
      expect(page.items.every(predicate)).toBe(true);
    };
    await check({ status: 'suspended' }, (p) => p.status === 'suspended');
    await check({ tier: 'low' }, (p) => p.riskTier === 'low');
    await check({ country: 'US' }, (p) => p.country === 'US' || p.locations.some((l) => l.country === 'US'));
    await check({ dataCategory: 'payment_data' }, (p) => p.dataCategories.includes('payment_data'));
    await check({ reviewStatus: 'overdue' }, (p) => p.reviewStatus === 'overdue');
    await check({ flagged: true }, (p) => p.flags.length > 0);
    await check({ flagged: false }, (p) => p.flags.length === 0);
    await check({ flag: 'privacy_shield' }, (p) => p.flags.some((f) => f.code === 'privacy_shield'));
    await check({ q: 'payments' }, (p) => `${p.name}\n${p.services}`.toLowerCase().includes('payments'));
    const byDue = await list({ sort: 'nextReviewDue', pageSize: 5 });
    expect(byDue.items[0]!.nextReviewDue! <= byDue.items[1]!.nextReviewDue!).toBe(true);
  });

  it('masks the contact email in lists', async () => {
    const page = unwrap(await api.GET('/api/v1/processors', { params: { query: { q: 'amazon' } } }));
    expect(page.items[0]).toMatchObject({ contactEmailMasked: 'j•••@aws-example.com' });
    expect(page.items[0]).not.toHaveProperty('contactEmail');
  });

  it('audits every page of an export, wherever the export starts (issue 12: not only its first page)', async () => {
    unwrap(
      await api.GET('/api/v1/processors', { params: { query: { export: true, page: 1, pageSize: 1000 } } }),
    );
    unwrap(
      await api.GET('/api/v1/processors', { params: { query: { export: true, page: 2, pageSize: 30 } } }),
    );
    const trail = unwrap(
      await api.GET('/api/v1/audit-events', { params: { query: { entityType: 'processors' } } }),
    );
    expect(trail.items.map((e) => say(e.summary, 'en'))).toEqual([
      'Exported page 2 of 2 of the processors to CSV (10 of 40)',
      'Exported page 1 of 1 of the processors to CSV (40 of 40)',
    ]);
  });

  it('filters and sorts the large seed of 2,000 processors (timed by npm run bench)', async () => {
    Array.from(seedProcessors({ random: createRandom(5), size: 'large', now: new Date() })); // to the end
    expect(processors.size).toBe(2000);
    const all = unwrap(await api.GET('/api/v1/processors', { params: { query: { pageSize: 25 } } }));
    expect(all.total).toBe(2000);
    const flagged = unwrap(
      await api.GET('/api/v1/processors', {
        params: { query: { flagged: true, tier: 'high', sort: '-nextReviewDue', page: 2, pageSize: 25 } },
      }),
    );
    expect(flagged.total).toBeGreaterThan(25);
    expect(flagged.items.every((p) => p.riskTier === 'high' && p.flags.length > 0)).toBe(true);
    const dues = flagged.items.map((p) => p.nextReviewDue ?? '9999-12-31');
    expect([...dues].sort().reverse()).toEqual(dues);
    const exported = unwrap(
      await api.GET('/api/v1/processors', { params: { query: { export: true, page: 2, pageSize: 1000 } } }),
    );
    expect(exported.items).toHaveLength(1000);
  });
});
