// The complaints backend rules, exercised through the typed client against the mock (msw/node): roles, the
// workflow, deadlines, extensions, escalations and correspondence, bad input, masking and the audit trail.
// Every answer is also checked against the OpenAPI document by the test setup.
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { addDays } from '@/shared/model/dates';
import type { ComplaintCreateInput, TransitionInput } from '@/features/complaints/model/schemas';
import { complaints } from '../../mocks/store/complaints';
import { auditEvents } from '../../mocks/store/db';
import { say } from '../../mocks/i18n/server-messages';
import { changeLanguage } from '@/shared/i18n/i18n';
import { failure, signInAs } from '../setup/render';

const today = new Date().toISOString().slice(0, 10);

const newComplaint = (overrides: Partial<ComplaintCreateInput> = {}): ComplaintCreateInput => ({
  receivedDate: addDays(today, -2),
  channel: 'email',
  complainantName: 'Mathieu Roy',
  complainantContact: 'mathieu.roy@courriel.example',
  complainantCountry: 'CA',
  complainantRegion: 'QC',
  subject: 'marketing_consent',
  description: 'Still gets newsletters after unsubscribing.',
  assigneeId: 'p-officer',
  processorIds: ['proc-email'],
  regulatorCase: null,
  ...overrides,
});

const step = (to: TransitionInput['to'], overrides: Partial<TransitionInput> = {}): TransitionInput => ({
  to,
  date: today,
  note: null,
  outcome: null,
  resolutionSummary: null,
  responseDate: null,
  responseSummary: null,
  ...overrides,
});

const resolution = {
  outcome: 'upheld' as const,
  resolutionSummary: 'Removed from every mailing list.',
  responseDate: today,
  responseSummary: 'Apologised and confirmed the removal.',
};

async function create(input = newComplaint()) {
  return unwrap(await api.POST('/api/v1/complaints', { body: input }));
}
async function get(id: string) {
  return unwrap(await api.GET('/api/v1/complaints/{id}', { params: { path: { id } } }));
}
const move = (id: string, body: TransitionInput) =>
  api.POST('/api/v1/complaints/{id}/transitions', { params: { path: { id } }, body });
const escalate = (id: string, body: components['schemas']['EscalationInput']) =>
  api.POST('/api/v1/complaints/{id}/escalation', { params: { path: { id } }, body });
const write = (id: string, body: components['schemas']['CorrespondenceInput']) =>
  api.POST('/api/v1/complaints/{id}/correspondence', { params: { path: { id } }, body });
const list = async (query: Record<string, string | number | boolean>) =>
  unwrap(await api.GET('/api/v1/complaints', { params: { query: { pageSize: 100, ...query } } }));

describe('complaints API: roles', () => {
  it.each(['manager', 'staff', 'desk'] as const)('refuses a %s every read and write (403)', async (role) => {
    await signInAs(role);
    expect((await failure(api.GET('/api/v1/complaints'))).status).toBe(403);
    expect(
      (await failure(api.GET('/api/v1/complaints/{id}', { params: { path: { id: 'cmp-quebec' } } }))).status,
    ).toBe(403);
    expect((await failure(api.POST('/api/v1/complaints', { body: newComplaint() }))).status).toBe(403);
    expect((await failure(api.GET('/api/v1/complaint-regulators'))).status).toBe(403);
    const reveal = api.POST('/api/v1/reveals', {
      body: { entityType: 'complaint', entityId: 'cmp-quebec', field: 'complainantContact', reason: 'Test' },
    });
    expect((await failure(reveal)).status).toBe(403);
    const history = api.GET('/api/v1/audit-events', {
      params: { query: { entityType: 'complaint', entityId: 'cmp-quebec' } },
    });
    expect((await failure(history)).status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await failure(api.GET('/api/v1/complaints'))).status).toBe(401);
  });
});

