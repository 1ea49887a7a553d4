// The risk register's words: how each value and field reads on screen, in the history and in exports, in the
// active language (made once per language, on first use: see defineLabels). Read them in render, never at
// module load: the language may change while a page is open.
import { defineLabels } from '@/shared/labels/record-labels';
import { risksMessages } from '../i18n/messages';
import { LEVELS, RATING_BANDS, type Level } from './rules';
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

type T = (typeof risksMessages)['t'];

const isLevel = (level: number): level is Level => (LEVELS as readonly number[]).includes(level);

function words(t: T) {
  const category: Record<RiskCategory, string> = {
    information_security: t('value.category.information_security'),
    third_party: t('value.category.third_party'),
    legal_compliance: t('value.category.legal_compliance'),
    operational: t('value.category.operational'),
    physical_security: t('value.category.physical_security'),
  };
  const rating: Record<RiskRating, string> = {
    low: t('value.rating.low'),
    medium: t('value.rating.medium'),
    high: t('value.rating.high'),
    critical: t('value.rating.critical'),
  };
  const status: Record<RiskStatus, string> = {
    draft: t('value.status.draft'),
    in_review: t('value.status.in_review'),
    changes_requested: t('value.status.changes_requested'),
    approved: t('value.status.approved'),
  };
  const treatment: Record<RiskTreatment, string> = {
    mitigate: t('value.treatment.mitigate'),
    accept: t('value.treatment.accept'),
    transfer: t('value.treatment.transfer'),
    avoid: t('value.treatment.avoid'),
  };
  const treatmentMeaning: Record<RiskTreatment, string> = {
    mitigate: t('treatmentMeaning.mitigate'),
    accept: t('treatmentMeaning.accept'),
    transfer: t('treatmentMeaning.transfer'),
    avoid: t('treatmentMeaning.avoid'),
  };
  const actionStatus: Record<RiskActionStatus, string> = {
    planned: t('value.actionStatus.planned'),
    in_progress: t('value.actionStatus.in_progress'),
    done: t('value.actionStatus.done'),
  };
  const basis: Record<RiskScoreBasis, string> = {
    inherent: t('value.basis.inherent'),
    residual: t('value.basis.residual'),
  };
  const reviewStatus: Record<RiskReviewStatus, string> = {
    overdue: t('value.reviewStatus.overdue'),
    due_soon: t('value.reviewStatus.due_soon'),
    scheduled: t('value.reviewStatus.scheduled'),
    not_scheduled: t('value.reviewStatus.not_scheduled'),
  };
  const flag: Record<RiskFlagCode, string> = {
    action_overdue: t('value.flag.action_overdue'),
    review_overdue: t('value.flag.review_overdue'),
    review_due_soon: t('value.flag.review_due_soon'),
    acceptance_expired: t('value.flag.acceptance_expired'),
    acceptance_expiring: t('value.flag.acceptance_expiring'),
  };
  const timeline: Record<RiskTimelineAction, string> = {
    created: t('value.timeline.created'),
    submitted: t('value.timeline.submitted'),
    approved: t('value.timeline.approved'),
    changes_requested: t('value.timeline.changes_requested'),
    material_change: t('value.timeline.material_change'),
  };
  const levelName = (kind: 'likelihood' | 'impact', level: number) =>
    isLevel(level) ? t(`${kind}.${level}.name`) : t('level.unknown');
  const levelMeaning = (kind: 'likelihood' | 'impact', level: Level) => t(`${kind}.${level}.meaning`);
  /** "4 – Likely" */
  const levelLabel = (kind: 'likelihood' | 'impact', level: number) =>
    t('level.label', { level, name: levelName(kind, level) });
  const levelOptions = (kind: 'likelihood' | 'impact') =>
    LEVELS.map((level) => ({
      value: String(level),
      label: t('level.option', { label: levelLabel(kind, level), meaning: levelMeaning(kind, level) }),
    }));
  return {
    category,
    rating,
    status,
    treatment,
    treatmentMeaning,
    actionStatus,
    basis,
    reviewStatus,
    flag,
    timeline,
    levelName,
    levelMeaning,
    levelLabel,
    /** The options of a level select: each says what the level means. */
    likelihoodOptions: levelOptions('likelihood'),
    impactOptions: levelOptions('impact'),
    /** "10–15: High" for each band, for the explanation beside the scores. */
    bandDescriptions: RATING_BANDS.map((band) =>
      t('band.description', { min: band.min, max: band.max, rating: rating[band.rating] }),
    ),
  };
}

