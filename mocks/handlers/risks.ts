// The risk register: risks with their treatment plans and mitigation actions, the review workflow (submit,
// approve, request changes, with a timeline) and the heat map. Officers read, write and submit; managers read and
// review, never a risk they own or submitted (403); everyone else is refused (403). The rules are the model's
// (src/features/risks/model/rules.ts); this file enforces them.
import { HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { hasPermission } from '@/shared/auth/permissions';
import {
  acceptanceStatusOf,
  LEVELS,
  materialChanges,
  materialChangesCode,
  ratingOf,
  reviewerConflict,
  scoreOf,
  transitionConflict,
  TRANSITIONS,
} from '@/features/risks/model/rules';
import {
  RISK_CATEGORIES,
  RISK_RATINGS,
  RISK_SCORE_BASES,
  RISK_STATUSES,
  riskInputSchema,
  riskTransitionSchema,
  type RiskInput,
  type RiskScoreBasis,
  type RiskTimelineAction,
} from '@/features/risks/model/schemas';
import { newId, notifyWrite, people } from '../store/db';
import { processors } from '../store/processors';
import {
  derive,
  isOverdue,
  nextReference,
  ratingBy,
  riskInputOf,
  CONSOLE_ACTOR,
  reopenedForLapsedAcceptance,
  risks,
  sayRisk,
  todayIso,
  toListItem,
  toRisk,
  withDerived,
  type RiskRecord,
} from '../store/risks';
import { riskServerMessages as m } from '../i18n/risks-messages';
import { requestLanguage } from '../i18n/server-messages';
import '../seed/risks';
import { defineHistory } from './base';
import {
  changedFields,
  etag,
  listParams,
  problem,
  readBody,
  recordAudit,
  recordAuditBy,
  zodErrors,
  type Caller,
} from './http';
import { defineResource } from './resource';
import { requirePermission, route } from './route';

type FieldError = components['schemas']['FieldError'];

defineHistory('risk', 'risks.read');

const riskRecords = defineResource({
  table: risks,
  entityType: 'risk',
  notFound: m.ref('notFound'),
  // The 412's `current` keeps its references: the problem is said in the request's language as it leaves
  // (localizeProblem). Answers below say them themselves.
  answer: (record) => toRisk(record),
});

/** A risk as answered, in the request's language, with its version as ETag. */
function answerRisk(request: Request, record: RiskRecord, status = 200) {
  return HttpResponse.json(sayRisk(toRisk(record), requestLanguage(request)), {
    status,
    headers: etag(record),
  });
}

function enumParam<T extends string>(url: URL, name: string, values: readonly T[], errors: FieldError[]) {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    errors.push({ field: name, message: m.ref('param.unknown', { name, value }) });
    return undefined;
  }
  return value as T;
}

function levelParam(url: URL, name: string, errors: FieldError[]) {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  const level = Number(value);
  if (!(LEVELS as readonly number[]).includes(level)) {
    errors.push({ field: name, message: m.ref('param.level', { name }) });
    return undefined;
  }
  return level;
}

function booleanParam(url: URL, name: string, errors: FieldError[]) {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (value !== 'true' && value !== 'false') {
    errors.push({ field: name, message: m.ref('param.boolean', { name }) });
    return undefined;
  }
  return value === 'true';
}

/** The filters the list and the heat map share. */
function commonFilters(url: URL, errors: FieldError[]) {
  const basis: RiskScoreBasis = enumParam(url, 'basis', RISK_SCORE_BASES, errors) ?? 'residual';
  const category = enumParam(url, 'category', RISK_CATEGORIES, errors);
  const status = enumParam(url, 'status', RISK_STATUSES, errors);
  const ownerId = url.searchParams.get('ownerId') || undefined;
  const processorId = url.searchParams.get('processorId') || undefined;
  return {
    basis,
    matches: (r: RiskRecord) =>
      (!category || r.category === category) &&
      (!status || r.status === status) &&
      (!ownerId || r.ownerId === ownerId) &&
      (!processorId || r.linkedProcessorIds.includes(processorId)),
  };
}