describe('complaints API: recording a complaint', () => {
  beforeEach(() => signInAs('officer'));

  it('numbers it CMP-<year>-NNNN, starts it as received and gives Quebec’s 30 days with the reason', async () => {
    const complaint = await create();
    expect(complaint.reference).toMatch(new RegExp(`^CMP-${complaint.receivedDate.slice(0, 4)}-\\d{4}$`));
    expect(complaint.status).toBe('received');
    expect(complaint.jurisdiction).toBe('quebec');
    expect(complaint.transitions).toMatchObject([
      { from: null, to: 'received', by: { name: 'Olivia Ortiz' } },
    ]);
    const response = complaint.deadlines.find((d) => d.kind === 'response')!;
    expect(response.basis).toContain('30 days from receipt');
    expect(response.basis).toContain('Quebec’s Law 25');
    expect(response.due >= addDays(complaint.receivedDate, 30)).toBe(true);
    expect(complaint.deadlines.find((d) => d.kind === 'acknowledgement')!.basis).toContain('5 business days');
    expect(complaint.processors).toEqual([{ id: 'proc-email', name: expect.any(String) }]);
    // The next reference follows it.
    const next = await create(newComplaint({ complainantName: 'Another' }));
    expect(Number(next.reference.slice(-4))).toBe(Number(complaint.reference.slice(-4)) + 1);
  });

  it('refuses a received date in the future at the field, keeping nothing', async () => {
    const before = complaints.size;
    const error = await failure(
      api.POST('/api/v1/complaints', { body: newComplaint({ receivedDate: addDays(today, 3) }) }),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toContainEqual({
      field: 'receivedDate',
      message: 'The received date cannot be in the future: enter the day it happened.',
    });
    expect(complaints.size).toBe(before);
  });

  it('asks for the province in Canada and the state in the United States, and drops it elsewhere', async () => {
    const ca = await failure(
      api.POST('/api/v1/complaints', { body: newComplaint({ complainantRegion: null }) }),
    );
    expect(ca.fieldErrors).toContainEqual({
      field: 'complainantRegion',
      message: 'Choose the province or territory.',
    });
    const us = await failure(
      api.POST('/api/v1/complaints', {
        body: newComplaint({ complainantCountry: 'US', complainantRegion: 'QC' }),
      }),
    );
    expect(us.fieldErrors).toContainEqual({
      field: 'complainantRegion',
      message: 'Choose one from the list.',
    });
    const fr = await create(newComplaint({ complainantCountry: 'FR', complainantRegion: 'QC' }));
    expect(fr.complainantRegion).toBeNull();
    expect(fr.jurisdiction).toBe('gdpr');
  });

  it('refuses a contact that is neither an email nor a phone number, an unknown assignee or processor', async () => {
    const contact = await failure(
      api.POST('/api/v1/complaints', { body: newComplaint({ complainantContact: 'call me' }) }),
    );
    expect(contact.fieldErrors[0]?.field).toBe('complainantContact');
    const assignee = await failure(
      api.POST('/api/v1/complaints', { body: newComplaint({ assigneeId: 'p-nobody' }) }),
    );
    expect(assignee.fieldErrors).toEqual([
      { field: 'assigneeId', message: 'Choose the assignee from the directory.' },
    ]);
    const processor = await failure(
      api.POST('/api/v1/complaints', { body: newComplaint({ processorIds: ['proc-nope'] }) }),
    );
    expect(processor.fieldErrors[0]?.field).toBe('processorIds');
  });

  it('records a regulator’s referral with its reference and deadline from the start', async () => {
    const missing = await failure(
      api.POST('/api/v1/complaints', { body: newComplaint({ channel: 'regulator_referral' }) }),
    );
    expect(missing.fieldErrors).toContainEqual({
      field: 'regulatorCase.regulatorId',
      message: 'Choose the regulator that referred the complaint.',
    });
    const referral = await create(
      newComplaint({
        channel: 'regulator_referral',
        complainantRegion: 'ON',
        regulatorCase: {
          regulatorId: 'ca-opc',
          regulatorReference: 'PIPEDA-2026-9',
          regulatorDeadline: addDays(today, 20),
        },
      }),
    );
    expect(referral.escalation).toMatchObject({
      regulatorId: 'ca-opc',
      referral: true,
      regulatorReference: 'PIPEDA-2026-9',
      escalatedOn: referral.receivedDate,
    });
    expect(referral.deadlines.find((d) => d.kind === 'regulator')).toMatchObject({
      due: addDays(today, 20),
      metOn: null,
    });
    const { items } = unwrap(await api.GET('/api/v1/complaint-regulators'));
    expect(items.find((r) => r.regulatorId === 'ca-opc')!.cases.map((c) => c.id)).toContain(referral.id);
  });
});

describe('complaints API: the workflow', () => {
  beforeEach(() => signInAs('officer'));

  it('goes received -> acknowledged -> investigating -> resolved -> closed, recording each move', async () => {
    const complaint = await create();
    const acknowledged = unwrap(await move(complaint.id, step('acknowledged')));
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedOn: today });
    expect(acknowledged.deadlines.find((d) => d.kind === 'acknowledgement')).toMatchObject({
      status: 'met',
      metOn: today,
    });
    unwrap(await move(complaint.id, step('investigating', { note: 'Asked the email team.' })));
    const resolved = unwrap(await move(complaint.id, step('resolved', resolution)));
    expect(resolved.resolution).toMatchObject({ outcome: 'upheld', responseDate: today });
    expect(resolved.deadlines.find((d) => d.kind === 'response')!.status).toBe('met');
    const closed = unwrap(await move(complaint.id, step('closed')));
    expect(closed.status).toBe('closed');
    expect(closed.transitions.map((t) => `${t.from}->${t.to}`)).toEqual([
      'null->received',
      'received->acknowledged',
      'acknowledged->investigating',
      'investigating->resolved',
      'resolved->closed',
    ]);
    expect(closed.transitions[2]!.note).toBe('Asked the email team.');
    expect(closed.deadlineStatus).toBe('none');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'complaint', entityId: complaint.id } },
      }),
    );
    // Summaries are stored as references (the trail says them in its reader's language); the status change
    // is the event's change, not repeated in its summary.
    const resolvedEvent = history.items.find((e) => say(e.summary, 'en') === 'Resolved the complaint')!;
    expect(resolvedEvent.changes).toEqual([{ field: 'status', from: 'investigating', to: 'resolved' }]);
    // The trail answered in English; the stored reference says it in French as well.
    expect(say(auditEvents.get(resolvedEvent.id)!.summary, 'fr')).toBe('Plainte résolue');
  });

  it('never marks a deadline met by the closing: it stops there, unmet', async () => {
    const complaint = await create();
    const closedEarly = unwrap(await move(complaint.id, step('acknowledged')));
    expect(closedEarly.deadlines.find((d) => d.kind === 'acknowledgement')!.status).toBe('met');
    const investigating = unwrap(await move(complaint.id, step('investigating')));
    expect(investigating.status).toBe('investigating');
    // Straight to closed is not a move the workflow has; an escalated complaint closes without a response.
    const escalatedOne = unwrap(
      await escalate(complaint.id, {
        regulatorId: 'ca-qc-cai',
        escalatedOn: today,
        regulatorReference: null,
        regulatorDeadline: addDays(today, 10),
        note: null,
      }),
    );
    expect(escalatedOne.status).toBe('escalated');
    const closed = unwrap(await move(complaint.id, step('closed', { note: 'The CAI closed its file.' })));
    const response = closed.deadlines.find((d) => d.kind === 'response')!;
    expect(response.metOn).toBeNull();
    expect(response.status).not.toBe('met');
    expect(closed.deadlines.find((d) => d.kind === 'regulator')!.metOn).toBeNull();
    expect(closed.nextDeadline).toBeNull();
    expect(closed.deadlineStatus).toBe('none');
    const [row] = (await list({ q: closed.reference.toLowerCase() })).items;
    expect(row!.deadlines.find((d) => d.kind === 'response')!.metOn).toBeNull();
  });

  it('records the acknowledgement and the response of an escalated complaint, which stays escalated', async () => {
    const complaint = await create();
    unwrap(
      await escalate(complaint.id, {
        regulatorId: 'ca-qc-cai',
        escalatedOn: today,
        regulatorReference: null,
        regulatorDeadline: null,
        note: null,
      }),
    );
    const acknowledged = unwrap(await move(complaint.id, step('acknowledged')));
    expect(acknowledged).toMatchObject({ status: 'escalated', acknowledgedOn: today });
    expect(acknowledged.deadlines.find((d) => d.kind === 'acknowledgement')).toMatchObject({
      status: 'met',
      metOn: today,
    });
    const again = await failure(move(complaint.id, step('acknowledged')));
    expect(again.status).toBe(409);
    expect(again.fieldErrors[0]!.message).toMatch(/^The acknowledgement was already recorded on /);
    const resolved = unwrap(await move(complaint.id, step('resolved', resolution)));
    expect(resolved.status).toBe('escalated');
    expect(resolved.deadlines.find((d) => d.kind === 'response')).toMatchObject({
      status: 'met',
      metOn: today,
    });
    expect(resolved.transitions.map((t) => t.to).slice(-2)).toEqual(['acknowledged', 'resolved']);
    const closed = unwrap(await move(complaint.id, step('closed', { note: 'The CAI closed its file.' })));
    expect(closed.status).toBe('closed');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'complaint', entityId: complaint.id } },
      }),
    );
    expect(history.items.map((e) => say(e.summary, 'en'))).toContain(
      'Recorded the acknowledgement (still with the regulator)',
    );
  });

  it('refuses a move its status does not allow (409 at to)', async () => {
    const complaint = await create();
    const error = await failure(move(complaint.id, step('resolved', resolution)));
    expect(error.status).toBe(409);
    expect(error.fieldErrors).toEqual([
      { field: 'to', message: 'A complaint that is received cannot move to resolved.' },
    ]);
  });

  it('refuses resolving without an outcome, a summary or the response sent, naming each field', async () => {
    const complaint = await create();
    await move(complaint.id, step('acknowledged'));
    await move(complaint.id, step('investigating'));
    const error = await failure(move(complaint.id, step('resolved')));
    expect(error.status).toBe(422);
    expect(error.fieldErrors.map((e) => e.field).sort()).toEqual([
      'outcome',
      'resolutionSummary',
      'responseDate',
      'responseSummary',
    ]);
    expect(error.fieldErrors.find((e) => e.field === 'outcome')!.message).toBe(
      'Choose the outcome: a complaint cannot be resolved without one.',
    );
    expect((await get(complaint.id)).status).toBe('investigating');
  });

  it('refuses a step dated before the complaint was received, or before its last step', async () => {
    const complaint = await create();
    const early = await failure(move(complaint.id, step('acknowledged', { date: addDays(today, -5) })));
    expect(early.fieldErrors[0]).toMatchObject({
      field: 'date',
      message: expect.stringContaining('was received on'),
    });
    await move(complaint.id, step('acknowledged', { date: addDays(today, -1) }));
    const before = await failure(move(complaint.id, step('investigating', { date: addDays(today, -2) })));
    expect(before.fieldErrors[0]).toMatchObject({
      field: 'date',
      message: expect.stringContaining('last step'),
    });
  });
});

