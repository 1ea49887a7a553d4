// The vocabulary of the processors module and the zod schemas its forms submit. The mock backend validates request
// bodies with these same schemas, so a message a person sees at a field is the one the backend would answer.
import { z } from 'zod';
import type { components } from '@/shared/api/schema';
import {
  countryCode,
  enumField,
  NOT_IN_THE_FUTURE,
  optionalDate,
  optionalPhone,
  optionalText,
  optionalWholeNumber,
  requiredDate,
  requiredText,
  requiredWholeNumber,
  uniqueList,
  whenValid,
} from '@/shared/model/fields';
import { processorsMessages } from '../i18n/messages';
import { HOME_COUNTRY, MAX_ROWS } from './rules';

// Messages are references (docs/i18n.md): the form says them in its language, the mock in the request's.
const ref = processorsMessages.ref;

type Schemas = components['schemas'];
export type ProcessorStatus = Schemas['ProcessorStatus'];
export type RiskTier = Schemas['RiskTier'];
export type DataCategory = Schemas['DataCategory'];
export type DataSubject = Schemas['DataSubject'];
export type TransferMechanism = Schemas['TransferMechanism'];
export type ReviewStatus = Schemas['ReviewStatus'];
export type ReviewOutcome = Schemas['ReviewOutcome'];
export type ContractClause = Schemas['ContractClause'];
export type ContractStatus = Schemas['ContractStatus'];
export type ProcessorFlagCode = Schemas['ProcessorFlagCode'];

export const PROCESSOR_STATUSES = [
  'onboarding',
  'active',
  'suspended',
  'offboarded',
] as const satisfies ProcessorStatus[];
export const RISK_TIERS = ['low', 'medium', 'high'] as const satisfies RiskTier[];
export const DATA_CATEGORIES = [
  'contact_details',
  'payment_data',
  'account_credentials',
  'app_usage',
  'location',
  'purchase_history',
  'device_identifiers',
  'support_communications',
  'employee_records',
  'marketing_preferences',
] as const satisfies DataCategory[];
export const DATA_SUBJECTS = ['customers', 'staff', 'visitors', 'children'] as const satisfies DataSubject[];
export const TRANSFER_MECHANISMS = [
  'adequacy_decision',
  'standard_contractual_clauses',
  'eu_us_dpf',
  'binding_corporate_rules',
  'other',
  'privacy_shield',
] as const satisfies TransferMechanism[];
export const REVIEW_STATUSES = [
  'overdue',
  'due_soon',
  'scheduled',
  'not_required',
] as const satisfies ReviewStatus[];
export const REVIEW_OUTCOMES = [
  'compliant',
  'remediation_required',
  'non_compliant',
] as const satisfies ReviewOutcome[];
export const CONTRACT_CLAUSES = [
  'documentedInstructions',
  'confidentiality',
  'securityMeasures',
  'subProcessorConditions',
  'dataSubjectRights',
  'breachNotification',
  'deletionOrReturn',
  'auditRights',
] as const satisfies ContractClause[];
export const CONTRACT_STATUSES = [
  'upcoming',
  'current',
  'expiring',
  'expired',
] as const satisfies ContractStatus[];
export const PROCESSOR_FLAG_CODES = [
  'privacy_shield',
  'sensitive_data_low_tier',
  'missing_clauses',
  'contract_expiring',
  'no_current_contract',
  'review_overdue',
  'remediation_overdue',
  'non_compliant',
] as const satisfies ProcessorFlagCode[];

// ---------------------------------------------------------------------------------------------------------------
// Processors

export const processingLocationSchema = z
  .object({
    country: countryCode(),
    transferMechanism: z
      .union([
        z.literal(''),
        z.null(),
        z.enum(TRANSFER_MECHANISMS, { error: ref('validation.transferMechanism') }),
      ])
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((location, ctx) => {
    if (location.country !== HOME_COUNTRY && !location.transferMechanism) {
      ctx.addIssue({
        code: 'custom',
        path: ['transferMechanism'],
        message: ref('validation.transferOutsideCanada'),
      });
    }
  })
  // Data processed in Canada is not transferred: no mechanism to record.
  .transform((location) => ({
    country: location.country,
    transferMechanism: location.country === HOME_COUNTRY ? null : location.transferMechanism,
  }));

export const subProcessorSchema = z.object({
  name: requiredText(ref('validation.subProcessorName')),
  service: requiredText(ref('validation.subProcessorService'), 500),
  country: countryCode(),
});

export const processorInputSchema = z
  .object({
    name: requiredText(ref('validation.name')),
    services: requiredText(ref('validation.services'), 2000),
    contactName: requiredText(ref('validation.contactName')),
    contactEmail: z
      .string({ error: ref('validation.contactEmail') })
      .trim()
      .min(1, ref('validation.contactEmail'))
      .pipe(z.email(ref('validation.email'))),
    contactPhone: optionalPhone(),
    country: countryCode(ref('validation.country')),
    status: enumField(PROCESSOR_STATUSES, ref('validation.status')),
    riskTier: enumField(RISK_TIERS, ref('validation.riskTier')),
    riskReason: optionalText(2000),
    dataCategories: uniqueList(z.enum(DATA_CATEGORIES, { error: ref('validation.dataCategoryUnknown') }), {
      min: 1,
      minMessage: ref('validation.dataCategoryMin'),
      max: DATA_CATEGORIES.length,
      maxMessage: ref('validation.dataCategoryMax', { max: DATA_CATEGORIES.length }),
    }),
    dataSubjects: uniqueList(z.enum(DATA_SUBJECTS, { error: ref('validation.dataSubjectUnknown') }), {
      min: 1,
      minMessage: ref('validation.dataSubjectMin'),
      max: DATA_SUBJECTS.length,
      maxMessage: ref('validation.dataSubjectMax', { max: DATA_SUBJECTS.length }),
    }),
    locations: z
      .array(processingLocationSchema)
      .min(1, ref('validation.locationsMin'))
      .max(MAX_ROWS, ref('validation.tooManyRows', { max: MAX_ROWS })),
    subProcessors: z.array(subProcessorSchema).max(100, ref('validation.tooManyRows', { max: 100 })),
  })
  .superRefine((processor, ctx) => {
    const seen = new Set<string>();
    processor.locations.forEach((location, index) => {
      if (seen.has(location.country)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locations', index, 'country'],
          message: ref('validation.locationDuplicate'),
        });
      }
      seen.add(location.country);
    });
  }, whenValid('locations'));

