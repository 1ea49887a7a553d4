// The rules the risk register's backend owns, in one place: the rating bands, what each level of likelihood and
// impact means, the review cadence per rating, who may move a plan through its review, what counts as a material
// change to an approved plan, and when an acceptance needs justifying. The mock backend imports these and enforces
// them (403, 409, 422); the console shows them (the bands on the heat map, the levels where they are chosen).
import { addDays, addMonths } from '@/shared/model/dates';
import { risksMessages } from '../i18n/messages';
import type { RiskRating, RiskStatus, RiskTransitionAction, RiskTreatment } from './schemas';

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS = [1, 2, 3, 4, 5] as const satisfies Level[];

/** The bands of a score (likelihood x impact, 1 to 25), lowest first. The one definition of a rating. */
export const RATING_BANDS: readonly { rating: RiskRating; min: number; max: number }[] = [
  { rating: 'low', min: 1, max: 4 },
  { rating: 'medium', min: 5, max: 9 },
  { rating: 'high', min: 10, max: 15 },
  { rating: 'critical', min: 16, max: 25 },
];

export function scoreOf(likelihood: number, impact: number) {
  return likelihood * impact;
}

export function ratingOf(score: number): RiskRating {
  return (RATING_BANDS.find((band) => score <= band.max) ?? RATING_BANDS.at(-1)!).rating;
}

const RATING_ORDER: Record<RiskRating, number> = { low: 0, medium: 1, high: 2, critical: 3 };
export const ratingRank = (rating: RiskRating) => RATING_ORDER[rating];

/** An acceptance above this rating needs a justification, the accepting manager and an expiry date. */
export const ACCEPTANCE_NEEDS_DETAILS_ABOVE: RiskRating = 'medium';
export function needsAcceptanceDetails(rating: RiskRating) {
  return ratingRank(rating) > ratingRank(ACCEPTANCE_NEEDS_DETAILS_ABOVE);
}

/** Months between reviews of an approved plan, by its residual rating. */
export const REVIEW_CADENCE_MONTHS: Record<RiskRating, number> = { critical: 1, high: 3, medium: 6, low: 12 };
/** A review due within this many days is "due soon" (and in the managers' queue). */
export const REVIEW_DUE_SOON_DAYS = 14;
/** An acceptance expiring within this many days is flagged, and its plan falls due for review. */
export const ACCEPTANCE_EXPIRING_DAYS = 30;

export const MAX_ACTIONS = 50;
export const MAX_LINKED_PROCESSORS = 50;

/**
 * When an approved plan next comes due for review: its approval plus its rating's cadence, or, for an accepted
 * risk, the start of its acceptance's expiring window if that comes first (an expiring acceptance sends the risk
 * back for review).
 */
export function nextReviewDueOf(plan: {
  status: RiskStatus;
  approvedAt: string | null;
  residualRating: RiskRating;
  treatment: RiskTreatment;
  acceptanceExpiry: string | null;
}): string | null {
  if (plan.status !== 'approved' || !plan.approvedAt) return null;
  const byCadence = addMonths(plan.approvedAt.slice(0, 10), REVIEW_CADENCE_MONTHS[plan.residualRating]);
  if (plan.treatment !== 'accept' || !plan.acceptanceExpiry) return byCadence;
  const byExpiry = addDays(plan.acceptanceExpiry, -ACCEPTANCE_EXPIRING_DAYS);
  return byExpiry < byCadence ? byExpiry : byCadence;
}

export function reviewStatusOf(nextReviewDue: string | null, today: string) {
  if (!nextReviewDue) return 'not_scheduled' as const;
  if (nextReviewDue < today) return 'overdue' as const;
  if (nextReviewDue <= addDays(today, REVIEW_DUE_SOON_DAYS)) return 'due_soon' as const;
  return 'scheduled' as const;
}

export function acceptanceStatusOf(expiry: string | null, today: string) {
  if (!expiry) return null;
  if (expiry < today) return 'expired' as const;
  if (expiry <= addDays(today, ACCEPTANCE_EXPIRING_DAYS)) return 'expiring' as const;
  return 'current' as const;
}

/** The review workflow: which states each move starts from, where it goes, and who may make it. */
export const TRANSITIONS: Record<
  RiskTransitionAction,
  { from: readonly RiskStatus[]; to: RiskStatus; by: 'officer' | 'reviewer' }
> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', by: 'officer' },
  // An approved plan that has come due for review is approved again (or sent back) by a manager.
  approve: { from: ['in_review', 'approved'], to: 'approved', by: 'reviewer' },
  request_changes: { from: ['in_review', 'approved'], to: 'changes_requested', by: 'reviewer' },
};

/** Why a move is not open from this state (409), or null: a message reference (translateMessage shows it). */
export function transitionConflict(
  action: RiskTransitionAction,
  plan: {
    status: RiskStatus;
    reviewStatus: ReturnType<typeof reviewStatusOf>;
    /** An accepted risk's acceptance: expired or expiring, it cannot be approved as it stands. */
    acceptance?: ReturnType<typeof acceptanceStatusOf>;
  },
): string | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(plan.status)) {
    return action === 'submit'
      ? risksMessages.ref('conflict.submitFrom')
      : risksMessages.ref('conflict.reviewFrom');
  }
  if (plan.status === 'approved' && plan.reviewStatus !== 'due_soon' && plan.reviewStatus !== 'overdue') {
    return risksMessages.ref('conflict.notDue');
  }
  // Approving an acceptance that has lapsed (or is about to) would only send it straight back to review.
  if (action === 'approve' && (plan.acceptance === 'expired' || plan.acceptance === 'expiring')) {
    return risksMessages.ref('conflict.acceptanceLapsed', { days: ACCEPTANCE_EXPIRING_DAYS });
  }
  return null;
}

/**
 * Why this person may not review this plan (403), or null: nobody approves or sends back a risk they own,
 * submitted, or accepted as its accepting manager (segregation of duties).
 */
export function reviewerConflict(
  plan: { ownerId: string; submittedById: string | null; acceptedById?: string | null },
  personId: string,
): string | null {
  if (plan.ownerId === personId) return risksMessages.ref('reviewer.owner');
  if (plan.submittedById === personId) return risksMessages.ref('reviewer.submitter');
  if (plan.acceptedById === personId) return risksMessages.ref('reviewer.acceptor');
  return null;
}

/**
 * Whether an approved, accepted risk goes back to review today: its acceptance has expired or expires within
 * ACCEPTANCE_EXPIRING_DAYS (issue #14: "an expired or soon-expiring acceptance is flagged and sends the risk back
 * for review").
 */
export function acceptanceLapses(
  plan: { status: RiskStatus; treatment: RiskTreatment; acceptanceExpiry: string | null },
  today: string,
): boolean {
  if (plan.status !== 'approved' || plan.treatment !== 'accept') return false;
  const acceptance = acceptanceStatusOf(plan.acceptanceExpiry, today);
  return acceptance === 'expired' || acceptance === 'expiring';
}

interface PlanShape {
  treatment: RiskTreatment;
  residualLikelihood: number;
  residualImpact: number;
  actions: readonly { id?: string | null; description: string; ownerId: string; dueDate: string }[];
}

/** What may change materially in an approved plan. */
export type MaterialChange = 'treatment' | 'residual' | 'actions';

/**
 * What changed materially between two versions of a plan (empty: nothing material), in this order. The
 * treatment, the residual scores and the actions' substance (added, removed, reworded, re-owned, re-dated) are
 * material; progress on an action (its status) and wording elsewhere are not.
 */
export function materialChanges(before: PlanShape, after: PlanShape): MaterialChange[] {
  const changes: MaterialChange[] = [];
  if (before.treatment !== after.treatment) changes.push('treatment');
  if (
    before.residualLikelihood !== after.residualLikelihood ||
    before.residualImpact !== after.residualImpact
  ) {
    changes.push('residual');
  }
  const substance = (actions: PlanShape['actions']) =>
    JSON.stringify(
      actions
        .map((a) => [a.description, a.ownerId, a.dueDate])
        .sort((x, y) => (x.join() < y.join() ? -1 : 1)),
    );
  if (substance(before.actions) !== substance(after.actions)) changes.push('actions');
  return changes;
}

/** The changes as one code for a message's select ('treatment_residual'; 'all' for the three). */
export const materialChangesCode = (changes: readonly MaterialChange[]) =>
  changes.length === 3 ? 'all' : changes.join('_');