describe('complaints API: extensions', () => {
  beforeEach(() => signInAs('officer'));
  const extend = (id: string, reason: string) =>
    api.POST('/api/v1/complaints/{id}/extension', { params: { path: { id } }, body: { reason } });

  it('extends a GDPR response by two months with the reason recorded, once', async () => {
    const complaint = await create(newComplaint({ complainantCountry: 'IE', complainantRegion: null }));
    const before = complaint.deadlines.find((d) => d.kind === 'response')!;
    const extended = unwrap(await extend(complaint.id, 'The archive must be restored from backups.'));
    const after = extended.deadlines.find((d) => d.kind === 'response')!;
    expect(after.due > addDays(before.due, 55)).toBe(true);
    expect(after.basis).toContain('The archive must be restored from backups.');
    expect(extended.extension).toMatchObject({
      reason: 'The archive must be restored from backups.',
      by: { id: 'p-officer' },
    });
    expect((await failure(extend(complaint.id, 'Again'))).status).toBe(409);
  });

  it('keeps a reason that only looks like a date as it was written', async () => {
    const complaint = await create(newComplaint({ complainantCountry: 'IE', complainantRegion: null }));
    const extended = unwrap(await extend(complaint.id, '2099-99-99'));
    expect(extended.deadlines.find((d) => d.kind === 'response')!.basis).toContain('2099-99-99');
  });

  it('refuses an extension where the law allows none (PIPEDA) and a reason left empty', async () => {
    const complaint = await create(newComplaint({ complainantRegion: 'ON' }));
    const error = await failure(extend(complaint.id, 'More time'));
    expect(error.status).toBe(409);
    expect(error.fieldErrors[0]!.message).toBe('Under PIPEDA the response deadline cannot be extended.');
    const gdpr = await create(newComplaint({ complainantCountry: 'FR', complainantRegion: null }));
    expect((await failure(extend(gdpr.id, '  '))).fieldErrors[0]!.field).toBe('reason');
  });
});