export type ProcessorInput = z.output<typeof processorInputSchema>;
export type ProcessorFormValues = z.input<typeof processorInputSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Contracts (data processing agreements)

const BREACH_HOURS_MESSAGE = ref('validation.breachHours');

export const contractClausesSchema = z.object({
  documentedInstructions: z.boolean(),
  confidentiality: z.boolean(),
  securityMeasures: z.boolean(),
  subProcessorConditions: z.boolean(),
  dataSubjectRights: z.boolean(),
  breachNotification: z.boolean(),
  deletionOrReturn: z.boolean(),
  auditRights: z.boolean(),
}) satisfies z.ZodType<Record<ContractClause, boolean>>;

export const contractInputSchema = z
  .object({
    reference: requiredText(ref('validation.reference'), 60),
    title: requiredText(ref('validation.title')),
    signedDate: optionalDate,
    startDate: requiredDate(ref('validation.startDate')),
    endDate: requiredDate(ref('validation.endDate')),
    autoRenew: z.boolean(),
    noticePeriodDays: optionalWholeNumber(ref('validation.noticePeriod'), 0, 3650),
    documentUrl: optionalText(2000).refine(
      (url) => url === null || /^https?:\/\/[^\s]+$/i.test(url),
      ref('validation.documentUrl'),
    ),
    breachNotificationHours: optionalWholeNumber(BREACH_HOURS_MESSAGE, 1, 8760),
    clauses: contractClausesSchema,
  })
  .refine((contract) => contract.endDate >= contract.startDate, {
    path: ['endDate'],
    message: ref('validation.endBeforeStart'),
    ...whenValid('startDate', 'endDate'),
  })
  .refine((contract) => !contract.autoRenew || contract.noticePeriodDays !== null, {
    path: ['noticePeriodDays'],
    message: ref('validation.noticePeriodRequired'),
    ...whenValid('autoRenew', 'noticePeriodDays'),
  })
  .refine((contract) => !contract.clauses.breachNotification || contract.breachNotificationHours !== null, {
    path: ['breachNotificationHours'],
    message: BREACH_HOURS_MESSAGE,
    ...whenValid('clauses', 'breachNotificationHours'),
  })
  .transform((contract) => ({
    ...contract,
    reference: contract.reference.toUpperCase(),
    noticePeriodDays: contract.autoRenew ? contract.noticePeriodDays : null,
    breachNotificationHours: contract.clauses.breachNotification ? contract.breachNotificationHours : null,
  }));

export type ContractInput = z.output<typeof contractInputSchema>;
export type ContractFormValues = z.input<typeof contractInputSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Compliance reviews

export const remediationActionSchema = z.object({
  description: requiredText(ref('validation.actionDescription'), 1000),
  dueDate: requiredDate(ref('validation.actionDueDate')),
  done: z.boolean(),
});

export const reviewInputSchema = z
  .object({
    // A review dated ahead would hide today's overdue flag.
    reviewDate: requiredDate(ref('validation.reviewDate'), {
      ...NOT_IN_THE_FUTURE,
      afterMessage: () => ref('validation.reviewDateFuture'),
    }),
    reviewer: requiredText(ref('validation.reviewer')),
    findings: requiredText(ref('validation.findings'), 10_000),
    outcome: enumField(REVIEW_OUTCOMES, ref('validation.outcome')),
    remediationActions: z
      .array(remediationActionSchema)
      .max(MAX_ROWS, ref('validation.tooManyRows', { max: MAX_ROWS })),
  })
  .refine((review) => review.outcome === 'compliant' || review.remediationActions.length > 0, {
    path: ['remediationActions'],
    message: ref('validation.remediationRequired'),
    ...whenValid('outcome', 'remediationActions'),
  })
  // An action is what the review found to fix: it cannot fall due before the review happened.
  .superRefine(
    (review, ctx) => {
      review.remediationActions.forEach((action, index) => {
        if (action.dueDate < review.reviewDate) {
          ctx.addIssue({
            code: 'custom',
            path: ['remediationActions', index, 'dueDate'],
            message: ref('validation.actionBeforeReview', { date: review.reviewDate }),
          });
        }
      });
    },
    whenValid('reviewDate', 'remediationActions'),
  );

export type ReviewInput = z.output<typeof reviewInputSchema>;
export type ReviewFormValues = z.input<typeof reviewInputSchema>;

const CADENCE_MESSAGE = ref('validation.cadence');

export const reviewCadenceInputSchema = z.object({
  high: requiredWholeNumber(CADENCE_MESSAGE, 1, 60),
  medium: requiredWholeNumber(CADENCE_MESSAGE, 1, 60),
  low: requiredWholeNumber(CADENCE_MESSAGE, 1, 60),
});

export type ReviewCadenceInput = { [K in keyof z.output<typeof reviewCadenceInputSchema>]: number };
export type ReviewCadenceFormValues = z.input<typeof reviewCadenceInputSchema>;
