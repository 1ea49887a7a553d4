// Processors & contracts: processors, their data processing agreements and compliance reviews, and the review
// cadence. Officers read and write; managers read; everyone else is refused (403), as the real backend would.
import { HttpResponse } from 'msw';
import { isCountryCode } from '@/shared/model/countries';
import {
  DATA_CATEGORIES,
  PROCESSOR_FLAG_CODES,
  PROCESSOR_STATUSES,
  REVIEW_STATUSES,
  RISK_TIERS,
  contractInputSchema,
  processorInputSchema,
  reviewCadenceInputSchema,
  reviewInputSchema,
  type ContractInput,
  type ReviewCadenceInput,
} from '@/features/processors/model/schemas';
import type { components } from '@/shared/api/schema';
import { newId, notifyWrite } from '../store/db';
import {
  contractInputOf,
  contractsOf,
  currentCadence,
  derive,
  MASKED_PROCESSOR_FIELDS,
  processorContracts,
  processorInputOf,
  processorReviews,
  processors,
  refreshAllReviewDates,
  refreshProcessor,
  reviewCadence,
  reviewInputOf,
  reviewsOf,
  todayIso,
  toContract,
  toListItem,
  toProcessor,
  withDigest,
  type ContractRecord,
  type ProcessorRecord,
} from '../store/processors';
import '../seed/processors';
import { defineHistory, defineRevealable } from './base';
import {
  changedFields,
  checkIfMatch,
  etag,
  fieldProblem,
  listParams,
  problem,
  readBody,
  recordAudit,
} from './http';
import { defineResource } from './resource';
import { route } from './route';
import { requestLanguage } from '../i18n/server-messages';
import { serverProcessorsMessages as m } from '../i18n/processors-messages';

type FieldError = components['schemas']['FieldError'];

defineHistory('processor', 'processors.read');
defineHistory('review-cadence', 'processors.read');
defineRevealable('processor', 'contactEmail', {
  permission: 'processors.read',
  read: (id) => processors.get(id)?.contactEmail,
});
defineRevealable('processor', 'contactPhone', {
  permission: 'processors.read',
  read: (id) => {
    const processor = processors.get(id);
    return processor ? processor.contactPhone : undefined;
  },
});

/** A processor's changes for its history (which managers read): the contact's email and phone masked. */
function maskedChanges(changes: { field: string; from: unknown; to: unknown }[]) {
  return changes.map((change) => {
    const mask = MASKED_PROCESSOR_FIELDS[change.field];
    return mask ? { ...change, from: mask(change.from), to: mask(change.to) } : change;
  });
}

function enumParam<T extends string>(
  url: URL,
  name: string,
  values: readonly T[],
  errors: FieldError[],
): T | undefined {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    errors.push({ field: name, message: m.ref('query.unknownValue', { name, value }) });
    return undefined;
  }
  return value as T;
}

const processorRecords = defineResource({
  table: processors,
  entityType: 'processor',
  notFound: m.ref('notFound.processor'),
  answer: (record) => toProcessor(record),
});

/** A processor as answered to this request: its flags in the request's language, its version as ETag. */
function answerProcessor(request: Request, record: ProcessorRecord, status = 200) {
  return HttpResponse.json(toProcessor(record, todayIso(), requestLanguage(request)), {
    status,
    headers: etag(record),
  });
}

/** The processor a caller means to change: 404, 428 without If-Match, 412 with it as it is now. */
function processorForWrite(request: Request, id: string) {
  const found = processorRecords.find(id);
  checkIfMatch(request, toProcessor(found, todayIso(), requestLanguage(request)));
  return found;
}
// A processor's contracts and reviews are part of its history, and of its digest (see withDigest).
const contractRecords = defineResource({
  table: processorContracts,
  entityType: 'processor',
  historyOf: (record) => record.processorId,
  notFound: m.ref('notFound.contract'),
  answer: (record) => toContract(record),
  afterWrite: (record) => refreshProcessor(record.processorId),
});
const reviewRecords = defineResource({
  table: processorReviews,
  entityType: 'processor',
  historyOf: (record) => record.processorId,
  notFound: m.ref('notFound.review'),
  afterWrite: (record) => refreshProcessor(record.processorId),
});
const cadenceRecords = defineResource({
  table: reviewCadence,
  entityType: 'review-cadence',
  answer: ({ id: _id, ...cadence }) => cadence,
  afterWrite: refreshAllReviewDates,
});

