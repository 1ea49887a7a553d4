// What the mock (the reference for the real backend) stores of odd input: real dates within bounds, text
// without control or direction-override characters, no invisible-only required text, lists without
// duplicates, phone numbers that are phone numbers. Each rule is a shared builder (src/shared/model/fields.ts),
// so the form shows the same message at the field.
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { addDays, addMonths, todayIso } from '@/shared/model/dates';
import type { ProcessorInput, ReviewInput } from '@/features/processors/model/schemas';
import { processors, processorReviews } from '../../mocks/store/processors';
import { expectedVisits, visits } from '../../mocks/store/visits';
import { failure, signInAs } from '../setup/render';

const today = todayIso();

const processor = (overrides: Partial<ProcessorInput> = {}): ProcessorInput => ({
  name: 'Oven Telemetry Ltd',
  services: 'Remote diagnostics of connected ovens.',
  contactName: 'Ada Byrne',
  contactEmail: 'ada.byrne@oventelemetry.example',
  contactPhone: null,
  country: 'IE',
  status: 'active',
  riskTier: 'medium',
  riskReason: null,
  dataCategories: ['app_usage'],
  dataSubjects: ['customers'],
  locations: [{ country: 'IE', transferMechanism: 'standard_contractual_clauses' }],
  subProcessors: [],
  ...overrides,
});

const review = (overrides: Partial<ReviewInput> = {}): ReviewInput => ({
  reviewDate: today,
  reviewer: 'Olivia Ortiz',
  findings: 'Evidence in order.',
  outcome: 'compliant',
  remediationActions: [],
  ...overrides,
});

const expected = (date: string, name = 'Rafael Costa') =>
  api.POST('/api/v1/expected-visits', {
    body: { name, company: 'Cobalt Consulting', date, siteId: 'site-tor' },
  });

describe('dates', () => {
  beforeEach(() => signInAs('staff'));

  it.each(['2099-99-99', '9999-12-31', '2027-02-30', addDays(addMonths(today, 12), 1)])(
    'refuses an expected visit on %s at the date, saying the bound, and stores nothing',
    async (date) => {
      const before = expectedVisits.size;
      const error = await failure(expected(date));
      expect(error.status).toBe(422);
      expect(error.fieldErrors.map((e) => e.field)).toEqual(['date']);
      expect(expectedVisits.size).toBe(before);
    },
  );

  it('says how far ahead a visit may be expected', async () => {
    const error = await failure(expected(addMonths(today, 13)));
    expect(error.fieldErrors[0]!.message).toBe(`Choose a date up to ${addMonths(today, 12)} (a year ahead).`);
  });

  it('accepts today and a year ahead', async () => {
    unwrap(await expected(today));
    unwrap(await expected(addMonths(today, 12)));
  });

  it('refuses a compliance review dated in the future, and an action due before its review', async () => {
    await signInAs('officer');
    const before = processorReviews.size;
    const future = await failure(
      api.POST('/api/v1/processors/{id}/reviews', {
        params: { path: { id: 'proc-aws' } },
        body: review({ reviewDate: addDays(today, 3) }),
      }),
    );
    expect(future.fieldErrors).toEqual([
      {
        field: 'reviewDate',
        message: 'A review cannot be dated in the future: enter the day it was carried out.',
      },
    ]);
    const early = await failure(
      api.POST('/api/v1/processors/{id}/reviews', {
        params: { path: { id: 'proc-aws' } },
        body: review({
          reviewDate: addDays(today, -10),
          outcome: 'remediation_required',
          remediationActions: [
            { description: 'Rotate keys', dueDate: addDays(today, 5), done: false },
            { description: 'Fix the DPA', dueDate: addDays(today, -20), done: false },
          ],
        }),
      }),
    );
    expect(early.fieldErrors).toEqual([
      {
        field: 'remediationActions.1.dueDate',
        message: `An action cannot be due before the review (${addDays(today, -10)}).`,
      },
    ]);
    expect(processorReviews.size).toBe(before);
  });
});

describe('text', () => {
  it.each(['\u200b', ' \u200b\u200d ', '\u2060', '\ufeff', '\u202e', '\u0000'])(
    'refuses invisible-only text (%j) as a required name',
    async (name) => {
      await signInAs('staff');
      const error = await failure(expected(today, name));
      expect(error.fieldErrors).toEqual([{ field: 'name', message: 'Enter the visitor’s name.' }]);
    },
  );

  it('stores names and descriptions without NUL, other control or direction-override characters', async () => {
    await signInAs('officer');
    const created = unwrap(
      await api.POST('/api/v1/processors', {
        body: processor({
          name: 'Acme\u0000 \u202eLtd\u202c\u0007',
          services: 'Line one\nline two\u2066\u2069',
          riskReason: '\u200b',
        }),
      }),
    );
    const stored = processors.get(created.id)!;
    expect(stored.name).toBe('Acme Ltd');
    expect(stored.services).toBe('Line one\nline two');
    expect(stored.riskReason).toBeNull();

    await signInAs('desk');
    const visit = unwrap(
      await api.POST('/api/v1/visits', {
        body: {
          name: 'Nora\u0000 Lindqvist\u202e',
          company: 'Fjord\u0008 Analytics',
          hostId: 'p-staff',
          purpose: 'Meeting',
          siteId: 'site-tor',
          badge: '150',
          contact: 'nora\u202e@fjord.example\u0000',
          privacyNoticeShown: true,
        },
      }),
    );
    expect(visits.get(visit.id)).toMatchObject({
      name: 'Nora Lindqvist',
      company: 'Fjord Analytics',
      contact: 'nora@fjord.example',
    });
  });
});

describe('lists and phone numbers', () => {
  beforeEach(() => signInAs('officer'));

  it('stores each data category once, and refuses 20,000 of them with a clear message', async () => {
    const created = unwrap(
      await api.POST('/api/v1/processors', {
        body: processor({ dataCategories: ['app_usage', 'location', 'app_usage', 'location'] }),
      }),
    );
    expect(processors.get(created.id)!.dataCategories).toEqual(['app_usage', 'location']);

    const before = processors.size;
    const flood = await failure(
      api.POST('/api/v1/processors', {
        body: processor({ dataCategories: Array.from({ length: 20_000 }, () => 'app_usage' as const) }),
      }),
    );
    expect(flood.fieldErrors).toEqual([
      { field: 'dataCategories', message: 'Choose each data category once, at most 10.' },
    ]);
    expect(processors.size).toBe(before);
  });

  it('refuses a contact phone "abc" at the field, and keeps a real one', async () => {
    const error = await failure(api.POST('/api/v1/processors', { body: processor({ contactPhone: 'abc' }) }));
    expect(error.fieldErrors).toEqual([
      { field: 'contactPhone', message: 'Enter a phone number of digits, e.g. +1 416 555 0100.' },
    ]);
    const aws = unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id: 'proc-aws' } } }));
    const updated = unwrap(
      await api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: 'proc-aws' }, header: { 'If-Match': ifMatch(aws.version) } },
        body: processor({ contactPhone: '+1 (416) 555-0100' }),
      }),
    );
    expect(processors.get(updated.id)!.contactPhone).toBe('+1 (416) 555-0100');
  });
});