/** What a reviewer is waiting on: in review, or approved and due for review, and not theirs to refuse. */
function inQueueOf(caller: Caller, today: string) {
  // Only reviewers have a queue: nothing waits for anyone else.
  const reviewer = hasPermission(caller.roles, 'risks.review');
  return (r: RiskRecord) => {
    if (!reviewer) return false;
    if (reviewerConflict(r, caller.person.id)) return false;
    if (r.status === 'in_review') return true;
    if (r.status !== 'approved') return false;
    const { reviewStatus } = derive(r, today);
    return reviewStatus === 'due_soon' || reviewStatus === 'overdue';
  };
}

/** The people and processors a risk names must exist. */
function checkReferences(input: RiskInput) {
  const errors: FieldError[] = [];
  const unknownPerson = (id: string | null) => id !== null && !people.get(id);
  if (unknownPerson(input.ownerId)) errors.push({ field: 'ownerId', message: m.ref('reference.owner') });
  input.actions.forEach((action, index) => {
    if (unknownPerson(action.ownerId))
      errors.push({ field: `actions.${index}.ownerId`, message: m.ref('reference.owner') });
  });
  if (unknownPerson(input.acceptedById))
    errors.push({ field: 'acceptedById', message: m.ref('reference.acceptedBy') });
  if (input.linkedProcessorIds.some((id) => !processors.get(id)))
    errors.push({ field: 'linkedProcessorIds', message: m.ref('reference.processors') });
  if (errors.length) throw problem(422, 'Validation failed', { errors });
}

/** Stored actions keep their ids; new ones get one. An id the risk does not have is refused. */
function actionsOf(input: RiskInput, before?: RiskRecord) {
  const known = new Set(before?.actions.map((a) => a.id) ?? []);
  return input.actions.map((action, index) => {
    if (action.id && !known.has(action.id)) {
      throw problem(422, 'Validation failed', {
        errors: [{ field: `actions.${index}.id`, message: m.ref('reference.action') }],
      });
    }
    return {
      id: action.id ?? newId('action'),
      description: action.description,
      ownerId: action.ownerId,
      dueDate: action.dueDate,
      status: action.status,
    };
  });
}

/** An acceptance's expiry, when set or changed, cannot be in the past. */
function checkExpiry(input: RiskInput, before?: RiskRecord) {
  if (!input.acceptanceExpiry || input.acceptanceExpiry === before?.acceptanceExpiry) return;
  if (input.acceptanceExpiry < todayIso()) {
    throw problem(422, 'Validation failed', {
      errors: [{ field: 'acceptanceExpiry', message: m.ref('expiry.past') }],
    });
  }
}

function linkedProcessorsOf(ids: string[]) {
  return ids.map((id) => ({ id, name: processors.get(id)?.name ?? id }));
}

function timelineEntry(
  caller: Caller,
  action: RiskTimelineAction,
  from: RiskRecord['status'] | null,
  to: RiskRecord['status'],
  version: number,
  comment: string | null = null,
) {
  return {
    id: newId('step'),
    at: new Date().toISOString(),
    actorId: caller.person.id,
    actorName: caller.person.name,
    action,
    from,
    to,
    comment,
    version,
  };
}

const SORT_BY_QUEUE = { key: 'waitingSince', descending: false };

/** The register's version and the day of the last sweep for lapsed acceptances (see below). */
let swept = '';

/**
 * An approved plan whose acceptance has expired or expires within 30 days goes back to review (issue #14): the
 * seed does it for the plans it loads; this catches the ones that lapse later (a new day, a nearer expiry), as a
 * real backend's daily job would, before the register's reads and after a write, never before a write that may
 * be refused. Recorded on the timeline and in the audit trail, by the console.
 */
function reopenLapsedAcceptances(today = todayIso()) {
  // Whether a plan lapses depends on the plan and the day only: with neither changed since the last sweep,
  // there is nothing to reopen (the dashboard asks the register 30 times per summary).
  if (swept === `${risks.version} ${today}`) return;
  let reopened = false;
  for (const record of risks.all()) {
    const next = reopenedForLapsedAcceptance(record, today);
    if (!next) continue;
    risks.replace(next);
    const expired = acceptanceStatusOf(record.acceptanceExpiry, today) === 'expired';
    // The trail's actor name is shown as it is stored: the console's name, the same in both languages.
    recordAuditBy(
      { id: CONSOLE_ACTOR.id, name: 'Console' },
      {
        action: 'update',
        entityType: 'risk',
        entityId: record.id,
        summary: m.ref('audit.reopened', {
          reason: expired ? 'expired' : 'expiring',
          date: record.acceptanceExpiry,
        }),
      },
    );
    reopened = true;
  }
  if (reopened) notifyWrite();
  swept = `${risks.version} ${today}`;
}