describe('complaints API: escalations and correspondence', () => {
  beforeEach(() => signInAs('officer'));

  async function escalated() {
    const complaint = await create(newComplaint({ receivedDate: addDays(today, -10) }));
    await move(complaint.id, step('acknowledged', { date: addDays(today, -9) }));
    return unwrap(
      await escalate(complaint.id, {
        regulatorId: 'ca-qc-cai',
        escalatedOn: addDays(today, -5),
        regulatorReference: null,
        regulatorDeadline: addDays(today, 10),
        note: null,
      }),
    );
  }

  it('escalates to a regulator of the directory, with its deadline as a clock', async () => {
    const complaint = await escalated();
    expect(complaint.status).toBe('escalated');
    expect(complaint.escalation).toMatchObject({
      regulatorId: 'ca-qc-cai',
      referral: false,
      regulatorReference: null,
    });
    expect(complaint.regulatorName).toBe('Commission d’accès à l’information du Québec (CAI)');
    expect(complaint.deadlines.find((d) => d.kind === 'regulator')).toMatchObject({
      due: addDays(today, 10),
      status: 'on_track',
    });
    expect(complaint.transitions.at(-1)).toMatchObject({ from: 'acknowledged', to: 'escalated' });
    const again = await failure(
      escalate(complaint.id, {
        regulatorId: 'ca-opc',
        escalatedOn: today,
        regulatorReference: null,
        regulatorDeadline: null,
        note: null,
      }),
    );
    expect(again.status).toBe(409);
  });

  it('refuses an unknown regulator and a deadline before the escalation', async () => {
    const complaint = await create();
    const error = await failure(
      escalate(complaint.id, {
        regulatorId: 'xx-nobody',
        escalatedOn: today,
        regulatorReference: null,
        regulatorDeadline: addDays(today, -1),
        note: null,
      }),
    );
    expect(error.fieldErrors).toContainEqual({
      field: 'regulatorId',
      message: 'Choose a regulator from the directory.',
    });
  });

  it('refuses correspondence dated before the escalation', async () => {
    const complaint = await escalated();
    const error = await failure(
      write(complaint.id, {
        date: addDays(today, -6),
        direction: 'out',
        summary: 'Sent the file.',
        documentUrl: null,
        regulatorReference: null,
      }),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors[0]).toMatchObject({
      field: 'date',
      message: expect.stringContaining('cannot be dated before'),
    });
  });

  it('asks for the regulator’s reference once it has answered, and keeps it', async () => {
    const complaint = await escalated();
    const error = await failure(
      write(complaint.id, {
        date: addDays(today, -3),
        direction: 'in',
        summary: 'The CAI opened a file.',
        documentUrl: null,
        regulatorReference: null,
      }),
    );
    expect(error.fieldErrors).toEqual([
      {
        field: 'regulatorReference',
        message: 'The regulator has answered: enter the reference on its letter.',
      },
    ]);
    const logged = unwrap(
      await write(complaint.id, {
        date: addDays(today, -3),
        direction: 'in',
        summary: 'The CAI opened a file.',
        documentUrl: 'https://docs.example.com/cai.pdf',
        regulatorReference: '1099-J',
      }),
    );
    expect(logged.escalation!.regulatorReference).toBe('1099-J');
    expect(logged.escalation!.correspondence).toHaveLength(1);
    // Taking the reference away afterwards is refused too.
    const edit = await failure(
      api.PUT('/api/v1/complaints/{id}/escalation', {
        params: { path: { id: complaint.id }, header: { 'If-Match': ifMatch(logged.version) } },
        body: { regulatorReference: null, regulatorDeadline: addDays(today, 10) },
      }),
    );
    expect(edit.fieldErrors[0]!.field).toBe('regulatorReference');
  });

  it('meets the regulator’s deadline with our reply, and closes with a note on how it ended', async () => {
    const complaint = await escalated();
    await write(complaint.id, {
      date: addDays(today, -3),
      direction: 'in',
      summary: 'Questions.',
      documentUrl: null,
      regulatorReference: '1099-J',
    });
    const replied = unwrap(
      await write(complaint.id, {
        date: addDays(today, -1),
        direction: 'out',
        summary: 'Answers.',
        documentUrl: null,
        regulatorReference: null,
      }),
    );
    expect(replied.deadlines.find((d) => d.kind === 'regulator')).toMatchObject({
      status: 'met',
      metOn: addDays(today, -1),
    });
    const noNote = await failure(move(complaint.id, step('closed')));
    expect(noNote.fieldErrors).toEqual([{ field: 'note', message: 'Say how the regulator’s case ended.' }]);
    const closed = unwrap(await move(complaint.id, step('closed', { note: 'The CAI closed its file.' })));
    expect(closed.status).toBe('closed');
    const { items } = unwrap(await api.GET('/api/v1/complaint-regulators'));
    expect(items.flatMap((r) => r.cases.map((c) => c.id))).not.toContain(complaint.id);
  });

  it('refuses correspondence on a complaint no regulator has (409)', async () => {
    const complaint = await create();
    expect(
      (
        await failure(
          write(complaint.id, {
            date: today,
            direction: 'out',
            summary: 'x',
            documentUrl: null,
            regulatorReference: null,
          }),
        )
      ).status,
    ).toBe(409);
  });
});