/** References are unique across all contracts (they are how legal and finance name them). */
function checkReferenceFree(reference: string, exceptId?: string) {
  for (const contract of processorContracts.all()) {
    if (contract.id !== exceptId && contract.reference.toLowerCase() === reference.toLowerCase()) {
      throw fieldProblem(
        'reference',
        m.ref('contract.referenceTaken', { reference: contract.reference }),
        409,
      );
    }
  }
}

function contractChanges(before: ContractInput, after: ContractInput) {
  const { clauses: beforeClauses, ...beforeRest } = before;
  const { clauses: afterClauses, ...afterRest } = after;
  return [
    ...changedFields(beforeRest, afterRest),
    ...changedFields(beforeClauses, afterClauses).map((change) => ({
      ...change,
      field: `clauses.${change.field}`,
    })),
  ];
}

export const processorHandlers = [
  route('get', '/processors', 'processors.read', ({ caller, url, request }) => {
    const { page, pageSize, sort, q, isExport } = listParams(url, (key) => processors.sortable(key));
    const errors: FieldError[] = [];
    const status = enumParam(url, 'status', PROCESSOR_STATUSES, errors);
    const tier = enumParam(url, 'tier', RISK_TIERS, errors);
    const dataCategory = enumParam(url, 'dataCategory', DATA_CATEGORIES, errors);
    const reviewStatus = enumParam(url, 'reviewStatus', REVIEW_STATUSES, errors);
    const flag = enumParam(url, 'flag', PROCESSOR_FLAG_CODES, errors);
    const flaggedParam = url.searchParams.get('flagged');
    if (flaggedParam && flaggedParam !== 'true' && flaggedParam !== 'false') {
      errors.push({ field: 'flagged', message: m.ref('query.flagged') });
    }
    const country = url.searchParams.get('country')?.toUpperCase() || undefined;
    if (country && !isCountryCode(country))
      errors.push({ field: 'country', message: m.ref('query.unknownCountry', { country }) });
    if (errors.length) return problem(422, 'Validation failed', { errors });

    const today = todayIso();
    const needsDerived = !!(reviewStatus || flag || flaggedParam);
    const result = processors.list({
      page,
      pageSize,
      sort,
      filter: (p: ProcessorRecord) => {
        if (status && p.status !== status) return false;
        if (tier && p.riskTier !== tier) return false;
        if (dataCategory && !p.dataCategories.includes(dataCategory)) return false;
        if (country && p.country !== country && !p.locations.some((l) => l.country === country)) return false;
        if (q && !p.searchText.includes(q)) return false;
        if (!needsDerived) return true;
        const derived = derive(p, today);
        if (reviewStatus && derived.reviewStatus !== reviewStatus) return false;
        if (flag && !derived.flags.some((f) => f.code === flag)) return false;
        if (flaggedParam === 'true' && derived.flags.length === 0) return false;
        if (flaggedParam === 'false' && derived.flags.length > 0) return false;
        return true;
      },
    });
    // Every page of an export is recorded, wherever it starts (the rows' contacts are masked, so plain
    // pages are not counted as bulk reads of personal data).
    if (isExport) {
      recordAudit(caller, {
        action: 'export',
        entityType: 'processors',
        entityId: 'list',
        summary: m.ref('audit.exported', {
          page,
          pages: Math.max(1, Math.ceil(result.total / pageSize)),
          count: result.items.length,
          total: result.total,
        }),
      });
      notifyWrite();
    }
    const language = requestLanguage(request);
    return HttpResponse.json({ ...result, items: result.items.map((p) => toListItem(p, today, language)) });
  }),

  route('post', '/processors', 'processors.write', async ({ caller, request }) => {
    const input = await readBody(request, processorInputSchema);
    const now = new Date().toISOString();
    const record = processorRecords.create(
      caller,
      withDigest({ ...input, id: newId('proc'), version: 1, createdAt: now, updatedAt: now }, [], []),
      { summary: m.ref('audit.registered', { name: input.name }) },
    );
    return answerProcessor(request, record, 201);
  }),

  route('get', '/processors/:id', 'processors.read', ({ params, request }) =>
    answerProcessor(request, processorRecords.find(params.id)),
  ),

  route('put', '/processors/:id', 'processors.write', async ({ caller, request, params }) => {
    const before = processorForWrite(request, params.id);
    const input = await readBody(request, processorInputSchema);
    const next = withDigest(
      { ...before, ...input, updatedAt: new Date().toISOString() },
      contractsOf(before.id),
      reviewsOf(before.id),
    );
    const record = processorRecords.save(caller, before, next, {
      summary: m.ref('audit.updated', { name: input.name }),
      changes: maskedChanges(changedFields(processorInputOf(before), input)),
    });
    return answerProcessor(request, record);
  }),

  route('get', '/processors/:id/contracts', 'processors.read', ({ params }) => {
    const processor = processorRecords.find(params.id);
    const today = todayIso();
    return HttpResponse.json({ items: contractsOf(processor.id).map((c) => toContract(c, today)) });
  }),

  route('post', '/processors/:id/contracts', 'processors.write', async ({ caller, request, params }) => {
    const processor = processorRecords.find(params.id);
    const input = await readBody(request, contractInputSchema);
    checkReferenceFree(input.reference);
    const now = new Date().toISOString();
    const record: ContractRecord = {
      ...input,
      id: newId('dpa'),
      processorId: processor.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const missing = contractRecords.answer(record).missingClauses.length;
    contractRecords.create(caller, record, {
      summary: m.ref('audit.contractAdded', { reference: record.reference, missing }),
    });
    return contractRecords.ok(record, 201);
  }),

  route('get', '/contracts/:id', 'processors.read', ({ params }) => contractRecords.read(params.id)),

  route('put', '/contracts/:id', 'processors.write', async ({ caller, request, params }) => {
    const before = contractRecords.forWrite(request, params.id);
    const input = await readBody(request, contractInputSchema);
    checkReferenceFree(input.reference, before.id);
    const record = contractRecords.save(
      caller,
      before,
      { ...before, ...input, updatedAt: new Date().toISOString() },
      {
        summary: m.ref('audit.contractUpdated', { reference: input.reference }),
        changes: contractChanges(contractInputOf(before), input),
      },
    );
    return contractRecords.ok(record);
  }),

  route('get', '/processors/:id/reviews', 'processors.read', ({ params }) =>
    HttpResponse.json({ items: reviewsOf(processorRecords.find(params.id).id) }),
  ),

  route('post', '/processors/:id/reviews', 'processors.write', async ({ caller, request, params }) => {
    const processor = processorRecords.find(params.id);
    const input = await readBody(request, reviewInputSchema);
    const now = new Date().toISOString();
    const record = reviewRecords.create(
      caller,
      {
        ...input,
        id: newId('review'),
        processorId: processor.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
      {
        summary: m.ref('audit.reviewRecorded', { date: input.reviewDate, outcome: input.outcome }),
      },
    );
    return reviewRecords.ok(record, 201);
  }),

  route('get', '/reviews/:id', 'processors.read', ({ params }) => reviewRecords.read(params.id)),

  route('put', '/reviews/:id', 'processors.write', async ({ caller, request, params }) => {
    const before = reviewRecords.forWrite(request, params.id);
    const input = await readBody(request, reviewInputSchema);
    const record = reviewRecords.save(
      caller,
      before,
      { ...before, ...input, updatedAt: new Date().toISOString() },
      {
        summary: m.ref('audit.reviewUpdated', { date: input.reviewDate }),
        changes: changedFields(reviewInputOf(before), input),
      },
    );
    return reviewRecords.ok(record);
  }),

  route('get', '/review-cadence', 'processors.read', () => cadenceRecords.ok(currentCadence())),

  route('put', '/review-cadence', 'processors.write', async ({ caller, request }) => {
    const before = cadenceRecords.forWrite(request, currentCadence());
    const input = (await readBody(request, reviewCadenceInputSchema)) as ReviewCadenceInput;
    const record = cadenceRecords.save(
      caller,
      before,
      { ...before, ...input, updatedAt: new Date().toISOString() },
      {
        summary: m.ref('audit.cadenceChanged'),
        changes: changedFields({ high: before.high, medium: before.medium, low: before.low }, input),
      },
    );
    return cadenceRecords.ok(record);
  }),
];
