// Complaints & regulator escalations: privacy officers only (complaints.read / complaints.write); every other
// role is refused (403), as the real backend would. The workflow, the deadlines and the escalation rules are the
// module's model (features/complaints/model), checked here against the stored complaint.
import { HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { addDays } from '@/shared/model/dates';
import {
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  DEADLINE_STATUSES,
  JURISDICTIONS,
  complaintCreateSchema,
  complaintInputSchema,
  correspondenceInputSchema,
  deadlineSettingsInputSchema,
  escalationInputSchema,
  escalationUpdateSchema,
  extensionInputSchema,
  transitionInputSchema,
  type ComplaintInput,
  type DeadlineSettingsInput,
} from '@/features/complaints/model/schemas';
import { regulatorById, regulatorNameRef } from '@/features/complaints/model/regulators';
import {
  complaintDeadlineStatus,
  DUE_SOON_DAYS,
  ESCALATABLE,
  mayMove,
  RESPONSE_RULES,
  statusAfter,
} from '@/features/complaints/model/rules';
import { complaintsServerMessages, localizeAnswer } from '../i18n/complaints-messages';
import { newId, people } from '../store/db';
import { processors } from '../store/processors';
import {
  complaintInputOf,
  complaints,
  complaintSettings,
  currentSettings,
  nextReference,
  refreshAllDeadlines,
  toComplaint,
  toListItem,
  todayIso,
  withDeadlines,
  type ComplaintRecord,
} from '../store/complaints';
import '../seed/complaints';
import { defineHistory, defineRevealable } from './base';
import {
  changedFields,
  etag,
  fieldProblem,
  listParams,
  maskContact,
  problem,
  readBody,
  recordAudit,
  type Caller,
} from './http';
import { defineResource } from './resource';
import { route, type Access, type RouteContext } from './route';

type FieldError = components['schemas']['FieldError'];
type Status = ComplaintRecord['status'];

const msg = complaintsServerMessages.ref;

/** The directory's (English) name, for a stable order whatever the reader's language. */
const englishName = (regulatorId: string) => regulatorById(regulatorId)?.name ?? regulatorId;

/**
 * A complaints route: its answers (records, lists, problems) hold message references, some holding others (a
 * regulator's name, a law) and dates; all are said in the request's language before they leave.
 */
function complaintRoute<P extends string, A extends Access>(
  method: Parameters<typeof route>[0],
  path: P,
  access: A,
  handler: (context: RouteContext<P, A>) => Response | Promise<Response>,
) {
  return route(method, path, access, async (context) => {
    try {
      return await localizeAnswer(context.request, await handler(context));
    } catch (error) {
      if (error instanceof Response) throw await localizeAnswer(context.request, error);
      throw error;
    }
  });
}

defineHistory('complaint', 'complaints.read');
defineHistory('complaint-deadline-settings', 'complaints.read');
// Access-logging rules want a reason for a complainant's contact: 422 without one.
defineRevealable('complaint', 'complainantContact', {
  permission: 'complaints.read',
  reasonRequired: true,
  read: (id) => {
    const complaint = complaints.get(id);
    return complaint ? complaint.complainantContact : undefined;
  },
});

const complaintRecords = defineResource({
  table: complaints,
  entityType: 'complaint',
  notFound: msg('notFound.complaint'),
  answer: (record) => toComplaint(record),
});
const settingsRecords = defineResource({
  table: complaintSettings,
  entityType: 'complaint-deadline-settings',
  answer: ({ id: _id, ...settings }) => settings,
  afterWrite: refreshAllDeadlines,
});

function enumParam<T extends string>(url: URL, name: string, values: readonly T[], errors: FieldError[]) {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    errors.push({ field: name, message: msg('query.unknownValue', { name, value }) });
    return undefined;
  }
  return value as T;
}

/** The assignee and the processors named must exist (422 at the field). */
function checkReferences(input: Pick<ComplaintInput, 'assigneeId' | 'processorIds'>) {
  if (input.assigneeId && !people.get(input.assigneeId)) {
    throw fieldProblem('assigneeId', msg('field.assignee'));
  }
  const unknown = input.processorIds.find((id) => !processors.get(id));
  if (unknown) throw fieldProblem('processorIds', msg('field.processorUnknown'));
}

