// The vocabulary of the risk register and the zod schema its form submits. The mock backend validates request
// bodies with this same schema, so a message at a field is the one the backend would answer.
import { z } from 'zod';
import type { components } from '@/shared/api/schema';
import { todayIso, utcTodayIso } from '@/shared/model/dates';
import {
  enumField,
  optionalDate,
  optionalText,
  requiredDate,
  requiredText,
  requiredWholeNumber,
  uniqueList,
  whenValid,
} from '@/shared/model/fields';
import { MAX_ACTIONS, MAX_LINKED_PROCESSORS, needsAcceptanceDetails, ratingOf, scoreOf } from './rules';

type Schemas = components['schemas'];
export type RiskCategory = Schemas['RiskCategory'];
export type RiskRating = Schemas['RiskRating'];
export type RiskStatus = Schemas['RiskStatus'];
export type RiskTreatment = Schemas['RiskTreatment'];
export type RiskActionStatus = Schemas['RiskActionStatus'];
export type RiskScoreBasis = Schemas['RiskScoreBasis'];
export type RiskReviewStatus = Schemas['RiskReviewStatus'];
export type RiskFlagCode = Schemas['RiskFlagCode'];
export type RiskTransitionAction = Schemas['RiskTransitionInput']['action'];
export type RiskTimelineAction = Schemas['RiskTimelineEntry']['action'];

export const RISK_CATEGORIES = [
  'information_security',
  'third_party',
  'legal_compliance',
  'operational',
  'physical_security',
] as const satisfies RiskCategory[];
export const RISK_RATINGS = ['low', 'medium', 'high', 'critical'] as const satisfies RiskRating[];
export const RISK_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
] as const satisfies RiskStatus[];
export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const satisfies RiskTreatment[];
export const RISK_ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const satisfies RiskActionStatus[];
export const RISK_SCORE_BASES = ['residual', 'inherent'] as const satisfies RiskScoreBasis[];
export const RISK_REVIEW_STATUSES = [
  'overdue',
  'due_soon',
  'scheduled',
  'not_scheduled',
] as const satisfies RiskReviewStatus[];
export const RISK_FLAG_CODES = [
  'action_overdue',
  'review_overdue',
  'review_due_soon',
  'acceptance_expired',
  'acceptance_expiring',
] as const satisfies RiskFlagCode[];
export const RISK_TRANSITION_ACTIONS = [
  'submit',
  'approve',
  'request_changes',
] as const satisfies RiskTransitionAction[];

const LEVEL_MESSAGE = {
  inherentLikelihood: 'Choose a likelihood from 1 to 5.',
  inherentImpact: 'Choose an impact from 1 to 5.',
  residualLikelihood: 'Choose a residual likelihood from 1 to 5.',
  residualImpact: 'Choose a residual impact from 1 to 5.',
};

/** Today in the person's day or in the backend's (UTC), whichever is earlier: nobody is refused "today". */
const earliestDueDate = () => [todayIso(), utcTodayIso()].sort()[0]!;

export const riskActionSchema = z
  .object({
    // The stored action's id; '' or null for an action added in this edit.
    id: optionalText(100),
    description: requiredText('Describe the action.', 1000),
    ownerId: requiredText('Choose who owns the action.', 100),
    dueDate: requiredDate('Enter the date the action is due.'),
    status: enumField(RISK_ACTION_STATUSES, 'Choose the action’s status.'),
  })
  // An action added now that is already late was mistyped, or is not a plan; a stored one may have become late.
  .refine((action) => action.id !== null || action.dueDate >= earliestDueDate(), {
    path: ['dueDate'],
    message: 'A new action cannot be due in the past: choose today or a later date.',
    ...whenValid('id', 'dueDate'),
  });

