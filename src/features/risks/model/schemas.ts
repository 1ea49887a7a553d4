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
import { risksMessages } from '../i18n/messages';
import { RISK_CATEGORIES, RISK_RATINGS, RISK_SCORE_BASES, RISK_STATUSES } from './codes';
import { MAX_ACTIONS, MAX_LINKED_PROCESSORS, needsAcceptanceDetails, ratingOf, scoreOf } from './rules';

export { RISK_CATEGORIES, RISK_RATINGS, RISK_SCORE_BASES, RISK_STATUSES };

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

export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const satisfies RiskTreatment[];
export const RISK_ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const satisfies RiskActionStatus[];
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

// Messages are references (risksMessages.ref): the mock backend validates with these schemas too, and each says
// them in its reader's language.
const LEVEL_MESSAGE = {
  inherentLikelihood: risksMessages.ref('validation.inherentLikelihood'),
  inherentImpact: risksMessages.ref('validation.inherentImpact'),
  residualLikelihood: risksMessages.ref('validation.residualLikelihood'),
  residualImpact: risksMessages.ref('validation.residualImpact'),
};

/** Today in the person's day or in the backend's (UTC), whichever is earlier: nobody is refused "today". */
const earliestDueDate = () => [todayIso(), utcTodayIso()].sort()[0]!;

export const riskActionSchema = z
  .object({
    // The stored action's id; '' or null for an action added in this edit.
    id: optionalText(100),
    description: requiredText(risksMessages.ref('validation.actionDescription'), 1000),
    ownerId: requiredText(risksMessages.ref('validation.actionOwner'), 100),
    dueDate: requiredDate(risksMessages.ref('validation.actionDueDate')),
    status: enumField(RISK_ACTION_STATUSES, risksMessages.ref('validation.actionStatus')),
  })
  // An action added now that is already late was mistyped, or is not a plan; a stored one may have become late.
  .refine((action) => action.id !== null || action.dueDate >= earliestDueDate(), {
    path: ['dueDate'],
    message: risksMessages.ref('validation.actionPastDue'),
    ...whenValid('id', 'dueDate'),
  });

export const riskInputSchema = z
  .object({
    title: requiredText(risksMessages.ref('validation.title')),
    description: requiredText(risksMessages.ref('validation.description'), 5000),
    category: enumField(RISK_CATEGORIES, risksMessages.ref('validation.category')),
    threat: requiredText(risksMessages.ref('validation.threat'), 2000),
    affectedAssets: requiredText(risksMessages.ref('validation.affectedAssets'), 2000),
    ownerId: requiredText(risksMessages.ref('validation.owner'), 100),
    linkedProcessorIds: uniqueList(z.string().trim().min(1).max(100), {
      max: MAX_LINKED_PROCESSORS,
      maxMessage: risksMessages.ref('validation.maxProcessors', { max: MAX_LINKED_PROCESSORS }),
    }),
    inherentLikelihood: requiredWholeNumber(LEVEL_MESSAGE.inherentLikelihood, 1, 5),
    inherentImpact: requiredWholeNumber(LEVEL_MESSAGE.inherentImpact, 1, 5),
    treatment: enumField(RISK_TREATMENTS, risksMessages.ref('validation.treatment')),
    actions: z
      .array(riskActionSchema)
      .max(MAX_ACTIONS, risksMessages.ref('validation.maxActions', { max: MAX_ACTIONS })),
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
          message: risksMessages.ref('validation.residualReason', { residual, inherent }),
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
    message: risksMessages.ref('validation.needsAction'),
    ...whenValid('treatment', 'actions'),
  })
  .superRefine(
    (risk, ctx) => {
      if (risk.treatment !== 'accept') return;
      const rating = acceptanceRatingOf(risk);
      if (!needsAcceptanceDetails(rating)) return;
      if (!risk.acceptanceJustification)
        ctx.addIssue({
          code: 'custom',
          path: ['acceptanceJustification'],
          message: risksMessages.ref('validation.acceptanceJustification', { rating }),
        });
      if (!risk.acceptedById)
        ctx.addIssue({
          code: 'custom',
          path: ['acceptedById'],
          message: risksMessages.ref('validation.acceptedBy', { rating }),
        });
      if (!risk.acceptanceExpiry)
        ctx.addIssue({
          code: 'custom',
          path: ['acceptanceExpiry'],
          message: risksMessages.ref('validation.acceptanceExpiry', { rating }),
        });
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
    action: enumField(RISK_TRANSITION_ACTIONS, risksMessages.ref('validation.transitionAction')),
    comment: optionalText(2000),
  })
  .refine((transition) => transition.action !== 'request_changes' || transition.comment !== null, {
    path: ['comment'],
    message: risksMessages.ref('validation.comment'),
    ...whenValid('action', 'comment'),
  });

export type RiskTransitionInput = z.output<typeof riskTransitionSchema>;