/** The first step after receipt, which the received date may not follow. */
function firstStepDate(record: ComplaintRecord) {
  const dates = record.transitions.filter((t) => t.from !== null).map((t) => t.on);
  if (record.escalation && !record.escalation.referral) dates.push(record.escalation.escalatedOn);
  return dates.sort()[0];
}

/** The latest day the workflow has reached: a new step cannot be dated before it. */
function lastStepDate(record: ComplaintRecord) {
  return record.transitions
    .map((t) => t.on)
    .sort()
    .at(-1)!;
}

const maskedChanges = (changes: { field: string; from: unknown; to: unknown }[]) =>
  changes.map((change) =>
    change.field === 'complainantContact'
      ? {
          ...change,
          from: maskContact(change.from as string | null),
          to: maskContact(change.to as string | null),
        }
      : change,
  );

function moved(record: ComplaintRecord, caller: Caller, to: Status, on: string, note: string | null) {
  return [
    ...record.transitions,
    {
      at: new Date().toISOString(),
      on,
      from: record.status,
      to,
      by: { id: caller.person.id, name: caller.person.name },
      note,
    },
  ];
}

/** Saves the next state of a complaint with its deadlines worked out again. */
function saveComplaint(
  caller: Caller,
  before: ComplaintRecord,
  next: Omit<ComplaintRecord, 'version'>,
  summary: string,
  changes?: { field: string; from: unknown; to: unknown }[],
) {
  const record = complaintRecords.save(
    caller,
    before,
    withDeadlines({ ...next, version: before.version, updatedAt: new Date().toISOString() }),
    { summary, ...(changes && { changes }) },
  );
  return complaintRecords.ok(record);
}