export const riskHandlers = [
  route('get', '/risks', 'risks.read', ({ caller, url, request }) => {
    reopenLapsedAcceptances();
    const { page, pageSize, sort, q, isExport } = listParams(url, (key) => risks.sortable(key));
    const errors: FieldError[] = [];
    const { basis, matches } = commonFilters(url, errors);
    const rating = enumParam(url, 'rating', RISK_RATINGS, errors);
    const likelihood = levelParam(url, 'likelihood', errors);
    const impact = levelParam(url, 'impact', errors);
    const overdue = booleanParam(url, 'overdue', errors);
    const queue = booleanParam(url, 'queue', errors);
    if (errors.length) return problem(422, 'Validation failed', { errors });
    const today = todayIso();
    const inQueue = queue ? inQueueOf(caller, today) : undefined;
    const result = risks.list({
      page,
      pageSize,
      sort: sort ?? (queue ? SORT_BY_QUEUE : undefined),
      filter: (r) => {
        if (!matches(r)) return false;
        if (rating && ratingBy(r, basis) !== rating) return false;
        if (likelihood && (basis === 'inherent' ? r.inherentLikelihood : r.residualLikelihood) !== likelihood)
          return false;
        if (impact && (basis === 'inherent' ? r.inherentImpact : r.residualImpact) !== impact) return false;
        if (overdue !== undefined && isOverdue(r, today) !== overdue) return false;
        if (q && !r.searchText.includes(q)) return false;
        if (inQueue && !inQueue(r)) return false;
        return true;
      },
    });
    if (isExport) {
      recordAudit(caller, {
        action: 'export',
        entityType: 'risks',
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
    return HttpResponse.json({
      ...result,
      items: result.items.map((r) => sayRisk(toListItem(r, today), language)),
    });
  }),

  route('get', '/risk-heat-map', 'risks.read', ({ url }) => {
    reopenLapsedAcceptances();
    const errors: FieldError[] = [];
    const { basis, matches } = commonFilters(url, errors);
    if (errors.length) return problem(422, 'Validation failed', { errors });
    const counts = new Int32Array(25);
    let total = 0;
    for (const r of risks.all()) {
      if (!matches(r)) continue;
      const likelihood = basis === 'inherent' ? r.inherentLikelihood : r.residualLikelihood;
      const impact = basis === 'inherent' ? r.inherentImpact : r.residualImpact;
      counts[(likelihood - 1) * 5 + (impact - 1)]! += 1;
      total += 1;
    }
    const cells = LEVELS.flatMap((likelihood) =>
      LEVELS.map((impact) => {
        const score = scoreOf(likelihood, impact);
        return {
          likelihood,
          impact,
          score,
          rating: ratingOf(score),
          count: counts[(likelihood - 1) * 5 + (impact - 1)]!,
        };
      }),
    );
    return HttpResponse.json({ basis, total, cells });
  }),

  route('post', '/risks', 'risks.write', async ({ caller, request }) => {
    const input = await readBody(request, riskInputSchema);
    checkReferences(input);
    checkExpiry(input);
    const now = new Date().toISOString();
    const reference = nextReference();
    const record = withDerived({
      ...input,
      id: newId('risk'),
      reference,
      version: 1,
      status: 'draft',
      actions: actionsOf(input),
      linkedProcessors: linkedProcessorsOf(input.linkedProcessorIds),
      submittedById: null,
      submittedAt: null,
      approvedVersion: null,
      approvedAt: null,
      approvedById: null,
      timeline: [],
      createdAt: now,
      updatedAt: now,
    });
    record.timeline = [timelineEntry(caller, 'created', null, 'draft', 1)];
    riskRecords.create(caller, record, {
      summary: m.ref('audit.created', { reference, title: input.title }),
    });
    return answerRisk(request, record, 201);
  }),

  route('get', '/risks/:id', 'risks.read', ({ params, request }) => {
    reopenLapsedAcceptances();
    return answerRisk(request, riskRecords.find(params.id));
  }),

  route('put', '/risks/:id', 'risks.write', async ({ caller, request, params }) => {
    // No sweep of lapsed acceptances first: a refused write (4xx) changes nothing.
    const before = riskRecords.forWrite(request, params.id);
    const input = await readBody(request, riskInputSchema);
    checkReferences(input);
    checkExpiry(input, before);
    const actions = actionsOf(input, before);
    const material = before.status === 'approved' ? materialChanges(before, { ...input, actions }) : [];
    const now = new Date().toISOString();
    const version = before.version + 1;
    // A material change to an approved plan puts it back in front of a reviewer, as submitted by the editor.
    const backToReview = material.length > 0;
    const next = withDerived({
      ...before,
      ...input,
      actions,
      linkedProcessors: linkedProcessorsOf(input.linkedProcessorIds),
      updatedAt: now,
      ...(backToReview && {
        status: 'in_review' as const,
        submittedById: caller.person.id,
        submittedAt: now,
        timeline: [
          ...before.timeline,
          timelineEntry(
            caller,
            'material_change',
            'approved',
            'in_review',
            version,
            m.ref('timeline.materialChange', {
              changes: materialChangesCode(material),
              version: before.approvedVersion,
            }),
          ),
        ],
      }),
    });
    const record = riskRecords.save(caller, before, next, {
      summary: backToReview
        ? m.ref('audit.updatedMaterial', {
            reference: before.reference,
            changes: materialChangesCode(material),
          })
        : m.ref('audit.updated', { reference: before.reference }),
      changes: changedFields(riskInputOf(before), riskInputOf(next)),
    });
    // An acceptance whose new expiry is near sends the plan back to review at once.
    reopenLapsedAcceptances();
    return answerRisk(request, risks.get(record.id) ?? record);
  }),

  route('post', '/risks/:id/transitions', 'risks.read', async ({ caller, request, params }) => {
    // Who may make this move is known from the body: refused (403) before anything about the record is said.
    const input = await readBody(request, riskTransitionSchema);
    const rule = TRANSITIONS[input.action];
    requirePermission(caller.roles, rule.by === 'officer' ? 'risks.write' : 'risks.review');
    const found = riskRecords.find(params.id);
    if (rule.by === 'reviewer') {
      const conflict = reviewerConflict(found, caller.person.id);
      if (conflict) throw problem(403, 'Forbidden', { detail: conflict });
    }
    const before = riskRecords.forWrite(request, found);
    const conflict = transitionConflict(input.action, {
      status: before.status,
      reviewStatus: derive(before).reviewStatus,
      acceptance:
        before.treatment === 'accept' ? acceptanceStatusOf(before.acceptanceExpiry, todayIso()) : null,
    });
    if (conflict) throw problem(409, 'Conflict', { detail: conflict });
    if (input.action === 'submit') {
      // The schema already holds drafts to this; a plan stored before the rule (or seeded) is checked again.
      const parsed = riskInputSchema.safeParse({ ...riskInputOf(before), actions: before.actions });
      if (!parsed.success) {
        throw problem(422, 'Validation failed', {
          detail: m.ref('submit.incomplete'),
          errors: zodErrors(parsed.error),
        });
      }
    }
    const now = new Date().toISOString();
    const version = before.version + 1;
    const action: RiskTimelineAction =
      input.action === 'submit' ? 'submitted' : input.action === 'approve' ? 'approved' : 'changes_requested';
    const next = withDerived({
      ...before,
      status: rule.to,
      updatedAt: now,
      ...(input.action === 'submit' && { submittedById: caller.person.id, submittedAt: now }),
      ...(input.action === 'approve' && {
        approvedVersion: version,
        approvedAt: now,
        approvedById: caller.person.id,
      }),
      timeline: [
        ...before.timeline,
        timelineEntry(caller, action, before.status, rule.to, version, input.comment),
      ],
    });
    const record = riskRecords.save(caller, before, next, {
      summary: input.comment
        ? m.ref('audit.transitionComment', { from: before.status, to: rule.to, comment: input.comment })
        : m.ref('audit.transition', { from: before.status, to: rule.to }),
      changes: [{ field: 'status', from: before.status, to: rule.to }],
    });
    return answerRisk(request, record);
  }),
];
