// The risk register's backend rules, through the typed client against the mock (msw/node): roles, validation at
// the field, the review workflow (403 for one's own risk, 409 out of order, 422 incomplete), the timeline, the
// cadence by rating, material changes, acceptances and the heat map. Every answer is checked against the
// OpenAPI document by the test setup.
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { changeLanguage } from '@/shared/i18n/i18n';
import { translateMessage } from '@/shared/i18n/messages';
import { addDays, addMonths } from '@/shared/model/dates';
import {
  RATING_BANDS,
  REVIEW_CADENCE_MONTHS,
  materialChanges,
  ratingOf,
  reviewerConflict,
} from '@/features/risks/model/rules';
import type { RiskInput } from '@/features/risks/model/schemas';
import { say } from '../../mocks/i18n/server-messages';
import { auditEvents } from '../../mocks/store/db';
import { risks, withDerived } from '../../mocks/store/risks';
import { failure, signInAs } from '../setup/render';

const today = new Date().toISOString().slice(0, 10);

const newRisk = (overrides: Partial<RiskInput> = {}): RiskInput => ({
  title: 'Oven telemetry sent without consent',
  description: 'Connected ovens send usage data before the owner agrees to it.',
  category: 'legal_compliance',
  threat: 'Processing without a lawful basis.',
  affectedAssets: 'Oven telemetry pipeline.',
  ownerId: 'p-officer',
  linkedProcessorIds: ['proc-aws'],
  inherentLikelihood: 4,
  inherentImpact: 4,
  treatment: 'mitigate',
  actions: [
    {
      id: null,
      description: 'Ask consent at set-up',
      ownerId: 'p-0003',
      dueDate: addDays(today, 30),
      status: 'planned',
    },
    {
      id: null,
      description: 'Delete data sent before consent',
      ownerId: 'p-0004',
      dueDate: addDays(today, 60),
      status: 'planned',
    },
  ],
  residualLikelihood: 2,
  residualImpact: 3,
  residualReason: null,
  acceptanceJustification: null,
  acceptedById: null,
  acceptanceExpiry: null,
  ...overrides,
});

async function getRisk(id: string) {
  return unwrap(await api.GET('/api/v1/risks/{id}', { params: { path: { id } } }));
}

async function createRisk(input = newRisk()) {
  return unwrap(await api.POST('/api/v1/risks', { body: input }));
}

function transition(
  risk: { id: string; version: number },
  action: 'submit' | 'approve' | 'request_changes',
  comment: string | null = null,
) {
  return api
    .POST('/api/v1/risks/{id}/transitions', {
      params: { path: { id: risk.id }, header: { 'If-Match': ifMatch(risk.version) } },
      body: { action, comment },
    })
    .then(unwrap);
}

function update(risk: { id: string; version: number }, body: RiskInput) {
  return api
    .PUT('/api/v1/risks/{id}', {
      params: { path: { id: risk.id }, header: { 'If-Match': ifMatch(risk.version) } },
      body,
    })
    .then(unwrap);
}

/** The risk's input as its form would send it back, with its actions' ids. */
function inputOf(risk: Awaited<ReturnType<typeof getRisk>>): RiskInput {
  return {
    ...newRisk(),
    title: risk.title,
    ownerId: risk.ownerId,
    linkedProcessorIds: risk.linkedProcessors.map((p) => p.id),
    treatment: risk.treatment,
    inherentLikelihood: risk.inherentLikelihood,
    inherentImpact: risk.inherentImpact,
    residualLikelihood: risk.residualLikelihood,
    residualImpact: risk.residualImpact,
    actions: risk.actions.map(({ id, description, ownerId, dueDate, status }) => ({
      id,
      description,
      ownerId,
      dueDate,
      status,
    })),
  };
}

/** Officer writes and submits a risk; returns it in review. */
async function submitted(input = newRisk()) {
  await signInAs('officer');
  const draft = await createRisk(input);
  return transition(draft, 'submit');
}

