// The risk register's table and what the backend derives from each record: scores and bands, the next review
// date, flags (overdue actions and reviews, expiring acceptances) and the answer shapes. What does not depend on
// today's date is kept on the record, so it can be a sort order over 5,000 risks; the rest is computed per
// request, and cached per record object for the day.
import type { components } from '@/shared/api/schema';
import { utcTodayIso } from '@/shared/model/dates';
import {
  acceptanceLapses,
  acceptanceStatusOf,
  nextReviewDueOf,
  ratingOf,
  reviewStatusOf,
  scoreOf,
} from '@/features/risks/model/rules';
import {
  RISK_CATEGORIES,
  RISK_STATUSES,
  type RiskActionStatus,
  type RiskInput,
  type RiskRating,
  type RiskReviewStatus,
} from '@/features/risks/model/schemas';
import { riskServerMessages } from '../i18n/risks-messages';
import { say } from '../i18n/server-messages';
import type { Language } from '@/shared/i18n/language';
import { Collection } from './collection';
import { defineTable, newId, people } from './db';

type Schemas = components['schemas'];
export type Risk = Schemas['Risk'];
export type RiskListItem = Schemas['RiskListItem'];
export type RiskFlag = Schemas['RiskFlag'];
export type RiskTimelineEntry = Schemas['RiskTimelineEntry'];

export interface RiskActionRecord {
  id: string;
  description: string;
  ownerId: string;
  dueDate: string;
  status: RiskActionStatus;
}

export interface RiskRecord extends Omit<RiskInput, 'actions'> {
  id: string;
  reference: string;
  version: number;
  status: Risk['status'];
  actions: RiskActionRecord[];
  /** Names of the linked processors as they were when linked (a list of thousands need not ask the processors). */
  linkedProcessors: { id: string; name: string }[];
  submittedById: string | null;
  submittedAt: string | null;
  approvedVersion: number | null;
  approvedAt: string | null;
  approvedById: string | null;
  timeline: RiskTimelineEntry[];
  createdAt: string;
  updatedAt: string;
  // Kept up to date by withDerived on every write:
  inherentScore: number;
  residualScore: number;
  inherentRating: RiskRating;
  residualRating: RiskRating;
  nextReviewDue: string | null;
  /** The earliest due date of an action not done. */
  openActionDue: string | null;
  searchText: string;
}

const STATUS_ORDER = Object.fromEntries(RISK_STATUSES.map((status, index) => [status, index]));
const CATEGORY_ORDER = Object.fromEntries(RISK_CATEGORIES.map((category, index) => [category, index]));

/** When a risk started waiting for a reviewer: its submission (in review) or its review date (approved). */
function waitingSinceKey(risk: RiskRecord) {
  if (risk.status === 'in_review') return risk.submittedAt ?? risk.updatedAt;
  if (risk.status === 'approved' && risk.nextReviewDue) return `${risk.nextReviewDue}T00:00:00.000Z`;
  return '9999-12-31';
}

export const risks = defineTable(
  'risks',
  new Collection<RiskRecord>({
    sortKeys: {
      reference: (r) => r.reference,
      title: (r) => r.title.toLowerCase(),
      category: (r) => CATEGORY_ORDER[r.category]!,
      status: (r) => STATUS_ORDER[r.status]!,
      inherentScore: (r) => r.inherentScore,
      residualScore: (r) => r.residualScore,
      nextReviewDue: (r) => r.nextReviewDue ?? '9999-12-31',
      waitingSince: waitingSinceKey,
      updatedAt: (r) => r.updatedAt,
    },
    defaultSort: { key: 'reference', descending: true },
  }),
);

export const todayIso = utcTodayIso;

/** The fields every write recomputes from the rest. */
export function withDerived(
  risk: Omit<
    RiskRecord,
    | 'inherentScore'
    | 'residualScore'
    | 'inherentRating'
    | 'residualRating'
    | 'nextReviewDue'
    | 'openActionDue'
    | 'searchText'
  >,
): RiskRecord {
  const inherentScore = scoreOf(risk.inherentLikelihood, risk.inherentImpact);
  const residualScore = scoreOf(risk.residualLikelihood, risk.residualImpact);
  const residualRating = ratingOf(residualScore);
  let openActionDue: string | null = null;
  for (const action of risk.actions) {
    if (action.status !== 'done' && (!openActionDue || action.dueDate < openActionDue))
      openActionDue = action.dueDate;
  }
  return {
    ...risk,
    inherentScore,
    residualScore,
    inherentRating: ratingOf(inherentScore),
    residualRating,
    nextReviewDue: nextReviewDueOf({ ...risk, residualRating }),
    openActionDue,
    searchText: `${risk.reference}\n${risk.title}\n${risk.threat}`.toLowerCase(),
  };
}

