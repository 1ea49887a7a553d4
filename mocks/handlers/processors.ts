// Processors & contracts: processors, their data processing agreements and compliance reviews, and the review
// cadence. Officers read and write; managers read; everyone else is refused (403), as the real backend would.
import { http, HttpResponse } from 'msw';
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
  CADENCE_ID,
  contractInputOf,
  contractsOf,
  currentCadence,
  derive,
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
  API,
  authenticate,
  changedFields,
  checkIfMatch,
  etag,
  fieldProblem,
  latency,
  listParams,
  problem,
  readBody,
  recordAudit,
} from './http';

type FieldError = components['schemas']['FieldError'];

defineHistory('processor', 'processors.read');
defineHistory('review-cadence', 'processors.read');
defineRevealable('processor', 'contactEmail', {
  permission: 'processors.read',
  read: (id) => processors.get(id)?.contactEmail,
});

function enumParam<T extends string>(
  url: URL,
  name: string,
  values: readonly T[],
  errors: FieldError[],
): T | undefined {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    errors.push({ field: name, message: `Unknown ${name} “${value}”.` });
    return undefined;
  }
  return value as T;
}

function findProcessor(id: string) {
  const processor = processors.get(id);
  if (!processor) throw problem(404, 'Not found', { detail: 'There is no such processor.' });
  return processor;
}

