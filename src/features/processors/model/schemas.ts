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
import { HOME_COUNTRY } from './rules';

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
        z.enum(TRANSFER_MECHANISMS, { error: 'Choose a transfer mechanism.' }),
      ])
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((location, ctx) => {
    if (location.country !== HOME_COUNTRY && !location.transferMechanism) {
      ctx.addIssue({
        code: 'custom',
        path: ['transferMechanism'],
        message: 'Choose the transfer mechanism for this location outside Canada.',
      });
    }
  })
  // Data processed in Canada is not transferred: no mechanism to record.
  .transform((location) => ({
    country: location.country,
    transferMechanism: location.country === HOME_COUNTRY ? null : location.transferMechanism,
  }));

export const subProcessorSchema = z.object({
  name: requiredText('Enter the sub-processor’s name.'),
  service: requiredText('Say what the sub-processor does.', 500),
  country: countryCode(),
});

export const processorInputSchema = z
  .object({
    name: requiredText('Enter the processor’s name.'),
    services: requiredText('Describe the services it provides.', 2000),
    contactName: requiredText('Enter the contact’s name.'),
    contactEmail: z
      .string({ error: 'Enter the contact’s email address.' })
      .trim()
      .min(1, 'Enter the contact’s email address.')
      .pipe(z.email('Enter an email address like name@example.com.')),
    contactPhone: optionalPhone(),
    country: countryCode('Choose the country the processor is based in.'),
    status: enumField(PROCESSOR_STATUSES, 'Choose a status.'),
    riskTier: enumField(RISK_TIERS, 'Choose a risk tier.'),
    riskReason: optionalText(2000),
    dataCategories: uniqueList(z.enum(DATA_CATEGORIES, { error: 'Choose data categories from the list.' }), {
      min: 1,
      minMessage: 'Choose at least one data category.',
      max: DATA_CATEGORIES.length,
      maxMessage: `Choose each data category once, at most ${DATA_CATEGORIES.length}.`,
    }),
    dataSubjects: uniqueList(z.enum(DATA_SUBJECTS, { error: 'Choose data subjects from the list.' }), {
      min: 1,
      minMessage: 'Choose at least one kind of data subject.',
      max: DATA_SUBJECTS.length,
      maxMessage: `Choose each kind of data subject once, at most ${DATA_SUBJECTS.length}.`,
    }),
    locations: z.array(processingLocationSchema).min(1, 'Add at least one processing location.').max(50),
    subProcessors: z.array(subProcessorSchema).max(100),
  })
  .superRefine((processor, ctx) => {
    const seen = new Set<string>();
    processor.locations.forEach((location, index) => {
      if (seen.has(location.country)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locations', index, 'country'],
          message: 'This country is already listed.',
        });
      }
      seen.add(location.country);
    });
  }, whenValid('locations'));

export type ProcessorInput = z.output<typeof processorInputSchema>;
export type ProcessorFormValues = z.input<typeof processorInputSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Contracts (data processing agreements)

const BREACH_HOURS_MESSAGE = 'Enter the breach-notification window as a whole number of hours, more than 0.';

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
    reference: requiredText('Enter the contract reference.', 60),
    title: requiredText('Enter the contract’s title.'),
    signedDate: optionalDate,
    startDate: requiredDate('Enter the start date.'),
    endDate: requiredDate('Enter the end or renewal date.'),
    autoRenew: z.boolean(),
    noticePeriodDays: optionalWholeNumber(
      'Enter the notice period as a whole number of days (0 or more).',
      0,
      3650,
    ),
    documentUrl: optionalText(2000).refine(
      (url) => url === null || /^https?:\/\/[^\s]+$/i.test(url),
      'Enter a link that starts with https://',
    ),
    breachNotificationHours: optionalWholeNumber(BREACH_HOURS_MESSAGE, 1, 8760),
    clauses: contractClausesSchema,
  })
  .refine((contract) => contract.endDate >= contract.startDate, {
    path: ['endDate'],
    message: 'The end date must be on or after the start date.',
    ...whenValid('startDate', 'endDate'),
  })
  .refine((contract) => !contract.autoRenew || contract.noticePeriodDays !== null, {
    path: ['noticePeriodDays'],
    message: 'Enter the notice period of an auto-renewing contract, in days.',
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
  description: requiredText('Describe the action.', 1000),
  dueDate: requiredDate('Enter the date the action is due.'),
  done: z.boolean(),
});

export const reviewInputSchema = z
  .object({
    // A review dated ahead would hide today's overdue flag.
    reviewDate: requiredDate('Enter the date of the review.', {
      ...NOT_IN_THE_FUTURE,
      afterMessage: () => 'A review cannot be dated in the future: enter the day it was carried out.',
    }),
    reviewer: requiredText('Enter who carried out the review.'),
    findings: requiredText('Describe what the review found.', 10_000),
    outcome: enumField(REVIEW_OUTCOMES, 'Choose the outcome.'),
    remediationActions: z.array(remediationActionSchema).max(50),
  })
  .refine((review) => review.outcome === 'compliant' || review.remediationActions.length > 0, {
    path: ['remediationActions'],
    message: 'Add at least one remediation action with a due date.',
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
            message: `An action cannot be due before the review (${review.reviewDate}).`,
          });
        }
      });
    },
    whenValid('reviewDate', 'remediationActions'),
  );

export type ReviewInput = z.output<typeof reviewInputSchema>;
export type ReviewFormValues = z.input<typeof reviewInputSchema>;

export const reviewCadenceInputSchema = z.object({
  high: requiredWholeNumber('Enter a whole number of months from 1 to 60.', 1, 60),
  medium: requiredWholeNumber('Enter a whole number of months from 1 to 60.', 1, 60),
  low: requiredWholeNumber('Enter a whole number of months from 1 to 60.', 1, 60),
});

export type ReviewCadenceInput = { [K in keyof z.output<typeof reviewCadenceInputSchema>]: number };
export type ReviewCadenceFormValues = z.input<typeof reviewCadenceInputSchema>;