describe('risks API: roles', () => {
  it('lets officers and managers read, and refuses staff and the desk', async () => {
    await signInAs('manager');
    const page = unwrap(await api.GET('/api/v1/risks', { params: { query: { pageSize: 5 } } }));
    expect(page.total).toBe(40);
    for (const role of ['staff', 'desk'] as const) {
      await signInAs(role);
      expect((await failure(api.GET('/api/v1/risks').then(unwrap))).status).toBe(403);
      expect((await failure(api.GET('/api/v1/risk-heat-map').then(unwrap))).status).toBe(403);
    }
  });

  it('lets only officers write and submit, and only managers review', async () => {
    await signInAs('manager');
    expect((await failure(api.POST('/api/v1/risks', { body: newRisk() }).then(unwrap))).status).toBe(403);
    const draft = await getRisk('risk-draft-backups');
    expect((await failure(transition(draft, 'submit'))).status).toBe(403);
    await signInAs('officer');
    const inReview = await getRisk('risk-card-data');
    expect((await failure(transition(inReview, 'approve'))).status).toBe(403);
  });
});

describe('risks API: writing a risk', () => {
  it('creates a draft with the next reference, scores, bands and a timeline entry', async () => {
    await signInAs('officer');
    const risk = await createRisk();
    expect(risk).toMatchObject({
      reference: 'RISK-0041',
      status: 'draft',
      inherentScore: 16,
      inherentRating: 'critical',
      residualScore: 6,
      residualRating: 'medium',
      ownerName: 'Olivia Ortiz',
      linkedProcessors: [{ id: 'proc-aws', name: 'Amazon Web Services (AWS)' }],
      nextReviewDue: null,
      reviewStatus: 'not_scheduled',
    });
    expect(risk.actions).toHaveLength(2);
    expect(risk.actions.every((a) => a.id)).toBe(true);
    expect(risk.timeline).toMatchObject([{ action: 'created', to: 'draft', actorName: 'Olivia Ortiz' }]);
  });

  it('refuses scores outside 1-5 at the field', async () => {
    await signInAs('officer');
    const error = await failure(
      api
        .POST('/api/v1/risks', { body: { ...newRisk(), inherentLikelihood: 6, residualImpact: 0 } })
        .then(unwrap),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'inherentLikelihood', message: 'Choose a likelihood from 1 to 5.' },
        { field: 'residualImpact', message: 'Choose a residual impact from 1 to 5.' },
      ]),
    );
  });

  it('refuses a new action due in the past, but keeps a stored one that has become overdue', async () => {
    await signInAs('officer');
    const late = newRisk();
    late.actions[1] = { ...late.actions[1]!, dueDate: addDays(today, -3) };
    const error = await failure(createRisk(late));
    expect(error.fieldErrors).toEqual([
      {
        field: 'actions.1.dueDate',
        message: 'A new action cannot be due in the past: choose today or a later date.',
      },
    ]);
    // The tailgating risk's turnstile action is 12 days late: saving the risk again keeps it.
    const stored = await getRisk('risk-badge-tailgating');
    expect(stored.actions[0]!.overdue).toBe(true);
    expect(stored.flags.map((f) => f.code)).toContain('action_overdue');
    const saved = await update(stored, { ...inputOf(stored), title: 'Tailgating at the Toronto doors' });
    expect(saved.actions[0]!.dueDate).toBe(stored.actions[0]!.dueDate);
  });

  it('refuses a mitigation plan without an action', async () => {
    await signInAs('officer');
    const error = await failure(createRisk(newRisk({ actions: [] })));
    expect(error.fieldErrors).toEqual([
      {
        field: 'actions',
        message: 'A mitigation plan needs at least one action: add one, with its owner and due date.',
      },
    ]);
  });

  it('needs a reason when the residual score is above the inherent one', async () => {
    await signInAs('officer');
    const higher = newRisk({
      inherentLikelihood: 2,
      inherentImpact: 2,
      residualLikelihood: 3,
      residualImpact: 3,
    });
    expect((await failure(createRisk(higher))).fieldErrors).toEqual([
      { field: 'residualReason', message: 'The residual score (9) is above the inherent one (4): say why.' },
    ]);
    const explained = await createRisk({ ...higher, residualReason: 'The new supplier is less mature.' });
    expect(explained.residualScore).toBe(9);
  });

  it('needs a justification, the accepting manager and an expiry to accept a risk above medium', async () => {
    await signInAs('officer');
    const accepted = newRisk({ treatment: 'accept', actions: [], residualLikelihood: 4, residualImpact: 4 });
    expect((await failure(createRisk(accepted))).fieldErrors).toEqual([
      { field: 'acceptanceJustification', message: 'Accepting a critical risk needs a justification.' },
      { field: 'acceptedById', message: 'Accepting a critical risk needs the accepting manager.' },
      { field: 'acceptanceExpiry', message: 'Accepting a critical risk needs an expiry date.' },
    ]);
    const expired = { ...accepted, acceptanceJustification: 'Low value data.', acceptedById: 'p-manager' };
    expect(
      (await failure(createRisk({ ...expired, acceptanceExpiry: addDays(today, -1) }))).fieldErrors,
    ).toEqual([{ field: 'acceptanceExpiry', message: 'An acceptance cannot expire in the past.' }]);
    const ok = await createRisk({ ...expired, acceptanceExpiry: addDays(today, 90) });
    expect(ok).toMatchObject({ treatment: 'accept', acceptedByName: 'Marcus Reid' });
    // A low risk may be accepted without them.
    const low = newRisk({
      treatment: 'accept',
      actions: [],
      inherentLikelihood: 1,
      inherentImpact: 2,
      residualLikelihood: 1,
      residualImpact: 2,
    });
    expect((await createRisk(low)).acceptanceJustification).toBeNull();
  });

  it('refuses owners and processors that do not exist', async () => {
    await signInAs('officer');
    const error = await failure(
      createRisk(newRisk({ ownerId: 'p-nobody', linkedProcessorIds: ['proc-nope'] })),
    );
    expect(error.fieldErrors).toEqual([
      { field: 'ownerId', message: 'Choose the owner from the directory.' },
      { field: 'linkedProcessorIds', message: 'Link processors from the register only.' },
    ]);
  });

  it('needs If-Match (428) and refuses a stale version (412)', async () => {
    await signInAs('officer');
    const risk = await createRisk();
    await update(risk, { ...newRisk(), title: 'Renamed' });
    const stale = await failure(update(risk, newRisk()));
    expect(stale.status).toBe(412);
    const missing = await failure(
      api
        .PUT('/api/v1/risks/{id}', {
          params: { path: { id: risk.id }, header: { 'If-Match': '' } },
          body: newRisk(),
        })
        .then(unwrap),
    );
    expect(missing.status).toBe(428);
  });
});

