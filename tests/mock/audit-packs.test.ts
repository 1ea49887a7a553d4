// Audit packs through the typed client against the mock: one module's records touched in a date range, their
// history (masked as in the trail, oldest first), the chain's verification over the range (a tampered chain
// shows), who made it and when; officers only, bad input refused at its field, large ranges capped and said,
// and making one is itself audited.
import { api, unwrap } from '@/shared/api/client';
import { changeLanguage } from '@/shared/i18n/i18n';
import type { components } from '@/shared/api/schema';
import { PACK_LIMIT } from '../../mocks/handlers/audit';
import { recordAuditBy } from '../../mocks/handlers/http';
import { auditEvents } from '../../mocks/store/db';
import { processors } from '../../mocks/store/processors';
import { failure, signInAs } from '../setup/render';

type PackRequest = components['schemas']['AuditPackRequest'];

const today = () => new Date().toISOString().slice(0, 10);
const makePack = (body: Partial<PackRequest>) =>
  api.POST('/api/v1/audit-packs', { body: body as PackRequest }).then(unwrap);
const reveal = async (entityType: string, entityId: string, field: string, reason?: string) =>
  unwrap(await api.POST('/api/v1/reveals', { body: { entityType, entityId, field, reason } }));
const fieldErrors = async (body: Partial<PackRequest>) =>
  ((await failure(makePack(body))).problem.errors ?? []).map((e) => [e.field, e.message]);

/** Two processors touched (one twice, one with an email changed), and a complaint, which is not theirs. */
async function someHistory() {
  await signInAs('officer');
  await reveal('processor', 'proc-aws', 'contactEmail');
  await reveal('processor', 'proc-aws', 'contactPhone');
  recordAuditBy(
    { id: 'p-officer', name: 'Olivia Ortiz' },
    {
      action: 'update',
      entityType: 'processor',
      entityId: 'proc-payments',
      summary: 'Updated the processor',
      changes: [{ field: 'contactEmail', from: 'ana@payments.example', to: 'bo@payments.example' }],
    },
  );
  await reveal('complaint', 'cmp-quebec', 'complainantContact', 'Answering the complaint');
}

