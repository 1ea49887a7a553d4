// The audit trail's backend rules, through the typed client against the mock: who may read it, filters with
// clear 422s, sort and paging, the export audited without shifting its own pages, summaries in the reader's
// language, no way to change an event, and a hash chain whose verification catches an altered, removed or
// reordered event.
import { getResponse } from 'msw';
import { api, unwrap } from '@/shared/api/client';
import { changeLanguage } from '@/shared/i18n/i18n';
import { handlers } from '../../mocks/handlers';
import { auditEvents } from '../../mocks/store/db';
import { GENESIS_HASH, hashOf, type ChainedAuditEvent } from '../../mocks/store/audit-chain';
import { sha256Hex } from '../../mocks/store/sha256';
import { failure, signInAs } from '../setup/render';

const trail = (query: Record<string, string | number | boolean> = {}) =>
  api.GET('/api/v1/audit-trail', { params: { query } }).then(unwrap);
const verify = (query: Record<string, string | number> = {}) =>
  api.GET('/api/v1/audit-trail/verification', { params: { query } }).then(unwrap);

/** A few events of several people and kinds: sign-ins and a processor's creation. */
async function someHistory() {
  await signInAs('manager');
  await signInAs('officer');
  unwrap(
    await api.POST('/api/v1/reveals', {
      body: { entityType: 'processor', entityId: 'proc-aws', field: 'contactEmail' },
    }),
  );
}

const stored = () =>
  [...auditEvents.all()].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)) as ChainedAuditEvent[];

describe('SHA-256', () => {
  it('matches the standard’s answers, also for text over several blocks and outside ASCII', async () => {
    const subtle = async (text: string) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join('');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const text of ['x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'Événement £ ✓ '.repeat(300)])
      expect(sha256Hex(text)).toBe(await subtle(text));
  });
});

describe('the audit trail', () => {
  it('is for privacy officers only', async () => {
    await signInAs('manager');
    expect((await failure(trail())).status).toBe(403);
    expect((await failure(verify())).status).toBe(403);
    await signInAs('staff');
    expect((await failure(trail())).status).toBe(403);
  });

  it('chains every event to the one before it', async () => {
    await someHistory();
    const events = stored();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    events.slice(1).forEach((event, i) => expect(event.prevHash).toBe(events[i]!.hash));
    events.forEach((event) => expect(event.hash).toBe(hashOf(event)));
    const check = await verify();
    expect(check).toMatchObject({ intact: true, checked: events.length, firstSeq: 1, problems: [] });
  });

  it('filters by person, module, action and dates, newest first by default', async () => {
    await someHistory();
    const all = await trail();
    expect(all.items.map((e) => e.action)).toEqual(['reveal', 'sign_in', 'sign_in']);
    const mine = await trail({ personId: 'p-officer' });
    expect(mine.items.every((e) => e.actor.name === 'Olivia Ortiz')).toBe(true);
    expect(mine.total).toBe(2);
    expect((await trail({ module: 'processors' })).items.map((e) => e.action)).toEqual(['reveal']);
    expect((await trail({ module: 'account', action: 'sign_in' })).total).toBe(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await trail({ from: today, to: today })).total).toBe(3);
    expect((await trail({ to: '2020-01-01' })).total).toBe(0);
    const oldestFirst = await trail({ sort: 'at' });
    expect(oldestFirst.items.map((e) => e.actor.name)).toEqual([
      'Marcus Reid',
      'Olivia Ortiz',
      'Olivia Ortiz',
    ]);
    const byAction = await trail({ sort: 'action' });
    expect(byAction.items[0]!.action).toBe('reveal');
  });

  it('says plainly what is wrong with a filter', async () => {
    await signInAs('officer');
    const backwards = await failure(trail({ from: '2026-05-02', to: '2026-05-01' }));
    expect(backwards.status).toBe(422);
    expect(backwards.problem?.errors).toEqual([
      { field: 'to', message: 'The end date is before the start date.' },
    ]);
    const nobody = await failure(trail({ personId: 'p-nobody' }));
    expect(nobody.problem?.errors).toEqual([
      { field: 'personId', message: 'There is no person with the id “p-nobody”.' },
    ]);
    expect((await failure(trail({ module: 'cafeteria' }))).problem?.errors?.[0]?.field).toBe('module');
    expect((await failure(trail({ action: 'teleport' }))).problem?.errors?.[0]?.field).toBe('action');
    expect((await failure(trail({ from: '2026-13-45' }))).problem?.errors?.[0]?.field).toBe('from');
    expect((await failure(trail({ sort: 'summary' }))).problem?.errors?.[0]?.field).toBe('sort');
    expect((await failure(verify({ from: '2026-05-02', to: '2026-05-01' }))).status).toBe(422);
  });

  it('says summaries and problems in the reader’s language', async () => {
    await signInAs('officer');
    await trail({ pageSize: 1, export: true });
    await changeLanguage('fr');
    const exported = (await trail({ action: 'export' })).items[0]!;
    expect(exported.summary).toBe('Page 1 sur 1 du journal d’audit exportée en CSV (1 sur 1)');
    const backwards = await failure(trail({ from: '2026-05-02', to: '2026-05-01' }));
    expect(backwards.problem?.errors?.[0]?.message).toBe('La date de fin est antérieure à la date de début.');
  });

  it('audits every page of an export, and the export’s own events do not shift its pages', async () => {
    await someHistory();
    for (let i = 0; i < 4; i++) await signInAs('officer');
    const first = await trail({ export: true, pageSize: 3, page: 1 });
    const second = await trail({ export: true, pageSize: 3, page: 2, untilSeq: first.headSeq });
    const third = await trail({ export: true, pageSize: 3, page: 3, untilSeq: first.headSeq });
    const ids = [...first.items, ...second.items, ...third.items].map((e) => e.id);
    expect(new Set(ids).size).toBe(7);
    expect(first.total).toBe(7);
    const exports = await trail({ action: 'export' });
    expect(exports.items.map((e) => e.summary)).toEqual([
      'Exported page 3 of 3 of the audit trail to CSV (1 of 7)',
      'Exported page 2 of 3 of the audit trail to CSV (3 of 7)',
      'Exported page 1 of 3 of the audit trail to CSV (3 of 7)',
    ]);
    expect(exports.items[0]!.actor.name).toBe('Olivia Ortiz');
  });

  it('masks personal values in changed fields', async () => {
    await signInAs('officer');
    auditEvents.load([
      ...stored(),
      {
        ...stored()[0]!,
        id: 'audit-contact',
        seq: 99,
        action: 'update',
        entityType: 'processor',
        entityId: 'proc-aws',
        changes: [{ field: 'contactEmail', from: 'jane.doe@example.com', to: 'j.doe@example.com' }],
      },
    ]);
    const event = (await trail({ action: 'update' })).items[0]!;
    // Named as the processor's form labels the field, in the reader's language.
    expect(event.changes).toEqual([
      { field: 'contactEmail', label: 'Contact email', from: 'j•••@example.com', to: 'j•••@example.com' },
    ]);
    await changeLanguage('fr');
    const french = (await trail({ action: 'update' })).items[0]!;
    expect(french.changes![0]!.label).toBe('Courriel de la personne-ressource');
  });

  it('refuses to change or delete an event: there is no such endpoint', async () => {
    await signInAs('officer');
    const [event] = stored();
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      // Straight to the handlers: the contract (which the test setup checks every answer against) has no
      // such operation, which is the point.
      const response = await getResponse(
        handlers,
        new Request(`http://localhost/api/v1/audit-events/${event!.id}`, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: method === 'DELETE' ? undefined : JSON.stringify({ summary: 'Nothing happened' }),
        }),
      );
      expect(response?.status).toBe(405);
      expect(response?.headers.get('Allow')).toBe('GET');
    }
    expect(stored()[0]).toEqual(event);
  });
});