describe('risks API: the review workflow', () => {
  it('walks draft -> in review -> changes requested -> in review -> approved, recording each step', async () => {
    const inReview = await submitted();
    expect(inReview).toMatchObject({ status: 'in_review', submittedById: 'p-officer' });
    await signInAs('manager');
    const changes = await transition(inReview, 'request_changes', 'Add a date for the consent screen.');
    expect(changes.status).toBe('changes_requested');
    await signInAs('officer');
    const revised = await update(changes, { ...inputOf(changes), title: 'Revised' });
    const again = await transition(revised, 'submit');
    await signInAs('manager');
    const approved = await transition(again, 'approve');
    expect(approved).toMatchObject({
      status: 'approved',
      approvedById: 'p-manager',
      approvedVersion: approved.version,
    });
    expect(approved.timeline.map((t) => [t.action, t.from, t.to, t.actorName, t.comment])).toEqual([
      ['created', null, 'draft', 'Olivia Ortiz', null],
      ['submitted', 'draft', 'in_review', 'Olivia Ortiz', null],
      [
        'changes_requested',
        'in_review',
        'changes_requested',
        'Marcus Reid',
        'Add a date for the consent screen.',
      ],
      ['submitted', 'changes_requested', 'in_review', 'Olivia Ortiz', null],
      ['approved', 'in_review', 'approved', 'Marcus Reid', null],
    ]);
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'risk', entityId: approved.id } },
      }),
    );
    // Summaries are stored as references and said in the reader's language (the audit trail's reader says
    // them; `say` passes a summary already said through).
    expect(history.items.map((e) => say(e.summary, 'en'))).toContain('In review → Approved');
    expect(history.items.map((e) => say(auditEvents.get(e.id)!.summary, 'fr'))).toContain(
      'En examen → Approuvé',
    );
  });

  it('refuses (403) a manager approving or sending back a risk they own', async () => {
    await signInAs('manager');
    const own = await getRisk('risk-card-data');
    expect(own.ownerId).toBe('p-manager');
    const approve = await failure(transition(own, 'approve'));
    expect(approve.status).toBe(403);
    expect(approve.problem.detail).toBe('You own this risk: another manager must review it.');
    expect((await failure(transition(own, 'request_changes', 'No'))).status).toBe(403);
    expect((await getRisk(own.id)).status).toBe('in_review');
  });

  it('says who may not review: the owner, the submitter and the accepting manager', () => {
    const plan = { ownerId: 'p-1', submittedById: 'p-2', acceptedById: 'p-4' };
    expect(translateMessage(reviewerConflict(plan, 'p-1'))).toMatch(/own/);
    expect(translateMessage(reviewerConflict(plan, 'p-2'))).toMatch(/submitted/);
    expect(translateMessage(reviewerConflict(plan, 'p-4'))).toBe(
      'You are this risk’s accepting manager: another manager must review the plan.',
    );
    expect(reviewerConflict(plan, 'p-3')).toBeNull();
  });

  it('refuses (403) a manager approving a plan whose acceptance names him as the accepting manager', async () => {
    // RISK-0041 of the review (#14): an officer accepts a critical risk naming the manager, who then approved it.
    const inReview = await submitted(
      newRisk({
        treatment: 'accept',
        actions: [],
        residualLikelihood: 4,
        residualImpact: 4,
        acceptanceJustification: 'Replacing the ovens costs more than the exposure this year.',
        acceptedById: 'p-manager',
        acceptanceExpiry: addDays(today, 200),
      }),
    );
    await signInAs('manager');
    const approve = await failure(transition(inReview, 'approve'));
    expect(approve.status).toBe(403);
    expect(approve.problem.detail).toBe(
      'You are this risk’s accepting manager: another manager must review the plan.',
    );
    expect((await failure(transition(inReview, 'request_changes', 'No'))).status).toBe(403);
    expect((await getRisk(inReview.id)).status).toBe('in_review');
    // Nor is it waiting in his queue.
    const queue = unwrap(
      await api.GET('/api/v1/risks', { params: { query: { queue: true, pageSize: 100 } } }),
    );
    expect(queue.items.map((r) => r.id)).not.toContain(inReview.id);
  });

  it('answers 409 for a move out of order', async () => {
    await signInAs('manager');
    const draft = await getRisk('risk-draft-backups');
    expect((await failure(transition(draft, 'approve'))).status).toBe(409);
    const approved = await getRisk('risk-privacy-shield');
    // Approved and not due for review: nothing to review.
    expect((await failure(transition(approved, 'approve'))).status).toBe(409);
    await signInAs('officer');
    expect((await failure(transition(approved, 'submit'))).status).toBe(409);
  });

  it('needs a comment to request changes (422)', async () => {
    const inReview = await submitted();
    await signInAs('manager');
    const error = await failure(transition(inReview, 'request_changes'));
    expect(error.fieldErrors).toEqual([{ field: 'comment', message: 'Say what should change.' }]);
  });

  it('refuses to submit a stored mitigation plan without actions (422 at actions)', async () => {
    await signInAs('officer');
    const draft = await getRisk('risk-draft-backups');
    const record = risks.get(draft.id)!;
    risks.replace(withDerived({ ...record, actions: [] }));
    const error = await failure(transition(draft, 'submit'));
    expect(error.status).toBe(422);
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['actions']);
  });

  it('puts in-review and due risks in the manager’s queue, oldest first, never their own', async () => {
    const first = await submitted(newRisk({ title: 'First waiting' }));
    await submitted(newRisk({ title: 'Second waiting' }));
    await signInAs('manager');
    const queue = unwrap(
      await api.GET('/api/v1/risks', { params: { query: { queue: true, pageSize: 100 } } }),
    );
    const ids = queue.items.map((r) => r.id);
    expect(ids).not.toContain('risk-card-data'); // owned by the manager
    expect(ids).toContain('risk-email-accepted'); // acceptance expiring: due for review
    expect(ids.indexOf(first.id)).toBeLessThan(
      ids.indexOf(queue.items.find((r) => r.title === 'Second waiting')!.id),
    );
    const waiting = queue.items.map((r) => r.waitingSince!);
    expect([...waiting].sort()).toEqual(waiting);
  });
});