/** The next reference: RISK-0001, RISK-0002, ... (never reused). */
export function nextReference() {
  let highest = 0;
  for (const risk of risks.all()) highest = Math.max(highest, Number(risk.reference.slice(5)) || 0);
  return `RISK-${String(highest + 1).padStart(4, '0')}`;
}

interface Derived {
  reviewStatus: RiskReviewStatus;
  overdueActionCount: number;
  flags: RiskFlag[];
}

const derivedCache = new WeakMap<RiskRecord, { today: string; derived: Derived }>();

export function derive(risk: RiskRecord, today = todayIso()): Derived {
  const cached = derivedCache.get(risk);
  if (cached && cached.today === today) return cached.derived;
  const reviewStatus = reviewStatusOf(risk.nextReviewDue, today);
  const overdueActionCount =
    risk.openActionDue && risk.openActionDue < today
      ? risk.actions.filter((a) => a.status !== 'done' && a.dueDate < today).length
      : 0;
  // Messages are references, said in the reader's language when answered (sayRisk).
  const m = riskServerMessages;
  const flags: RiskFlag[] = [];
  if (overdueActionCount > 0) {
    flags.push({
      code: 'action_overdue',
      message: m.ref('flag.actionOverdue', { count: overdueActionCount, date: risk.openActionDue }),
    });
  }
  if (reviewStatus === 'overdue')
    flags.push({
      code: 'review_overdue',
      message: m.ref('flag.reviewOverdue', { date: risk.nextReviewDue }),
    });
  if (reviewStatus === 'due_soon')
    flags.push({
      code: 'review_due_soon',
      message: m.ref('flag.reviewDueSoon', { date: risk.nextReviewDue }),
    });
  if (risk.treatment === 'accept') {
    const acceptance = acceptanceStatusOf(risk.acceptanceExpiry, today);
    if (acceptance === 'expired')
      flags.push({
        code: 'acceptance_expired',
        message: m.ref('flag.acceptanceExpired', { date: risk.acceptanceExpiry }),
      });
    if (acceptance === 'expiring')
      flags.push({
        code: 'acceptance_expiring',
        message: m.ref('flag.acceptanceExpiring', { date: risk.acceptanceExpiry }),
      });
  }
  const derived = { reviewStatus, overdueActionCount, flags };
  derivedCache.set(risk, { today, derived });
  return derived;
}

/** True when the risk has an overdue action or an overdue review. */
export function isOverdue(risk: RiskRecord, today = todayIso()) {
  return (
    (risk.openActionDue !== null && risk.openActionDue < today) ||
    (risk.nextReviewDue !== null && risk.nextReviewDue < today)
  );
}

const personName = (id: string | null) =>
  id ? (people.get(id)?.name ?? riskServerMessages.ref('person.unknown')) : null;

export function toListItem(risk: RiskRecord, today = todayIso()): RiskListItem {
  const derived = derive(risk, today);
  const due = derived.reviewStatus === 'due_soon' || derived.reviewStatus === 'overdue';
  return {
    id: risk.id,
    reference: risk.reference,
    version: risk.version,
    title: risk.title,
    category: risk.category,
    status: risk.status,
    ownerId: risk.ownerId,
    ownerName: personName(risk.ownerId)!,
    linkedProcessors: risk.linkedProcessors,
    inherentLikelihood: risk.inherentLikelihood,
    inherentImpact: risk.inherentImpact,
    inherentScore: risk.inherentScore,
    inherentRating: risk.inherentRating,
    treatment: risk.treatment,
    residualLikelihood: risk.residualLikelihood,
    residualImpact: risk.residualImpact,
    residualScore: risk.residualScore,
    residualRating: risk.residualRating,
    actionCount: risk.actions.length,
    overdueActionCount: derived.overdueActionCount,
    nextReviewDue: risk.nextReviewDue,
    reviewStatus: derived.reviewStatus,
    waitingSince:
      risk.status === 'in_review'
        ? (risk.submittedAt ?? risk.updatedAt)
        : risk.status === 'approved' && due
          ? waitingSinceKey(risk)
          : null,
    flags: derived.flags,
    createdAt: risk.createdAt,
    updatedAt: risk.updatedAt,
  };
}

