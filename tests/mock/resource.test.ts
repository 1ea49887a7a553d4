// defineResource(): the record writes every module's handlers share, through test routes on the contract's
// paths over the seeded tables (every answer is still checked against the contract by the test setup).
import { HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { changedFields } from '../../mocks/handlers/http';
import { defineResource } from '../../mocks/handlers/resource';
import { route } from '../../mocks/handlers/route';
import { auditEvents, onWrite } from '../../mocks/store/db';
import { CADENCE_ID, processorReviews, reviewCadence, type ReviewRecord } from '../../mocks/store/processors';
import { expectedVisits } from '../../mocks/store/visits';
import { signInAs } from '../setup/render';

const API = 'http://localhost/api/v1';

let afterWrites: string[] = [];
let writes = 0;
let stopListening: () => void;

const reviews = defineResource({
  table: processorReviews,
  entityType: 'processor',
  historyOf: (record) => record.processorId,
  notFound: 'There is no such review here.',
  afterWrite: (record) => afterWrites.push(record.id),
});
const expected = defineResource({ table: expectedVisits, entityType: 'expected-visit' });

const testRoutes = [
  route('get', '/reviews/:id', 'processors.read', ({ params }) => reviews.read(params.id)),
  route('put', '/reviews/:id', 'processors.write', async ({ caller, request, params }) => {
    const before = reviews.forWrite(request, params.id);
    const { findings } = (await request.json()) as { findings: string };
    const record = reviews.save(
      caller,
      before,
      { ...before, findings },
      {
        summary: 'Changed the findings',
        changes: changedFields({ findings: before.findings }, { findings }),
      },
    );
    return reviews.ok(record);
  }),
  route('post', '/processors/:id/reviews', 'processors.write', ({ caller, params }) => {
    const template = [...processorReviews.all()][0]!;
    const record = reviews.create(
      caller,
      { ...template, id: 'review-test', processorId: params.id, version: 1 },
      { summary: 'Recorded a test review' },
    );
    return reviews.ok(record, 201);
  }),
  route('delete', '/expected-visits/:id', 'visits.expect', ({ caller, request, params }) => {
    expected.remove(caller, expected.forWrite(request, params.id), { summary: 'Cancelled a test visit' });
    return new HttpResponse(null, { status: 204 });
  }),
];

let csrf = '';
async function send(
  method: string,
  path: string,
  { body, ifMatch }: { body?: unknown; ifMatch?: string } = {},
) {
  const headers: Record<string, string> = { 'X-CSRF-Token': csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
  const response = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('ETag'),
    type: response.headers.get('Content-Type'),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

function auditedAs(summary: string) {
  return [...auditEvents.all()].filter((event) => event.summary === summary);
}

let review: ReviewRecord;
beforeEach(async () => {
  server.use(...testRoutes);
  ({ csrfToken: csrf } = await signInAs('officer'));
  review = [...processorReviews.all()][0]!;
  afterWrites = [];
  writes = 0;
  stopListening = onWrite(() => (writes += 1));
});
afterEach(() => stopListening());

describe('defineResource(): reading', () => {
  it('answers the record with its version as ETag', async () => {
    const answer = await send('GET', `/reviews/${review.id}`);
    expect(answer.status).toBe(200);
    expect(answer.etag).toBe(`"${review.version}"`);
    expect(answer.body).toEqual(review);
  });

  it('answers 404 with the resource’s own detail', async () => {
    expect(await send('GET', '/reviews/nope')).toEqual({
      status: 404,
      etag: null,
      type: 'application/problem+json',
      body: { type: 'about:blank', title: 'Not found', status: 404, detail: 'There is no such review here.' },
    });
  });
});

describe('defineResource(): updating', () => {
  const change = { findings: 'Evidence of training is missing.' };

  it('answers 428 without If-Match and 412 with the current record when it is stale, changing nothing', async () => {
    const missing = await send('PUT', `/reviews/${review.id}`, { body: change });
    expect(missing.status).toBe(428);
    expect(missing.body).toMatchObject({
      title: 'Precondition required',
      detail: 'Send the record’s version as If-Match.',
    });
    const stale = await send('PUT', `/reviews/${review.id}`, {
      body: change,
      ifMatch: `"${review.version + 1}"`,
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ title: 'The record changed', current: review });
    expect(processorReviews.get(review.id)).toBe(review);
    expect(auditedAs('Changed the findings')).toEqual([]);
    expect(writes).toBe(0);
  });

  it('answers 404 before it asks for a version', async () => {
    expect((await send('PUT', '/reviews/nope', { body: change })).status).toBe(404);
  });

  it('bumps the version, stores, audits the changed fields, keeps dependants up to date and notifies', async () => {
    const answer = await send('PUT', `/reviews/${review.id}`, {
      body: change,
      ifMatch: `"${review.version}"`,
    });
    expect(answer.status).toBe(200);
    expect(answer.etag).toBe(`"${review.version + 1}"`);
    expect(answer.body).toEqual({ ...review, ...change, version: review.version + 1 });
    expect(processorReviews.get(review.id)).toEqual(answer.body);
    const [event, ...more] = auditedAs('Changed the findings');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: 'update',
      entityType: 'processor',
      entityId: review.processorId,
      actor: { id: 'p-officer', name: 'Olivia Ortiz' },
      changes: [{ field: 'findings', from: review.findings, to: change.findings }],
    });
    expect(afterWrites).toEqual([review.id]);
    expect(writes).toBe(1);
    // The version the caller read is stale now.
    const again = await send('PUT', `/reviews/${review.id}`, {
      body: change,
      ifMatch: `"${review.version}"`,
    });
    expect(again.status).toBe(412);
  });

  it('stores a settings record on its first save, when only its defaults stood in for it', async () => {
    reviewCadence.clear();
    const current = await send('GET', '/review-cadence');
    expect(current.etag).toBe('"1"');
    const answer = await send('PUT', '/review-cadence', {
      body: { high: 3, medium: 12, low: 24 },
      ifMatch: '"1"',
    });
    expect(answer.status).toBe(200);
    expect(answer.etag).toBe('"2"');
    expect(reviewCadence.get(CADENCE_ID)).toMatchObject({ high: 3, version: 2 });
  });
});

describe('defineResource(): creating and removing', () => {
  it('stores a new record with its ETag and audits its creation', async () => {
    const answer = await send('POST', `/processors/${review.processorId}/reviews`);
    expect(answer.status).toBe(201);
    expect(answer.etag).toBe('"1"');
    expect(processorReviews.get('review-test')).toEqual(answer.body);
    const [event] = auditedAs('Recorded a test review');
    expect(event).toMatchObject({ action: 'create', entityType: 'processor', entityId: review.processorId });
    expect(event).not.toHaveProperty('changes');
    expect(afterWrites).toEqual(['review-test']);
    expect(writes).toBe(1);
  });

  it('removes a record only at its current version, and audits that it went', async () => {
    const { csrfToken } = await signInAs('staff');
    csrf = csrfToken;
    const mine = [...expectedVisits.all()].find((visit) => visit.hostId === 'p-staff')!;
    expect((await send('DELETE', `/expected-visits/${mine.id}`)).status).toBe(428);
    expect(
      (await send('DELETE', `/expected-visits/${mine.id}`, { ifMatch: `"${mine.version + 1}"` })).status,
    ).toBe(412);
    expect(expectedVisits.get(mine.id)).toBe(mine);
    expect(
      (await send('DELETE', `/expected-visits/${mine.id}`, { ifMatch: `"${mine.version}"` })).status,
    ).toBe(204);
    expect(expectedVisits.get(mine.id)).toBeUndefined();
    expect(auditedAs('Cancelled a test visit')).toEqual([
      expect.objectContaining({ action: 'delete', entityType: 'expected-visit', entityId: mine.id }),
    ]);
  });
});