describe('risks API: cadence and material changes', () => {
  it('schedules the next review by the residual rating: critical monthly, high quarterly, medium 6, low 12 months', async () => {
    expect(REVIEW_CADENCE_MONTHS).toEqual({ critical: 1, high: 3, medium: 6, low: 12 });
    const cases: [number, number, number][] = [
      [4, 4, 1], // 16 critical
      [3, 4, 3], // 12 high
      [2, 3, 6], // 6 medium
      [1, 2, 12], // 2 low
    ];
    for (const [likelihood, impact, months] of cases) {
      const inReview = await submitted(
        newRisk({
          inherentLikelihood: 5,
          inherentImpact: 5,
          residualLikelihood: likelihood,
          residualImpact: impact,
        }),
      );
      await signInAs('manager');
      const approved = await transition(inReview, 'approve');
      expect(approved.nextReviewDue).toBe(addMonths(today, months));
      expect(approved.reviewStatus).toBe('scheduled');
    }
  });

  it('flags overdue and due-soon reviews, and lets a manager approve a due plan again', async () => {
    await signInAs('manager');
    const overdue = await getRisk('risk-badge-tailgating');
    expect(overdue.reviewStatus).toBe('overdue');
    expect(overdue.flags.map((f) => f.code)).toEqual(['action_overdue', 'review_overdue']);
    const filtered = unwrap(
      await api.GET('/api/v1/risks', { params: { query: { overdue: true, pageSize: 100 } } }),
    );
    expect(filtered.items.map((r) => r.id)).toContain(overdue.id);
    const again = await transition(overdue, 'approve');
    expect(again.reviewStatus).toBe('scheduled');
    expect(again.timeline.at(-1)).toMatchObject({ action: 'approved', from: 'approved', to: 'approved' });
  });

  it('flags an expiring acceptance and sends the approved plan back to review', async () => {
    // Issue #14: "an expired or soon-expiring acceptance is flagged and sends the risk back for review".
    await signInAs('officer');
    const accepted = await getRisk('risk-email-accepted');
    expect(accepted.flags.map((f) => f.code)).toContain('acceptance_expiring');
    expect(accepted.status).toBe('in_review');
    expect(accepted.approvedVersion).not.toBeNull();
    expect(accepted.timeline.at(-1)).toMatchObject({
      action: 'submitted',
      from: 'approved',
      to: 'in_review',
      actorId: 'system',
      actorName: 'the console',
      comment: `The acceptance expires on ${accepted.acceptanceExpiry}: back to review before then.`,
    });
    // It waits in the manager's queue; he cannot approve it as it stands, only ask for a new expiry.
    await signInAs('manager');
    const queue = unwrap(
      await api.GET('/api/v1/risks', { params: { query: { queue: true, pageSize: 100 } } }),
    );
    expect(queue.items.map((r) => r.id)).toContain(accepted.id);
    const approve = await failure(transition(accepted, 'approve'));
    expect(approve.status).toBe(409);
    expect(approve.problem.detail).toMatch(/^The acceptance has expired or expires within 30 days/);
    const sentBack = await transition(accepted, 'request_changes', 'Renegotiate the retention first.');
    expect(sentBack.status).toBe('changes_requested');
  });

  it('sends an approved plan back to review when its acceptance expires, once, and says so in French', async () => {
    const inReview = await submitted(
      newRisk({
        treatment: 'accept',
        actions: [],
        residualLikelihood: 4,
        residualImpact: 4,
        acceptanceJustification: 'The supplier fixes it next year.',
        acceptedById: 'p-0002',
        acceptanceExpiry: addDays(today, 200),
      }),
    );
    await signInAs('manager');
    const approved = await transition(inReview, 'approve');
    expect(approved.status).toBe('approved');
    // A year later, as it were: the acceptance lapsed yesterday.
    const record = risks.get(approved.id)!;
    risks.replace(withDerived({ ...record, acceptanceExpiry: addDays(today, -1) }));
    const reopened = await getRisk(approved.id);
    expect(reopened.status).toBe('in_review');
    expect(reopened.flags.map((f) => f.code)).toContain('acceptance_expired');
    expect(reopened.timeline.at(-1)!.comment).toBe(
      `The acceptance expired on ${addDays(today, -1)}: back to review.`,
    );
    // Read again: nothing more happens.
    expect((await getRisk(approved.id)).timeline).toHaveLength(reopened.timeline.length);
    await changeLanguage('fr'); // the client asks in the console's language (Accept-Language)
    const french = await getRisk(approved.id);
    expect(french.timeline.at(-1)).toMatchObject({
      actorName: 'la console',
      comment: `L’acceptation a pris fin le ${addDays(today, -1)} : retour à l’examen.`,
    });
    expect(french.flags.find((f) => f.code === 'acceptance_expired')!.message).toBe(
      `L’acceptation a pris fin le ${addDays(today, -1)} : examinez de nouveau le risque.`,
    );
    // A stale edit's 412 carries the risk as it is now, said in French too (the conflict dialog shows it).
    await signInAs('officer');
    await changeLanguage('fr');
    const stale = await failure(
      api
        .PUT('/api/v1/risks/{id}', {
          params: { path: { id: approved.id }, header: { 'If-Match': '"1"' } },
          body: inputOf(french),
        })
        .then(unwrap),
    );
    expect(stale.status).toBe(412);
    const current = (stale.problem as unknown as { current: typeof french }).current;
    expect(current.timeline.at(-1)).toMatchObject({ actorName: 'la console' });
    expect(JSON.stringify(current)).not.toContain('@@');
  });

  it('sends an approved plan back to review on a material change, naming the approved version', async () => {
    const inReview = await submitted();
    await signInAs('manager');
    const approved = await transition(inReview, 'approve');
    await signInAs('officer');
    // Progress on an action is not material.
    const progress = inputOf(approved);
    progress.actions[0]!.status = 'in_progress';
    const stillApproved = await update(approved, progress);
    expect(stillApproved.status).toBe('approved');
    expect(stillApproved.approvedVersion).toBe(approved.version);
    // A new residual score is.
    const changed = await update(stillApproved, { ...inputOf(stillApproved), residualLikelihood: 3 });
    expect(changed.status).toBe('in_review');
    expect(changed.timeline.at(-1)).toMatchObject({
      action: 'material_change',
      from: 'approved',
      to: 'in_review',
      comment: `Changed the residual scores of the plan approved at version ${approved.version}.`,
    });
  });

  it('knows what is material: treatment, residual scores and the actions’ substance', () => {
    const plan = {
      treatment: 'mitigate' as const,
      residualLikelihood: 2,
      residualImpact: 2,
      actions: [{ id: 'a', description: 'Train', ownerId: 'p-1', dueDate: '2027-01-01' }],
    };
    expect(materialChanges(plan, { ...plan })).toEqual([]);
    // Codes, said in words by the timeline's and the audit trail's messages in the reader's language.
    expect(materialChanges(plan, { ...plan, treatment: 'accept' })).toEqual(['treatment']);
    expect(materialChanges(plan, { ...plan, actions: [] })).toEqual(['actions']);
    expect(
      materialChanges(plan, { ...plan, actions: [{ ...plan.actions[0]!, dueDate: '2027-02-01' }] }),
    ).toEqual(['actions']);
    expect(materialChanges(plan, { ...plan, treatment: 'accept', residualImpact: 3 })).toEqual([
      'treatment',
      'residual',
    ]);
  });
});