describe('complaints API: the list', () => {
  beforeEach(() => signInAs('officer'));

  it('masks the complainant’s contact in lists and records, and reveals it only with a reason, audited', async () => {
    const page = await list({ q: 'tremblay' });
    expect(page.items[0]!.complainantContactMasked).toBe('g•••@courriel.example');
    expect(JSON.stringify(page)).not.toContain('g.tremblay@');
    expect(JSON.stringify(await get('cmp-quebec'))).not.toContain('g.tremblay@');
    const body = { entityType: 'complaint', entityId: 'cmp-quebec', field: 'complainantContact' };
    expect((await failure(api.POST('/api/v1/reveals', { body }))).fieldErrors[0]!.field).toBe('reason');
    const { value } = unwrap(
      await api.POST('/api/v1/reveals', { body: { ...body, reason: 'Calling her back' } }),
    );
    expect(value).toBe('g.tremblay@courriel.example');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'complaint', entityId: 'cmp-quebec' } },
      }),
    );
    expect(say(history.items[0]!.summary, 'en')).toMatch(/^Revealed .*. Reason: Calling her back$/);
  });

  it('sorts by the next deadline, soonest first, and flags overdue and due this week', async () => {
    const page = await list({ sort: 'nextDeadline', pageSize: 500 });
    const dues = page.items.map((c) => c.nextDeadline?.due ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(page.items.find((c) => c.id === 'cmp-ccpa-overdue')!.deadlineStatus).toBe('overdue');
    expect(page.items.find((c) => c.id === 'cmp-opc-referral')!.deadlineStatus).toBe('due_soon');
  });

  it('filters by status, subject, jurisdiction, assignee, deadline and escalation', async () => {
    const check = async (
      query: Record<string, string | boolean>,
      test: (c: Awaited<ReturnType<typeof list>>['items'][number]) => boolean,
    ) => {
      const page = await list(query);
      expect(page.total).toBeGreaterThan(0);
      expect(page.items.every(test)).toBe(true);
    };
    await check({ status: 'investigating' }, (c) => c.status === 'investigating');
    await check({ subject: 'deletion' }, (c) => c.subject === 'deletion');
    await check({ jurisdiction: 'quebec' }, (c) => c.jurisdiction === 'quebec');
    await check({ assigneeId: 'p-officer' }, (c) => c.assigneeId === 'p-officer');
    await check({ deadline: 'overdue' }, (c) => c.deadlineStatus === 'overdue');
    await check({ deadline: 'due_soon' }, (c) => c.deadlineStatus === 'due_soon');
    await check({ escalated: true }, (c) => c.regulatorId !== null);
    await check({ escalated: false }, (c) => c.regulatorId === null);
    await check({ regulatorId: 'gb-ico' }, (c) => c.regulatorId === 'gb-ico');
    expect(
      (await failure(api.GET('/api/v1/complaints', { params: { query: { status: 'lost' as never } } })))
        .status,
    ).toBe(422);
  });

  it('applies several filters together: exactly the complaints that pass every one', async () => {
    const everything = await list({ pageSize: 500 });
    expect(everything.total).toBe(everything.items.length);
    const ids = (items: typeof everything.items) => items.map((c) => c.id).sort();
    const expected = everything.items.filter(
      (c) => c.status === 'investigating' && c.deadlineStatus === 'overdue' && c.jurisdiction === 'ccpa',
    );
    const page = await list({
      status: 'investigating',
      deadline: 'overdue',
      jurisdiction: 'ccpa',
      pageSize: 500,
    });
    expect(ids(page.items)).toEqual(ids(expected));
    expect(page.total).toBe(expected.length);
    expect(ids(page.items)).toContain('cmp-ccpa-overdue');
    // One filter that nobody passes empties the page, whatever the others.
    expect((await list({ status: 'closed', deadline: 'due_soon', escalated: false })).total).toBe(
      everything.items.filter(
        (c) => c.status === 'closed' && c.deadlineStatus === 'due_soon' && c.regulatorId === null,
      ).length,
    );
  });

  it('audits every page of an export', async () => {
    await list({ export: true, pageSize: 10 });
    const trail = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'complaints', entityId: 'list' } },
      }),
    );
    expect(say(trail.items[0]!.summary, 'en')).toMatch(/^Exported page 1 of \d+ of the complaints to CSV/);
    expect(say(auditEvents.get(trail.items[0]!.id)!.summary, 'fr')).toMatch(
      /^Page 1 sur \d+ des plaintes exportée en CSV/,
    );
  });
});