/** References are unique across all contracts (they are how legal and finance name them). */
function checkReferenceFree(reference: string, exceptId?: string) {
  for (const contract of processorContracts.all()) {
    if (contract.id !== exceptId && contract.reference.toLowerCase() === reference.toLowerCase()) {
      throw fieldProblem(
        'reference',
        `Another contract already has the reference ${contract.reference}.`,
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
  http.get(`${API}/processors`, async ({ request }) => {
    await latency();
    const caller = authenticate(request, 'processors.read');
    const url = new URL(request.url);
    const { page, pageSize, sort, q, isExport } = listParams(url, (key) => processors.sortable(key));
    const errors: FieldError[] = [];
    const status = enumParam(url, 'status', PROCESSOR_STATUSES, errors);
    const tier = enumParam(url, 'tier', RISK_TIERS, errors);
    const dataCategory = enumParam(url, 'dataCategory', DATA_CATEGORIES, errors);
    const reviewStatus = enumParam(url, 'reviewStatus', REVIEW_STATUSES, errors);
    const flag = enumParam(url, 'flag', PROCESSOR_FLAG_CODES, errors);
    const flaggedParam = url.searchParams.get('flagged');
    if (flaggedParam && flaggedParam !== 'true' && flaggedParam !== 'false') {
      errors.push({ field: 'flagged', message: 'flagged must be true or false.' });
    }
    const country = url.searchParams.get('country')?.toUpperCase() || undefined;
    if (country && !isCountryCode(country))
      errors.push({ field: 'country', message: `Unknown country “${country}”.` });
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
    if (isExport && page === 1) {
      recordAudit(caller, {
        action: 'export',
        entityType: 'processors',
        entityId: 'list',
        summary: `Exported ${result.total} processors to CSV`,
      });
      notifyWrite();
    }
    return HttpResponse.json({ ...result, items: result.items.map((p) => toListItem(p, today)) });
  }),

  http.post(`${API}/processors`, async ({ request }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const input = await readBody(request, processorInputSchema);
    const now = new Date().toISOString();
    const record = processors.insert(
      withDigest({ ...input, id: newId('proc'), version: 1, createdAt: now, updatedAt: now }, [], []),
    );
    recordAudit(caller, {
      action: 'create',
      entityType: 'processor',
      entityId: record.id,
      summary: `Registered processor ${record.name}`,
    });
    notifyWrite();
    return HttpResponse.json(toProcessor(record), { status: 201, headers: etag(record) });
  }),

  http.get(`${API}/processors/:id`, async ({ request, params }) => {
    await latency();
    authenticate(request, 'processors.read');
    const record = findProcessor(String(params.id));
    return HttpResponse.json(toProcessor(record), { headers: etag(record) });
  }),

  http.put(`${API}/processors/:id`, async ({ request, params }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const before = findProcessor(String(params.id));
    checkIfMatch(request, toProcessor(before));
    const input = await readBody(request, processorInputSchema);
    const record = processors.replace(
      withDigest(
        { ...before, ...input, version: before.version + 1, updatedAt: new Date().toISOString() },
        contractsOf(before.id),
        reviewsOf(before.id),
      ),
    );
    const changes = changedFields(processorInputOf(before), input);
    recordAudit(caller, {
      action: 'update',
      entityType: 'processor',
      entityId: record.id,
      summary: `Updated processor ${record.name}`,
      changes,
    });
    notifyWrite();
    return HttpResponse.json(toProcessor(record), { headers: etag(record) });
  }),

  http.get(`${API}/processors/:id/contracts`, async ({ request, params }) => {
    await latency();
    authenticate(request, 'processors.read');
    const processor = findProcessor(String(params.id));
    const today = todayIso();
    return HttpResponse.json({ items: contractsOf(processor.id).map((c) => toContract(c, today)) });
  }),

  http.post(`${API}/processors/:id/contracts`, async ({ request, params }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const processor = findProcessor(String(params.id));
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
    processorContracts.insert(record);
    refreshProcessor(processor.id);
    const contract = toContract(record);
    recordAudit(caller, {
      action: 'create',
      entityType: 'processor',
      entityId: processor.id,
      summary: `Added contract ${record.reference}${contract.missingClauses.length ? ` (${contract.missingClauses.length} clause(s) missing)` : ''}`,
    });
    notifyWrite();
    return HttpResponse.json(contract, { status: 201, headers: etag(record) });
  }),

  http.get(`${API}/contracts/:id`, async ({ request, params }) => {
    await latency();
    authenticate(request, 'processors.read');
    const record = processorContracts.get(String(params.id));
    if (!record) return problem(404, 'Not found', { detail: 'There is no such contract.' });
    return HttpResponse.json(toContract(record), { headers: etag(record) });
  }),

  http.put(`${API}/contracts/:id`, async ({ request, params }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const before = processorContracts.get(String(params.id));
    if (!before) return problem(404, 'Not found', { detail: 'There is no such contract.' });
    checkIfMatch(request, toContract(before));
    const input = await readBody(request, contractInputSchema);
    checkReferenceFree(input.reference, before.id);
    const record = processorContracts.replace({
      ...before,
      ...input,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    });
    refreshProcessor(record.processorId);
    recordAudit(caller, {
      action: 'update',
      entityType: 'processor',
      entityId: record.processorId,
      summary: `Updated contract ${record.reference}`,
      changes: contractChanges(contractInputOf(before), input),
    });
    notifyWrite();
    return HttpResponse.json(toContract(record), { headers: etag(record) });
  }),

  http.get(`${API}/processors/:id/reviews`, async ({ request, params }) => {
    await latency();
    authenticate(request, 'processors.read');
    const processor = findProcessor(String(params.id));
    return HttpResponse.json({ items: reviewsOf(processor.id) });
  }),

  http.post(`${API}/processors/:id/reviews`, async ({ request, params }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const processor = findProcessor(String(params.id));
    const input = await readBody(request, reviewInputSchema);
    const now = new Date().toISOString();
    const record = processorReviews.insert({
      ...input,
      id: newId('review'),
      processorId: processor.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    refreshProcessor(processor.id);
    recordAudit(caller, {
      action: 'create',
      entityType: 'processor',
      entityId: processor.id,
      summary: `Recorded compliance review of ${record.reviewDate}: ${record.outcome.replace('_', ' ')}`,
    });
    notifyWrite();
    return HttpResponse.json(record, { status: 201, headers: etag(record) });
  }),

  http.get(`${API}/reviews/:id`, async ({ request, params }) => {
    await latency();
    authenticate(request, 'processors.read');
    const record = processorReviews.get(String(params.id));
    if (!record) return problem(404, 'Not found', { detail: 'There is no such review.' });
    return HttpResponse.json(record, { headers: etag(record) });
  }),

  http.put(`${API}/reviews/:id`, async ({ request, params }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const before = processorReviews.get(String(params.id));
    if (!before) return problem(404, 'Not found', { detail: 'There is no such review.' });
    checkIfMatch(request, before);
    const input = await readBody(request, reviewInputSchema);
    const record = processorReviews.replace({
      ...before,
      ...input,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    });
    refreshProcessor(record.processorId);
    recordAudit(caller, {
      action: 'update',
      entityType: 'processor',
      entityId: record.processorId,
      summary: `Updated compliance review of ${record.reviewDate}`,
      changes: changedFields(reviewInputOf(before), input),
    });
    notifyWrite();
    return HttpResponse.json(record, { headers: etag(record) });
  }),

  http.get(`${API}/review-cadence`, async ({ request }) => {
    await latency();
    authenticate(request, 'processors.read');
    const { id: _id, ...cadence } = currentCadence();
    return HttpResponse.json(cadence, { headers: etag(cadence) });
  }),

  http.put(`${API}/review-cadence`, async ({ request }) => {
    await latency();
    const caller = authenticate(request, 'processors.write');
    const before = currentCadence();
    const { id: _id, ...beforeBody } = before;
    checkIfMatch(request, beforeBody);
    const input = (await readBody(request, reviewCadenceInputSchema)) as ReviewCadenceInput;
    const record = { ...before, ...input, version: before.version + 1, updatedAt: new Date().toISOString() };
    if (reviewCadence.get(CADENCE_ID)) reviewCadence.replace(record);
    else reviewCadence.insert(record);
    refreshAllReviewDates();
    recordAudit(caller, {
      action: 'update',
      entityType: 'review-cadence',
      entityId: CADENCE_ID,
      summary: 'Changed the compliance review cadence',
      changes: changedFields({ high: before.high, medium: before.medium, low: before.low }, input),
    });
    notifyWrite();
    const { id: _recordId, ...body } = record;
    return HttpResponse.json(body, { headers: etag(body) });
  }),
];