export const RISK_LABELS = defineLabels(risksMessages, (t) => {
  const w = words(t);
  const levelNames = (kind: 'likelihood' | 'impact') =>
    Object.fromEntries(LEVELS.map((level) => [String(level), w.levelLabel(kind, level)]));
  return {
    fields: {
      reference: t('field.reference'),
      title: t('field.title'),
      description: t('field.description'),
      category: t('field.category'),
      threat: t('field.threat'),
      affectedAssets: t('field.affectedAssets'),
      ownerId: t('field.owner'),
      ownerName: t('field.owner'),
      linkedProcessorIds: t('field.linkedProcessors'),
      linkedProcessors: t('field.linkedProcessors'),
      processorId: t('field.processorId'),
      status: t('field.status'),
      inherentLikelihood: t('field.inherentLikelihood'),
      inherentImpact: t('field.inherentImpact'),
      inherentScore: t('field.inherentScore'),
      inherentRating: t('field.inherentRating'),
      treatment: t('field.treatment'),
      actions: t('field.actions'),
      'actions.description': t('field.actions.description'),
      'actions.ownerId': t('field.actions.ownerId'),
      'actions.dueDate': t('field.actions.dueDate'),
      'actions.status': t('field.actions.status'),
      'actions.id': t('field.actions.id'),
      residualLikelihood: t('field.residualLikelihood'),
      residualImpact: t('field.residualImpact'),
      residualScore: t('field.residualScore'),
      residualRating: t('field.residualRating'),
      rating: t('field.rating'),
      residualReason: t('field.residualReason'),
      acceptanceJustification: t('field.acceptanceJustification'),
      acceptedById: t('field.acceptedById'),
      acceptanceExpiry: t('field.acceptanceExpiry'),
      nextReviewDue: t('field.nextReviewDue'),
      reviewStatus: t('field.reviewStatus'),
      overdue: t('field.overdue'),
      flags: t('field.flags'),
      updatedAt: t('field.updatedAt'),
      waitingSince: t('field.waitingSince'),
      comment: t('field.comment'),
      // The list's filters (a typed-in value the register does not take is named by these too).
      basis: t('field.basis'),
      likelihood: t('field.likelihood'),
      impact: t('field.impact'),
      sort: t('field.sort'),
    },
    rows: { actions: t('row.action') },
    columns: {
      reference: t('column.reference'),
      inherentScore: t('column.inherentScore'),
      residualScore: t('column.residualScore'),
      nextReviewDue: t('column.nextReviewDue'),
    },
    values: {
      category: w.category,
      status: w.status,
      treatment: w.treatment,
      rating: w.rating,
      inherentRating: w.rating,
      residualRating: w.rating,
      'actions.status': w.actionStatus,
      inherentLikelihood: levelNames('likelihood'),
      residualLikelihood: levelNames('likelihood'),
      inherentImpact: levelNames('impact'),
      residualImpact: levelNames('impact'),
    },
    /** The register's other words, in the same language. */
    words: w,
  };
});

/** The register's words in the active language (read in render). */
export const riskWords = () => RISK_LABELS.words;

/** "4 – Likely" */
export const likelihoodLabel = (level: number) => riskWords().levelLabel('likelihood', level);
export const impactLabel = (level: number) => riskWords().levelLabel('impact', level);