describe('complaints API: edits, settings and concurrency', () => {
  beforeEach(() => signInAs('officer'));

  it('answers 412 to a stale edit, 428 without If-Match, and masks the contact in the history', async () => {
    const opened = await get('cmp-fr-received');
    const body = {
      receivedDate: opened.receivedDate,
      channel: opened.channel,
      complainantName: opened.complainantName,
      complainantContact: 'camille.new@mail.example',
      complainantCountry: opened.complainantCountry,
      complainantRegion: null,
      subject: opened.subject,
      description: opened.description,
      assigneeId: opened.assigneeId,
      processorIds: [],
    };
    const saved = unwrap(
      await api.PUT('/api/v1/complaints/{id}', {
        params: { path: { id: opened.id }, header: { 'If-Match': ifMatch(opened.version) } },
        body,
      }),
    );
    expect(saved.version).toBe(opened.version + 1);
    const stale = await failure(
      api.PUT('/api/v1/complaints/{id}', {
        params: { path: { id: opened.id }, header: { 'If-Match': ifMatch(opened.version) } },
        body,
      }),
    );
    expect(stale.status).toBe(412);
    expect(JSON.stringify(stale.problem.current)).not.toContain('camille.new@');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'complaint', entityId: opened.id } },
      }),
    );
    expect(history.items[0]!.changes).toContainEqual({
      field: 'complainantContact',
      from: 'c•••@mail.example',
      to: 'c•••@mail.example',
    });
    const session = await signInAs('officer');
    const response = await fetch(`${location.origin}/api/v1/complaints/${opened.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(428);
  });

  it('refuses a received date after the workflow started', async () => {
    const opened = await get('cmp-quebec');
    const error = await failure(
      api.PUT('/api/v1/complaints/{id}', {
        params: { path: { id: opened.id }, header: { 'If-Match': ifMatch(opened.version) } },
        body: { ...opened, complainantContact: null, receivedDate: today },
      }),
    );
    expect(error.fieldErrors[0]).toMatchObject({
      field: 'receivedDate',
      message: expect.stringContaining('workflow started'),
    });
  });

  it('recomputes every acknowledgement deadline when the business days change', async () => {
    const settings = unwrap(await api.GET('/api/v1/complaint-deadline-settings'));
    expect(settings).toMatchObject({ acknowledgementBusinessDays: 5, defaultResponseDays: 30 });
    const before = (await get('cmp-new-de')).deadlines.find((d) => d.kind === 'acknowledgement')!;
    unwrap(
      await api.PUT('/api/v1/complaint-deadline-settings', {
        params: { header: { 'If-Match': ifMatch(settings.version) } },
        body: { acknowledgementBusinessDays: 10, defaultResponseDays: 30 },
      }),
    );
    const after = (await get('cmp-new-de')).deadlines.find((d) => d.kind === 'acknowledgement')!;
    expect(after.due > addDays(before.due, 6)).toBe(true);
    expect(after.basis).toContain('10 business days');
    const stale = await failure(
      api.PUT('/api/v1/complaint-deadline-settings', {
        params: { header: { 'If-Match': ifMatch(settings.version) } },
        body: { acknowledgementBusinessDays: 3, defaultResponseDays: 30 },
      }),
    );
    expect(stale.status).toBe(412);
  });
});

describe('complaints API: in the request’s language', () => {
  beforeEach(() => signInAs('officer'));
  /** French puts a no-break space inside « » and before a colon: compared here as plain spaces. */
  const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

  it('answers a French request in French: the deadlines’ basis, the regulator, field errors', async () => {
    await changeLanguage('fr');
    const complaint = await create();
    const response = complaint.deadlines.find((d) => d.kind === 'response')!;
    expect(response.basis).toContain('30 jours à compter de la réception');
    expect(response.basis).toContain('en vertu de la Loi 25 du Québec');
    expect(response.basis).not.toContain('@@');
    const error = await failure(move(complaint.id, step('resolved', resolution)));
    expect(plain(error.fieldErrors[0]!.message)).toBe(
      'Une plainte à l’état « Reçue » ne peut pas passer à l’état « Résolue ».',
    );
    const escalated = unwrap(
      await escalate(complaint.id, {
        regulatorId: 'ca-opc',
        escalatedOn: today,
        regulatorReference: null,
        regulatorDeadline: addDays(today, 10),
        note: null,
      }),
    );
    expect(escalated.escalation!.regulatorName).toBe(
      'Commissariat à la protection de la vie privée du Canada (CPVP)',
    );
    expect(plain(escalated.transitions.at(-1)!.note)).toBe(
      'Transmise à l’autorité de contrôle : Commissariat à la protection de la vie privée du Canada (CPVP)',
    );
    const dated = await failure(
      write(complaint.id, {
        date: addDays(today, -30),
        direction: 'out',
        summary: 'Lettre.',
        documentUrl: null,
        regulatorReference: null,
      }),
    );
    expect(plain(dated.fieldErrors[0]!.message)).toMatch(
      /^La plainte a été transmise à l’autorité de contrôle le \d{4}-\d{2}-\d{2} : la correspondance/,
    );
  });
});