describe('tampering with the stored trail', () => {
  beforeEach(someHistory);

  it('an altered event fails its own hash', async () => {
    const events = stored();
    const altered = { ...events[1]!, summary: 'Signed in from the office' };
    auditEvents.replace(altered);
    const check = await verify();
    expect(check.intact).toBe(false);
    expect(check.problems).toEqual([{ seq: 2, eventId: altered.id, kind: 'altered' }]);
  });

  it('an altered event whose hash was recomputed breaks the link of the next one', async () => {
    const events = stored();
    const forged = { ...events[0]!, actor: { id: 'p-0007', name: 'Someone else' } };
    auditEvents.replace({ ...forged, hash: hashOf(forged) });
    const check = await verify();
    expect(check.problems).toEqual([{ seq: 2, eventId: events[1]!.id, kind: 'broken_link' }]);
  });

  it('a removed event leaves a gap', async () => {
    const events = stored();
    auditEvents.remove(events[1]!.id);
    const check = await verify();
    expect(check.problems).toEqual([{ seq: 3, eventId: events[2]!.id, kind: 'missing' }]);
    // The range around it says so too, from either side.
    expect((await verify({ fromSeq: 3, toSeq: 3 })).problems[0]?.kind).toBe('missing');
  });

  it('two events swapped in the chain break its links', async () => {
    const [a, b] = stored();
    const first = { ...b!, seq: 1, prevHash: a!.prevHash };
    const second = { ...a!, seq: 2, prevHash: '' };
    second.prevHash = hashOf(first) as string;
    // Even rehashed as if they had been recorded in that order, the event after them no longer links.
    auditEvents.replace({ ...first, hash: hashOf(first) });
    auditEvents.replace({ ...second, hash: hashOf(second) });
    const check = await verify();
    expect(check.intact).toBe(false);
    expect(check.problems.map((p) => p.kind)).toEqual(['broken_link']);
    expect(check.problems[0]!.seq).toBe(3);
  });

  it('verifies the range the filters select, every event between its ends included', async () => {
    const events = stored();
    auditEvents.replace({ ...events[1]!, summary: 'Tampered' });
    // Marcus's sign-in is the first event; Olivia's reveal the last: the run between covers the altered one.
    const run = await verify({ module: 'processors' });
    expect(run).toMatchObject({ firstSeq: 3, lastSeq: 3, checked: 1, intact: true });
    const whole = await verify({ personId: 'p-officer' });
    expect(whole).toMatchObject({ firstSeq: 2, lastSeq: 3, intact: false });
  });
});