export const complaintHandlers = [
  complaintRoute('get', '/complaints', 'complaints.read', ({ caller, url }) => {
    const { page, pageSize, sort, q, isExport } = listParams(url, (key) => complaints.sortable(key));
    const errors: FieldError[] = [];
    const status = enumParam(url, 'status', COMPLAINT_STATUSES, errors);
    const subject = enumParam(url, 'subject', COMPLAINT_SUBJECTS, errors);
    const jurisdiction = enumParam(url, 'jurisdiction', JURISDICTIONS, errors);
    const deadline = enumParam(url, 'deadline', DEADLINE_STATUSES, errors);
    const escalated = url.searchParams.get('escalated');
    if (escalated && escalated !== 'true' && escalated !== 'false') {
      errors.push({ field: 'escalated', message: msg('query.escalated') });
    }
    const assigneeId = url.searchParams.get('assigneeId') || undefined;
    const regulatorId = url.searchParams.get('regulatorId') || undefined;
    if (errors.length) return problem(422, 'Validation failed', { errors });
    const today = todayIso();
    const soon = addDays(today, DUE_SOON_DAYS);
    // Only the filters asked for are tested: this runs over all 20,000 complaints of the large seed, and
    // testing every filter's absence for each of them was most of the answer's time.
    const tests: ((c: ComplaintRecord) => boolean)[] = [];
    if (status) tests.push((c) => c.status === status);
    if (subject) tests.push((c) => c.subject === subject);
    if (jurisdiction) tests.push((c) => c.jurisdiction === jurisdiction);
    if (assigneeId) tests.push((c) => c.assigneeId === assigneeId);
    if (regulatorId) tests.push((c) => c.escalation?.regulatorId === regulatorId);
    if (escalated) tests.push((c) => (c.escalation !== null) === (escalated === 'true'));
    if (deadline) tests.push((c) => complaintDeadlineStatus(c.nextDue, today, soon) === deadline);
    if (q) tests.push((c) => c.searchText.includes(q));
    const result = complaints.list({
      page,
      pageSize,
      sort,
      filter:
        tests.length === 0
          ? undefined
          : tests.length === 1
            ? tests[0]
            : (c) => tests.every((test) => test(c)),
    });
    // Every page of an export is recorded; the rows' contacts are masked, so plain pages are not bulk reads.
    if (isExport) {
      recordAudit(caller, {
        action: 'export',
        entityType: 'complaints',
        entityId: 'list',
        summary: msg('audit.exported', {
          page,
          pages: Math.max(1, Math.ceil(result.total / pageSize)),
          count: result.items.length,
          total: result.total,
        }),
      });
    }
    return HttpResponse.json({ ...result, items: result.items.map((c) => toListItem(c, today)) });
  }),

  complaintRoute('post', '/complaints', 'complaints.write', async ({ caller, request }) => {
    const { regulatorCase, ...input } = await readBody(request, complaintCreateSchema);
    checkReferences(input);
    const now = new Date().toISOString();
    const by = { id: caller.person.id, name: caller.person.name };
    const regulator = regulatorCase && regulatorById(regulatorCase.regulatorId)!;
    const record = withDeadlines({
      ...input,
      id: newId('cmp'),
      version: 1,
      reference: nextReference(input.receivedDate.slice(0, 4)),
      status: 'received',
      acknowledgedOn: null,
      extension: null,
      resolution: null,
      closure: null,
      // A regulator's referral is recorded the same way as an escalation, with its reference and deadline.
      escalation:
        regulatorCase && regulator
          ? {
              regulatorId: regulator.id,
              regulatorName: regulatorNameRef(regulator.id),
              referral: true,
              escalatedOn: input.receivedDate,
              regulatorReference: regulatorCase.regulatorReference,
              regulatorDeadline: regulatorCase.regulatorDeadline,
              deadlineSetOn: input.receivedDate,
              correspondence: [],
            }
          : null,
      transitions: [{ at: now, on: input.receivedDate, from: null, to: 'received', by, note: null }],
      createdAt: now,
      updatedAt: now,
    });
    complaintRecords.create(caller, record, {
      summary: regulator
        ? msg('audit.recordedReferral', { reference: record.reference })
        : msg('audit.recorded', { reference: record.reference }),
      ...(regulator && { changes: [{ field: 'regulatorId', from: null, to: regulator.id }] }),
    });
    return complaintRecords.ok(record, 201);
  }),

  complaintRoute('get', '/complaints/:id', 'complaints.read', ({ params }) =>
    complaintRecords.read(params.id),
  ),

  complaintRoute('put', '/complaints/:id', 'complaints.write', async ({ caller, request, params }) => {
    const before = complaintRecords.forWrite(request, params.id);
    const input = await readBody(request, complaintInputSchema);
    checkReferences(input);
    const referral = before.escalation?.referral === true;
    if ((input.channel === 'regulator_referral') !== referral) {
      throw fieldProblem(
        'channel',
        referral ? msg('channel.referralStays') : msg('channel.referralAtCreation'),
      );
    }
    const first = firstStepDate(before);
    if (first && input.receivedDate > first) {
      throw fieldProblem('receivedDate', msg('received.afterWorkflow', { date: first }));
    }
    return saveComplaint(
      caller,
      before,
      { ...before, ...input },
      msg('audit.updated', { reference: before.reference }),
      maskedChanges(changedFields(complaintInputOf(before), input)),
    );
  }),

  complaintRoute(
    'post',
    '/complaints/:id/transitions',
    'complaints.write',
    async ({ caller, request, params }) => {
      const before = complaintRecords.find(params.id);
      const input = await readBody(request, transitionInputSchema);
      if (!mayMove(before, input.to)) {
        throw fieldProblem(
          'to',
          before.status === 'escalated' && input.to === 'acknowledged' && before.acknowledgedOn
            ? msg('move.alreadyAcknowledged', { date: before.acknowledgedOn })
            : before.status === 'escalated' && input.to === 'resolved' && before.resolution
              ? msg('move.alreadyResolved')
              : msg('move.notAllowed', { from: before.status, to: input.to }),
          409,
        );
      }
      if (input.date < before.receivedDate) {
        throw fieldProblem('date', msg('date.beforeReceived', { date: before.receivedDate }));
      }
      const last = lastStepDate(before);
      if (input.date < last) {
        throw fieldProblem('date', msg('date.beforeLastStep', { date: last }));
      }
      if (input.to === 'resolved' && input.responseDate! < before.receivedDate) {
        throw fieldProblem('responseDate', msg('responseDate.beforeReceived', { date: before.receivedDate }));
      }
      if (input.to === 'closed' && before.status === 'escalated' && !input.note) {
        throw fieldProblem('note', msg('note.regulatorCaseEnd'));
      }
      // With a regulator, acknowledging and responding are recorded while the complaint stays escalated.
      const status = statusAfter(before.status, input.to);
      const next = {
        ...before,
        status,
        transitions: moved(before, caller, input.to, input.date, input.note),
      };
      if (input.to === 'acknowledged') next.acknowledgedOn = input.date;
      if (input.to === 'resolved') {
        next.resolution = {
          outcome: input.outcome!,
          summary: input.resolutionSummary!,
          responseDate: input.responseDate!,
          responseSummary: input.responseSummary!,
          resolvedOn: input.date,
        };
      }
      if (input.to === 'closed') next.closure = { closedOn: input.date, note: input.note };
      const changes =
        status !== before.status
          ? [{ field: 'status', from: before.status, to: status }]
          : input.to === 'acknowledged'
            ? [{ field: 'acknowledgedOn', from: null, to: input.date }]
            : [{ field: 'outcome', from: null, to: input.outcome }];
      return saveComplaint(
        caller,
        before,
        next,
        msg('audit.moved', { to: input.to, withRegulator: status === 'escalated' ? 'yes' : 'no' }),
        changes,
      );
    },
  ),

  complaintRoute(
    'post',
    '/complaints/:id/extension',
    'complaints.write',
    async ({ caller, request, params }) => {
      const before = complaintRecords.find(params.id);
      const input = await readBody(request, extensionInputSchema);
      const rule = RESPONSE_RULES[before.jurisdiction];
      if (!rule.extension) {
        throw fieldProblem('reason', msg('extension.notAllowed', { law: rule.law }), 409);
      }
      if (before.extension) throw fieldProblem('reason', msg('extension.already'), 409);
      if (before.resolution || before.closure) {
        throw fieldProblem('reason', msg('extension.responded'), 409);
      }
      const by = { id: caller.person.id, name: caller.person.name };
      return saveComplaint(
        caller,
        before,
        { ...before, extension: { reason: input.reason, extendedOn: todayIso(), by } },
        msg('audit.extended', { months: rule.extension.months, reason: input.reason }),
      );
    },
  ),

  complaintRoute(
    'post',
    '/complaints/:id/escalation',
    'complaints.write',
    async ({ caller, request, params }) => {
      const before = complaintRecords.find(params.id);
      const input = await readBody(request, escalationInputSchema);
      if (before.escalation) {
        throw fieldProblem(
          'regulatorId',
          msg('escalation.already', { regulator: regulatorNameRef(before.escalation.regulatorId) }),
          409,
        );
      }
      if (!ESCALATABLE.includes(before.status)) {
        throw fieldProblem('regulatorId', msg('escalation.closed'), 409);
      }
      if (input.escalatedOn < lastStepDate(before)) {
        throw fieldProblem('escalatedOn', msg('date.beforeLastStep', { date: lastStepDate(before) }));
      }
      const name = regulatorNameRef(input.regulatorId);
      return saveComplaint(
        caller,
        before,
        {
          ...before,
          status: 'escalated',
          escalation: {
            regulatorId: input.regulatorId,
            regulatorName: name,
            referral: false,
            escalatedOn: input.escalatedOn,
            regulatorReference: input.regulatorReference,
            regulatorDeadline: input.regulatorDeadline,
            deadlineSetOn: input.escalatedOn,
            correspondence: [],
          },
          transitions: moved(
            before,
            caller,
            'escalated',
            input.escalatedOn,
            input.note ?? msg('note.escalatedTo', { regulator: name }),
          ),
        },
        msg('audit.escalated'),
        [
          { field: 'status', from: before.status, to: 'escalated' },
          { field: 'regulatorId', from: null, to: input.regulatorId },
        ],
      );
    },
  ),

  complaintRoute('get', '/complaints/:id/escalation', 'complaints.read', ({ params }) => {
    const complaint = complaintRecords.find(params.id);
    return HttpResponse.json(toComplaint(complaint).escalation, { headers: etag(complaint) });
  }),

  complaintRoute(
    'put',
    '/complaints/:id/escalation',
    'complaints.write',
    async ({ caller, request, params }) => {
      const before = complaintRecords.forWrite(request, params.id);
      // The body's own problems first (400, 422), then whether the complaint has an escalation to update.
      const input = await readBody(request, escalationUpdateSchema);
      const escalation = before.escalation;
      if (!escalation) throw problem(409, 'Conflict', { detail: msg('escalation.none') });
      const answered = escalation.correspondence.find((c) => c.direction === 'in');
      if (!input.regulatorReference && answered) {
        throw fieldProblem(
          'regulatorReference',
          msg('escalation.answeredNeedsReference', { date: answered.date }),
        );
      }
      if (input.regulatorDeadline && input.regulatorDeadline < escalation.escalatedOn) {
        throw fieldProblem(
          'regulatorDeadline',
          msg('escalation.deadlineBefore', { date: escalation.escalatedOn }),
        );
      }
      const deadlineChanged = input.regulatorDeadline !== escalation.regulatorDeadline;
      return saveComplaint(
        caller,
        before,
        {
          ...before,
          escalation: {
            ...escalation,
            ...input,
            deadlineSetOn: deadlineChanged ? todayIso() : escalation.deadlineSetOn,
          },
        },
        msg('audit.escalationUpdated'),
        changedFields(
          {
            regulatorReference: escalation.regulatorReference,
            regulatorDeadline: escalation.regulatorDeadline,
          },
          input,
        ),
      );
    },
  ),

  complaintRoute(
    'post',
    '/complaints/:id/correspondence',
    'complaints.write',
    async ({ caller, request, params }) => {
      const before = complaintRecords.find(params.id);
      const input = await readBody(request, correspondenceInputSchema);
      const escalation = before.escalation;
      if (!escalation) {
        throw problem(409, 'Conflict', { detail: msg('correspondence.escalateFirst') });
      }
      if (input.date < escalation.escalatedOn) {
        throw fieldProblem('date', msg('correspondence.beforeEscalation', { date: escalation.escalatedOn }));
      }
      const reference = input.regulatorReference ?? escalation.regulatorReference;
      if (input.direction === 'in' && !reference) {
        throw fieldProblem('regulatorReference', msg('correspondence.needsReference'));
      }
      const letter = {
        id: newId('letter'),
        date: input.date,
        direction: input.direction,
        summary: input.summary,
        documentUrl: input.documentUrl,
        recordedAt: new Date().toISOString(),
        recordedBy: { id: caller.person.id, name: caller.person.name },
      };
      return saveComplaint(
        caller,
        before,
        {
          ...before,
          escalation: {
            ...escalation,
            regulatorReference: reference,
            correspondence: [...escalation.correspondence, letter].sort((a, b) =>
              a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
            ),
          },
        },
        msg('audit.correspondence', { direction: input.direction }),
      );
    },
  ),

  complaintRoute('get', '/complaint-regulators', 'complaints.read', () => {
    const today = todayIso();
    const byRegulator = new Map<string, ComplaintRecord[]>();
    for (const complaint of complaints.all()) {
      if (!complaint.escalation || complaint.status === 'closed') continue;
      const list = byRegulator.get(complaint.escalation.regulatorId) ?? [];
      list.push(complaint);
      byRegulator.set(complaint.escalation.regulatorId, list);
    }
    const items = [...byRegulator].map(([regulatorId, cases]) => {
      const answered = cases
        .map((c) => toListItem(c, today))
        .sort((a, b) => (a.nextDeadline?.due ?? '9999').localeCompare(b.nextDeadline?.due ?? '9999'));
      return {
        regulatorId,
        regulatorName: regulatorNameRef(regulatorId),
        open: answered.length,
        overdue: answered.filter((c) => c.deadlineStatus === 'overdue').length,
        nextDeadline: answered[0]?.nextDeadline?.due ?? null,
        cases: answered.map((c) => ({
          id: c.id,
          reference: c.reference,
          regulatorReference: c.regulatorReference,
          status: c.status,
          nextDeadline: c.nextDeadline,
          deadlineStatus: c.deadlineStatus,
        })),
      };
    });
    items.sort(
      (a, b) =>
        (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') ||
        englishName(a.regulatorId).localeCompare(englishName(b.regulatorId)),
    );
    return HttpResponse.json({ items });
  }),

  complaintRoute('get', '/complaint-deadline-settings', 'complaints.read', () =>
    settingsRecords.ok(currentSettings()),
  ),

  complaintRoute('put', '/complaint-deadline-settings', 'complaints.write', async ({ caller, request }) => {
    const before = settingsRecords.forWrite(request, currentSettings());
    const input = (await readBody(request, deadlineSettingsInputSchema)) as DeadlineSettingsInput;
    const record = settingsRecords.save(
      caller,
      before,
      { ...before, ...input, updatedAt: new Date().toISOString() },
      {
        summary: msg('audit.settings'),
        changes: changedFields(
          {
            acknowledgementBusinessDays: before.acknowledgementBusinessDays,
            defaultResponseDays: before.defaultResponseDays,
          },
          input,
        ),
      },
    );
    return settingsRecords.ok(record);
  }),
];