export function toRisk(risk: RiskRecord, today = todayIso()): Risk {
  return {
    ...toListItem(risk, today),
    description: risk.description,
    threat: risk.threat,
    affectedAssets: risk.affectedAssets,
    actions: risk.actions.map((action) => ({
      ...action,
      ownerName: personName(action.ownerId)!,
      overdue: action.status !== 'done' && action.dueDate < today,
    })),
    residualReason: risk.residualReason,
    acceptanceJustification: risk.acceptanceJustification,
    acceptedById: risk.acceptedById,
    acceptedByName: personName(risk.acceptedById),
    acceptanceExpiry: risk.acceptanceExpiry,
    submittedById: risk.submittedById,
    approvedVersion: risk.approvedVersion,
    approvedAt: risk.approvedAt,
    approvedById: risk.approvedById,
    timeline: risk.timeline,
  };
}

/** The fields of a risk as its form submits them, for audit diffs and material-change checks. */
export function riskInputOf(risk: RiskRecord): RiskInput {
  return {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    threat: risk.threat,
    affectedAssets: risk.affectedAssets,
    ownerId: risk.ownerId,
    linkedProcessorIds: risk.linkedProcessorIds,
    inherentLikelihood: risk.inherentLikelihood,
    inherentImpact: risk.inherentImpact,
    treatment: risk.treatment,
    actions: risk.actions,
    residualLikelihood: risk.residualLikelihood,
    residualImpact: risk.residualImpact,
    residualReason: risk.residualReason,
    acceptanceJustification: risk.acceptanceJustification,
    acceptedById: risk.acceptedById,
    acceptanceExpiry: risk.acceptanceExpiry,
  };
}

/** The rating a filter or heat map reads: residual unless told inherent. */
export const ratingBy = (risk: RiskRecord, basis: 'inherent' | 'residual') =>
  basis === 'inherent' ? risk.inherentRating : risk.residualRating;

/**
 * A risk or list item as answered in this language: its flags' sentences, and the timeline's comments and
 * actors where the backend wrote them (a person's own comment is shown as typed).
 */
export function sayRisk<T extends RiskListItem | Risk>(risk: T, language: Language): T {
  const said = {
    ...risk,
    ownerName: say(risk.ownerName, language),
    flags: risk.flags.map((flag) => ({ ...flag, message: say(flag.message, language) })),
  };
  if (!('timeline' in said)) return said;
  return {
    ...said,
    acceptedByName: said.acceptedByName === null ? null : say(said.acceptedByName, language),
    actions: said.actions.map((action) => ({ ...action, ownerName: say(action.ownerName, language) })),
    timeline: said.timeline.map((entry) => ({
      ...entry,
      actorName: say(entry.actorName, language),
      comment: entry.comment === null ? null : say(entry.comment, language),
    })),
  };
}

/** Who moves a plan that no person moved: the console itself (a lapsing acceptance). */
export const CONSOLE_ACTOR = { id: 'system', name: riskServerMessages.ref('actor.console') };

/**
 * The plan back in review when its acceptance has expired or expires within 30 days (issue #14), with the step
 * on its timeline; null when it does not lapse today.
 */
export function reopenedForLapsedAcceptance(
  record: RiskRecord,
  today: string,
  now = new Date().toISOString(),
): RiskRecord | null {
  if (!acceptanceLapses(record, today)) return null;
  const version = record.version + 1;
  const date = record.acceptanceExpiry;
  const expired = acceptanceStatusOf(date, today) === 'expired';
  return withDerived({
    ...record,
    version,
    status: 'in_review',
    submittedAt: now,
    updatedAt: now,
    timeline: [
      ...record.timeline,
      {
        id: newId('step'),
        at: now,
        actorId: CONSOLE_ACTOR.id,
        actorName: CONSOLE_ACTOR.name,
        action: 'submitted',
        from: 'approved',
        to: 'in_review',
        comment: expired
          ? riskServerMessages.ref('timeline.acceptanceExpired', { date })
          : riskServerMessages.ref('timeline.acceptanceExpiring', { date }),
        version,
      },
    ],
  });
}