describe('risks API: bands, list and heat map', () => {
  it('bands every score from 1 to 25 exactly once', () => {
    expect(RATING_BANDS[0]!.min).toBe(1);
    expect(RATING_BANDS.at(-1)!.max).toBe(25);
    RATING_BANDS.slice(1).forEach((band, index) => expect(band.min).toBe(RATING_BANDS[index]!.max + 1));
    expect([ratingOf(4), ratingOf(5), ratingOf(10), ratingOf(16)]).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ]);
  });

  it('filters by category, rating, status, owner, linked processor and cell', async () => {
    await signInAs('officer');
    const list = async (query: Record<string, string | number | boolean>) =>
      unwrap(await api.GET('/api/v1/risks', { params: { query: { pageSize: 100, ...query } } })).items;
    expect((await list({ processorId: 'proc-aws' })).map((r) => r.id)).toEqual(['risk-privacy-shield']);
    expect((await list({ ownerId: 'p-manager' })).map((r) => r.id)).toContain('risk-card-data');
    expect(
      (await list({ category: 'physical_security' })).every((r) => r.category === 'physical_security'),
    ).toBe(true);
    expect((await list({ status: 'changes_requested' })).every((r) => r.status === 'changes_requested')).toBe(
      true,
    );
    expect((await list({ rating: 'critical', basis: 'inherent' })).every((r) => r.inherentScore >= 16)).toBe(
      true,
    );
    const cell = await list({ basis: 'inherent', likelihood: 4, impact: 4 });
    expect(cell.map((r) => r.id)).toContain('risk-privacy-shield');
    expect(cell.every((r) => r.inherentLikelihood === 4 && r.inherentImpact === 4)).toBe(true);
    const bad = await failure(
      api.GET('/api/v1/risks', { params: { query: { likelihood: 7 } } }).then(unwrap),
    );
    expect(bad.status).toBe(422);
  });

  it('counts every cell of the heat map, inherent or residual, and agrees with the list', async () => {
    await signInAs('manager');
    for (const basis of ['inherent', 'residual'] as const) {
      const map = unwrap(await api.GET('/api/v1/risk-heat-map', { params: { query: { basis } } }));
      expect(map.cells).toHaveLength(25);
      expect(map.total).toBe(40);
      expect(map.cells.reduce((sum, c) => sum + c.count, 0)).toBe(40);
      const busiest = map.cells.reduce((a, b) => (b.count > a.count ? b : a));
      const listed = unwrap(
        await api.GET('/api/v1/risks', {
          params: { query: { basis, likelihood: busiest.likelihood, impact: busiest.impact } },
        }),
      );
      expect(listed.total).toBe(busiest.count);
      expect(busiest.rating).toBe(ratingOf(busiest.likelihood * busiest.impact));
    }
  });

  it('audits every page of an export', async () => {
    await signInAs('officer');
    await api.GET('/api/v1/risks', { params: { query: { export: true, pageSize: 1000 } } });
    const trail = unwrap(await api.GET('/api/v1/audit-events', { params: { query: { pageSize: 5 } } }));
    expect(say(trail.items[0]!.summary, 'en')).toMatch(/^Exported page 1 of 1 of the risk register/);
  });
});
