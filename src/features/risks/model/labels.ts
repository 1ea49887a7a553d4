// The risk register's words: how each value and field reads on screen, in the history and in exports.
import { defineLabels } from '@/shared/labels/record-labels';
import { IMPACT_LEVELS, LEVELS, LIKELIHOOD_LEVELS, RATING_BANDS, type Level } from './rules';
import type {
  RiskActionStatus,
  RiskCategory,
  RiskFlagCode,
  RiskRating,
  RiskReviewStatus,
  RiskScoreBasis,
  RiskStatus,
  RiskTimelineAction,
  RiskTreatment,
} from './schemas';

export const CATEGORY_LABELS: Record<RiskCategory, string> = {
  information_security: 'Information security',
  third_party: 'Processor or third party',
  legal_compliance: 'Legal and compliance',
  operational: 'Operational',
  physical_security: 'Physical security',
};
export const RATING_LABELS: Record<RiskRating, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
export const STATUS_LABELS: Record<RiskStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
};
export const TREATMENT_LABELS: Record<RiskTreatment, string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};
export const TREATMENT_MEANINGS: Record<RiskTreatment, string> = {
  mitigate: 'Reduce the likelihood or impact with actions.',
  accept: 'Live with the risk as it is, for a stated time.',
  transfer: 'Move it to another party (insurance, a contract).',
  avoid: 'Stop the activity that causes it.',
};
export const ACTION_STATUS_LABELS: Record<RiskActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};
export const BASIS_LABELS: Record<RiskScoreBasis, string> = {
  inherent: 'Inherent (before mitigation)',
  residual: 'Residual (after mitigation)',
};
export const REVIEW_STATUS_LABELS: Record<RiskReviewStatus, string> = {
  overdue: 'Review overdue',
  due_soon: 'Review due soon',
  scheduled: 'Review scheduled',
  not_scheduled: 'Not approved yet',
};
export const FLAG_LABELS: Record<RiskFlagCode, string> = {
  action_overdue: 'Action overdue',
  review_overdue: 'Review overdue',
  review_due_soon: 'Review due soon',
  acceptance_expired: 'Acceptance expired',
  acceptance_expiring: 'Acceptance expiring',
};
export const TIMELINE_ACTION_LABELS: Record<RiskTimelineAction, string> = {
  created: 'Created as a draft',
  submitted: 'Submitted for review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  material_change: 'Changed materially: back to review',
};

/** "4 – Likely" */
export const likelihoodLabel = (level: number) =>
  `${level} – ${LIKELIHOOD_LEVELS[level as Level]?.name ?? 'Unknown'}`;
export const impactLabel = (level: number) =>
  `${level} – ${IMPACT_LEVELS[level as Level]?.name ?? 'Unknown'}`;

/** The options of a level select: each says what the level means. */
export const LIKELIHOOD_OPTIONS = LEVELS.map((level) => ({
  value: String(level),
  label: `${likelihoodLabel(level)}: ${LIKELIHOOD_LEVELS[level].meaning}`,
}));
export const IMPACT_OPTIONS = LEVELS.map((level) => ({
  value: String(level),
  label: `${impactLabel(level)}: ${IMPACT_LEVELS[level].meaning}`,
}));

/** "10-15: High" for each band, for the explanation beside the heat map and the scores. */
export const BAND_DESCRIPTIONS = RATING_BANDS.map(
  (band) => `${band.min}–${band.max}: ${RATING_LABELS[band.rating]}`,
);

const levelNames = (labels: (level: number) => string) =>
  Object.fromEntries(LEVELS.map((level) => [String(level), labels(level)]));

export const RISK_LABELS = defineLabels({
  fields: {
    reference: 'Reference',
    title: 'Title',
    description: 'Description',
    category: 'Category',
    threat: 'Threat',
    affectedAssets: 'Affected processing or assets',
    ownerId: 'Owner',
    ownerName: 'Owner',
    linkedProcessorIds: 'Linked processors',
    linkedProcessors: 'Linked processors',
    processorId: 'Linked processor',
    status: 'Status',
    inherentLikelihood: 'Inherent likelihood',
    inherentImpact: 'Inherent impact',
    inherentScore: 'Inherent score',
    inherentRating: 'Inherent rating',
    treatment: 'Treatment',
    actions: 'Mitigation actions',
    'actions.description': 'what to do',
    'actions.ownerId': 'owner',
    'actions.dueDate': 'due date',
    'actions.status': 'status',
    'actions.id': 'id',
    residualLikelihood: 'Residual likelihood',
    residualImpact: 'Residual impact',
    residualScore: 'Residual score',
    residualRating: 'Residual rating',
    rating: 'Rating',
    residualReason: 'Why the residual score is higher',
    acceptanceJustification: 'Justification for accepting',
    acceptedById: 'Accepting manager',
    acceptanceExpiry: 'Acceptance expires',
    nextReviewDue: 'Next review due',
    reviewStatus: 'Review',
    overdue: 'Overdue',
    flags: 'Flags',
    updatedAt: 'Last changed',
    waitingSince: 'Waiting since',
    comment: 'Comment',
  },
  rows: { actions: 'Action' },
  columns: {
    reference: 'Ref.',
    inherentScore: 'Inherent',
    residualScore: 'Residual',
    nextReviewDue: 'Next review',
  },
  values: {
    category: CATEGORY_LABELS,
    status: STATUS_LABELS,
    treatment: TREATMENT_LABELS,
    rating: RATING_LABELS,
    inherentRating: RATING_LABELS,
    residualRating: RATING_LABELS,
    'actions.status': ACTION_STATUS_LABELS,
    inherentLikelihood: levelNames(likelihoodLabel),
    residualLikelihood: levelNames(likelihoodLabel),
    inherentImpact: levelNames(impactLabel),
    residualImpact: levelNames(impactLabel),
  },
});
