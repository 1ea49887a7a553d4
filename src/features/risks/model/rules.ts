// The rules the risk register's backend owns, in one place: the rating bands, what each level of likelihood and
// impact means, the review cadence per rating, who may move a plan through its review, what counts as a material
// change to an approved plan, and when an acceptance needs justifying. The mock backend imports these and enforces
// them (403, 409, 422); the console shows them (the bands on the heat map, the levels where they are chosen).
import { addDays, addMonths } from '@/shared/model/dates';
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

/** What each level means, shown where it is chosen and on the heat map. */
export const LIKELIHOOD_LEVELS: Record<Level, { name: string; meaning: string }> = {
  1: { name: 'Rare', meaning: 'Not expected in the next five years.' },
  2: { name: 'Unlikely', meaning: 'Could happen once in the next five years.' },
  3: { name: 'Possible', meaning: 'Could happen once in the next two years.' },
  4: { name: 'Likely', meaning: 'Expected about once a year.' },
  5: { name: 'Almost certain', meaning: 'Expected several times a year.' },
};
export const IMPACT_LEVELS: Record<Level, { name: string; meaning: string }> = {
  1: { name: 'Negligible', meaning: 'No personal data exposed; an internal inconvenience.' },
  2: { name: 'Minor', meaning: 'A few people affected, no lasting harm; no report to a regulator.' },
  3: { name: 'Moderate', meaning: 'Hundreds affected or sensitive data of a few; may need notifying.' },
  4: { name: 'Major', meaning: 'Thousands affected; regulator and individuals notified; press attention.' },
  5: {
    name: 'Severe',
    meaning: 'Large-scale breach or children’s or payment data; fines, lasting loss of trust.',
  },
};

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

/** Why a move is not open from this state (409), or null. */
export function transitionConflict(
  action: RiskTransitionAction,
  plan: { status: RiskStatus; reviewStatus: ReturnType<typeof reviewStatusOf> },
): string | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(plan.status)) {
    return action === 'submit'
      ? 'Only a draft or a plan with changes requested can be submitted for review.'
      : 'Only a plan in review, or an approved plan due for review, can be reviewed.';
  }
  if (plan.status === 'approved' && plan.reviewStatus !== 'due_soon' && plan.reviewStatus !== 'overdue') {
    return 'This plan is approved and not yet due for review.';
  }
  return null;
}

/**
 * Why this person may not review this plan (403), or null: nobody approves or sends back a risk they own or
 * submitted.
 */
export function reviewerConflict(
  plan: { ownerId: string; submittedById: string | null },
  personId: string,
): string | null {
  if (plan.ownerId === personId) return 'You own this risk: another manager must review it.';
  if (plan.submittedById === personId) return 'You submitted this plan: another manager must review it.';
  return null;
}

interface PlanShape {
  treatment: RiskTreatment;
  residualLikelihood: number;
  residualImpact: number;
  actions: readonly { id?: string | null; description: string; ownerId: string; dueDate: string }[];
}

/**
 * What changed materially between two versions of a plan, in words (empty: nothing material). The treatment,
 * the residual scores and the actions' substance (added, removed, reworded, re-owned, re-dated) are material;
 * progress on an action (its status) and wording elsewhere are not.
 */
export function materialChanges(before: PlanShape, after: PlanShape): string[] {
  const changes: string[] = [];
  if (before.treatment !== after.treatment) changes.push('the treatment');
  if (
    before.residualLikelihood !== after.residualLikelihood ||
    before.residualImpact !== after.residualImpact
  ) {
    changes.push('the residual scores');
  }
  const substance = (actions: PlanShape['actions']) =>
    JSON.stringify(
      actions
        .map((a) => [a.description, a.ownerId, a.dueDate])
        .sort((x, y) => (x.join() < y.join() ? -1 : 1)),
    );
  if (substance(before.actions) !== substance(after.actions)) changes.push('the mitigation actions');
  return changes;
}