export const riskInputSchema = z
  .object({
    title: requiredText('Enter a title for the risk.'),
    description: requiredText('Describe the risk.', 5000),
    category: enumField(RISK_CATEGORIES, 'Choose a category.'),
    threat: requiredText('Describe the threat.', 2000),
    affectedAssets: requiredText('Say which processing or assets the risk affects.', 2000),
    ownerId: requiredText('Choose the risk’s owner.', 100),
    linkedProcessorIds: uniqueList(z.string().trim().min(1).max(100), {
      max: MAX_LINKED_PROCESSORS,
      maxMessage: `Link at most ${MAX_LINKED_PROCESSORS} processors.`,
    }),
    inherentLikelihood: requiredWholeNumber(LEVEL_MESSAGE.inherentLikelihood, 1, 5),
    inherentImpact: requiredWholeNumber(LEVEL_MESSAGE.inherentImpact, 1, 5),
    treatment: enumField(RISK_TREATMENTS, 'Choose how the risk is treated.'),
    actions: z.array(riskActionSchema).max(MAX_ACTIONS, `Keep to ${MAX_ACTIONS} actions or fewer.`),
    residualLikelihood: requiredWholeNumber(LEVEL_MESSAGE.residualLikelihood, 1, 5),
    residualImpact: requiredWholeNumber(LEVEL_MESSAGE.residualImpact, 1, 5),
    residualReason: optionalText(2000),
    acceptanceJustification: optionalText(2000),
    acceptedById: optionalText(100),
    acceptanceExpiry: optionalDate,
  })
  .superRefine(
    (risk, ctx) => {
      const inherent = scoreOf(risk.inherentLikelihood!, risk.inherentImpact!);
      const residual = scoreOf(risk.residualLikelihood!, risk.residualImpact!);
      if (residual > inherent && !risk.residualReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['residualReason'],
          message: `The residual score (${residual}) is above the inherent one (${inherent}): say why.`,
        });
      }
    },
    whenValid(
      'inherentLikelihood',
      'inherentImpact',
      'residualLikelihood',
      'residualImpact',
      'residualReason',
    ),
  )
  .refine((risk) => risk.treatment !== 'mitigate' || risk.actions.length > 0, {
    path: ['actions'],
    message: 'A mitigation plan needs at least one action: add one, with its owner and due date.',
    ...whenValid('treatment', 'actions'),
  })
  .superRefine(
    (risk, ctx) => {
      if (risk.treatment !== 'accept') return;
      const rating = acceptanceRatingOf(risk);
      if (!needsAcceptanceDetails(rating)) return;
      const why = `Accepting a ${rating} risk needs`;
      if (!risk.acceptanceJustification)
        ctx.addIssue({
          code: 'custom',
          path: ['acceptanceJustification'],
          message: `${why} a justification.`,
        });
      if (!risk.acceptedById)
        ctx.addIssue({ code: 'custom', path: ['acceptedById'], message: `${why} the accepting manager.` });
      if (!risk.acceptanceExpiry)
        ctx.addIssue({ code: 'custom', path: ['acceptanceExpiry'], message: `${why} an expiry date.` });
    },
    whenValid(
      'treatment',
      'inherentLikelihood',
      'inherentImpact',
      'residualLikelihood',
      'residualImpact',
      'acceptanceJustification',
      'acceptedById',
      'acceptanceExpiry',
    ),
  )
  .transform((risk) => ({
    ...risk,
    inherentLikelihood: risk.inherentLikelihood!,
    inherentImpact: risk.inherentImpact!,
    residualLikelihood: risk.residualLikelihood!,
    residualImpact: risk.residualImpact!,
    // Acceptance details belong to an accepted risk only.
    acceptanceJustification: risk.treatment === 'accept' ? risk.acceptanceJustification : null,
    acceptedById: risk.treatment === 'accept' ? risk.acceptedById : null,
    acceptanceExpiry: risk.treatment === 'accept' ? risk.acceptanceExpiry : null,
  }));

/** The rating an acceptance is judged by: the higher of the inherent and residual ones. */
export function acceptanceRatingOf(risk: {
  inherentLikelihood: number | null;
  inherentImpact: number | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
}): RiskRating {
  return ratingOf(
    Math.max(
      scoreOf(risk.inherentLikelihood ?? 1, risk.inherentImpact ?? 1),
      scoreOf(risk.residualLikelihood ?? 1, risk.residualImpact ?? 1),
    ),
  );
}

export type RiskInput = z.output<typeof riskInputSchema>;
export type RiskFormValues = z.input<typeof riskInputSchema>;
export type RiskActionInput = RiskInput['actions'][number];

export const riskTransitionSchema = z
  .object({
    action: enumField(RISK_TRANSITION_ACTIONS, 'Choose submit, approve or request changes.'),
    comment: optionalText(2000),
  })
  .refine((transition) => transition.action !== 'request_changes' || transition.comment !== null, {
    path: ['comment'],
    message: 'Say what should change.',
    ...whenValid('action', 'comment'),
  });

export type RiskTransitionInput = z.output<typeof riskTransitionSchema>;