describe('an audit pack', () => {
  it('holds the module’s records touched in the range, their history and the chain verified', async () => {
    await someHistory();
    const pack = await makePack({ module: 'processors', from: today(), to: today() });
    expect(pack).toMatchObject({ module: 'processors', from: today(), to: today() });
    expect(pack.madeBy).toEqual({ id: 'p-officer', name: 'Olivia Ortiz' });
    expect(Date.now() - Date.parse(pack.madeAt)).toBeLessThan(60_000);
    expect(pack.records.items.map((r) => [r.entityId, r.events, r.stored])).toEqual([
      ['proc-aws', 2, true],
      ['proc-payments', 1, true],
    ]);
    expect(pack.records.items[0]!.label).toBe(processors.get('proc-aws')!.name);
    expect(pack.records).toMatchObject({ total: 2, held: processors.size, limit: PACK_LIMIT });
    // Only the processors' events, oldest first, personal values masked as in the trail.
    expect(pack.events.total).toBe(3);
    expect(pack.events.items.map((e) => e.entityId)).toEqual(['proc-aws', 'proc-aws', 'proc-payments']);
    expect(pack.events.items[2]!.changes).toEqual([
      {
        field: 'contactEmail',
        label: 'Contact email',
        from: 'a•••@payments.example',
        to: 'b•••@payments.example',
      },
    ]);
    expect(JSON.stringify(pack)).not.toContain('ana@payments.example');
    expect(pack.verification).toMatchObject({ intact: true, checked: 3, problems: [] });
  });

  it('is itself an audited export, said in the reader’s language', async () => {
    await someHistory();
    await makePack({ module: 'processors', from: today(), to: today() });
    const trail = unwrap(
      await api.GET('/api/v1/audit-trail', { params: { query: { action: 'export', module: 'audit' } } }),
    );
    expect(trail.items).toHaveLength(1);
    expect(trail.items[0]).toMatchObject({
      actor: { id: 'p-officer' },
      entityType: 'audit-pack',
      entityId: 'processors',
      summary: `Made the audit pack of Processors for ${today()} to ${today()}: 3 events, 2 records`,
    });
    await changeLanguage('fr');
    const french = unwrap(
      await api.GET('/api/v1/audit-trail', { params: { query: { action: 'export', module: 'audit' } } }),
    );
    expect(french.items[0]!.summary).toBe(
      `Dossier d’audit des sous-traitants constitué pour la période du ${today()} au ${today()} : 3 événements, 2 fiches`,
    );
  });

  it('holds nothing outside its range', async () => {
    await someHistory();
    const pack = await makePack({ module: 'processors', from: '2020-01-01', to: '2020-01-31' });
    expect(pack.records).toMatchObject({ items: [], total: 0 });
    expect(pack.events).toMatchObject({ items: [], total: 0 });
    expect(pack.verification).toMatchObject({ checked: 0, intact: true });
  });

  it('reports a tampered chain in its verification', async () => {
    await someHistory();
    const altered = [...auditEvents.all()].find((e) => e.entityId === 'proc-payments')!;
    auditEvents.replace({ ...altered, summary: 'Nothing changed' });
    const pack = await makePack({ module: 'processors', from: today(), to: today() });
    expect(pack.verification.intact).toBe(false);
    expect(pack.verification.problems).toEqual([{ seq: altered.seq, eventId: altered.id, kind: 'altered' }]);
  });

  it('caps a large range and says how many there are', async () => {
    await signInAs('officer');
    for (let i = 0; i < PACK_LIMIT + 5; i++)
      recordAuditBy(
        { id: 'p-officer', name: 'Olivia Ortiz' },
        { action: 'update', entityType: 'risk', entityId: `risk-${i}`, summary: `Change ${i}` },
      );
    const pack = await makePack({ module: 'risks', from: today(), to: today() });
    expect(pack.events).toMatchObject({ total: PACK_LIMIT + 5, limit: PACK_LIMIT });
    expect(pack.events.items).toHaveLength(PACK_LIMIT);
    expect(pack.events.items[0]!.summary).toBe('Change 0');
    expect(pack.records).toMatchObject({ total: PACK_LIMIT + 5 });
    expect(pack.records.items).toHaveLength(PACK_LIMIT);
    // Records no longer stored say so, with no name.
    expect(pack.records.items.find((r) => r.entityId === 'risk-1003')).toMatchObject({
      stored: false,
      label: null,
    });
    // The verification is over the whole range, not only what is listed.
    expect(pack.verification.checked).toBe(PACK_LIMIT + 5);
  });

  it('refuses bad input at its field', async () => {
    await signInAs('officer');
    expect(await fieldErrors({ module: 'processors', from: '2026-05-02', to: '2026-05-01' })).toEqual([
      ['to', 'The end date is before the start date.'],
    ]);
    expect(await fieldErrors({ from: '2026-05-01', to: '2026-05-02' })).toEqual([
      ['module', 'Choose a module.'],
    ]);
    // Sign-ins keep no records of their own: no pack of them.
    const signIns = { module: 'account', from: '2026-05-01', to: '2026-05-02' } as unknown as PackRequest;
    expect(await fieldErrors(signIns)).toEqual([
      ['module', 'Unknown module “account”: choose processors, risks, policies, visits or complaints.'],
    ]);
    expect(await fieldErrors({ module: 'risks', from: '1 May', to: '2026-05-02' })).toEqual([
      ['from', 'Enter a date as YYYY-MM-DD.'],
    ]);
    expect(await fieldErrors({ module: 'risks', to: '2026-05-02' })).toEqual([
      ['from', 'Enter a date as YYYY-MM-DD.'],
    ]);
  });

  it('is for privacy officers only', async () => {
    for (const role of ['manager', 'staff', 'desk'] as const) {
      await signInAs(role);
      expect((await failure(makePack({ module: 'risks', from: today(), to: today() }))).status).toBe(403);
    }
  });
});

describe('a reveal’s summary', () => {
  it('names the field by its label in the reader’s language, and leaves a typed reason as it is', async () => {
    await signInAs('officer');
    await reveal('processor', 'proc-aws', 'contactEmail');
    await reveal('complaint', 'cmp-quebec', 'complainantContact', '@@processors.field.contactEmail');
    const read = async () =>
      unwrap(
        await api.GET('/api/v1/audit-trail', { params: { query: { action: 'reveal', sort: 'at' } } }),
      ).items.map((e) => e.summary);
    expect(await read()).toEqual([
      'Revealed “Contact email”',
      'Revealed “Complainant’s contact”. Reason: @@processors.field.contactEmail',
    ]);
    await changeLanguage('fr');
    expect(await read()).toEqual([
      'Affichage de «\u00a0Courriel de la personne-ressource\u00a0»',
      'Affichage de «\u00a0Coordonnées de la personne plaignante\u00a0». Raison\u00a0: @@processors.field.contactEmail',
    ]);
  });
});
