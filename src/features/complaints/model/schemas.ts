// The complaints module's vocabulary and the zod schemas its forms submit. The mock backend validates request
// bodies with these same schemas, so the message a person sees at a field is the one the backend would answer.
// Rules that need the stored complaint (a date before its receipt, a move its status does not allow) are the
// backend's, answered at the field they concern.
import { z } from 'zod';
import type { components } from '@/shared/api/schema';
import {
  countryCode,
  enumField,
  isPhoneNumber,
  NOT_IN_THE_FUTURE,
  optionalDateWithin,
  optionalText,
  requiredDate,
  requiredText,
  requiredWholeNumber,
  uniqueList,
  whenValid,
} from '@/shared/model/fields';
import { complaintsMessages } from '../i18n/messages';
import { hasRegions, isRegionOf } from './regions';
import { regulatorById } from './regulators';

type Schemas = components['schemas'];
export type ComplaintStatus = Schemas['ComplaintStatus'];
export type ComplaintChannel = Schemas['ComplaintChannel'];
export type ComplaintSubject = Schemas['ComplaintSubject'];
export type ComplaintJurisdiction = Schemas['ComplaintJurisdiction'];
export type ComplaintOutcome = Schemas['ComplaintOutcome'];
export type ComplaintDeadlineStatus = Schemas['ComplaintDeadlineStatus'];
export type DeadlineKind = Schemas['DeadlineKind'];
export type CorrespondenceDirection = Schemas['CorrespondenceDirection'];

export const COMPLAINT_STATUSES = [
  'received',
  'acknowledged',
  'investigating',
  'resolved',
  'escalated',
  'closed',
] as const satisfies ComplaintStatus[];
export const COMPLAINT_CHANNELS = [
  'email',
  'web_form',
  'phone',
  'letter',
  'regulator_referral',
] as const satisfies ComplaintChannel[];
export const COMPLAINT_SUBJECTS = [
  'access_correction',
  'deletion',
  'marketing_consent',
  'cookies_tracking',
  'security_incident',
  'childrens_data',
  'third_party_disclosure',
  'other',
] as const satisfies ComplaintSubject[];
export const JURISDICTIONS = [
  'gdpr',
  'uk_gdpr',
  'pipeda',
  'quebec',
  'ccpa',
  'other',
] as const satisfies ComplaintJurisdiction[];
export const OUTCOMES = [
  'upheld',
  'partly_upheld',
  'not_upheld',
  'withdrawn',
] as const satisfies ComplaintOutcome[];
export const DEADLINE_STATUSES = [
  'overdue',
  'due_soon',
  'on_track',
  'none',
] as const satisfies ComplaintDeadlineStatus[];
export const DIRECTIONS = ['in', 'out'] as const satisfies CorrespondenceDirection[];
/** The moves POST /transitions makes; escalating is POST /escalation. */
export const TRANSITION_TARGETS = ['acknowledged', 'investigating', 'resolved', 'closed'] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];

/** Processors a complaint may name. */
export const MAX_LINKED_PROCESSORS = 20;

// Messages are references (complaintsMessages.ref): the mock validates with these schemas too, and each
// reader reads them in their own language.
const v = complaintsMessages.ref;

type FutureDate = 'received' | 'this' | 'response' | 'escalation' | 'letter';
const notInTheFuture = (what: FutureDate) => ({
  ...NOT_IN_THE_FUTURE,
  afterMessage: () => v('validation.notInTheFuture', { what }),
});

const isEmail = (value: string) => z.email().safeParse(value).success;

const optionalId = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => value?.trim() || null);

const regulatorId = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .refine((id) => regulatorById(id) !== undefined, v('validation.regulatorFromDirectory'));

const optionalReference = optionalText(100);

const optionalLink = optionalText(2000).refine(
  (url) => url === null || /^https?:\/\/[^\s]+$/i.test(url),
  v('validation.link'),
);

// ---------------------------------------------------------------------------------------------------------------
// The complaint

const complaintFields = {
  receivedDate: requiredDate(v('validation.receivedDate'), notInTheFuture('received')),
  channel: enumField(COMPLAINT_CHANNELS, v('validation.channel')),
  complainantName: requiredText(v('validation.complainantName')),
  complainantContact: optionalText(200).refine(
    (value) => value === null || isEmail(value) || isPhoneNumber(value),
    v('validation.complainantContact'),
  ),
  complainantCountry: countryCode(v('validation.complainantCountry')),
  complainantRegion: optionalId,
  subject: enumField(COMPLAINT_SUBJECTS, v('validation.subject')),
  description: requiredText(v('validation.description'), 10_000),
  assigneeId: optionalId,
  processorIds: uniqueList(z.string().trim().min(1), {
    max: MAX_LINKED_PROCESSORS,
    maxMessage: v('validation.maxProcessors', { max: MAX_LINKED_PROCESSORS }),
  }),
};

/** The province or state decides the law (Quebec, California): required where the country has them. */
function checkRegion(
  complaint: { complainantCountry: string; complainantRegion: string | null },
  ctx: z.RefinementCtx,
) {
  const { complainantCountry: country, complainantRegion: region } = complaint;
  if (!hasRegions(country)) return;
  if (!region) {
    ctx.addIssue({
      code: 'custom',
      path: ['complainantRegion'],
      message: country === 'CA' ? v('validation.province') : v('validation.state'),
    });
  } else if (!isRegionOf(country, region)) {
    ctx.addIssue({ code: 'custom', path: ['complainantRegion'], message: v('validation.regionFromList') });
  }
}

/** Elsewhere the region is not kept: a stale "QC" must not follow a complainant who moved to France. */
const withoutForeignRegion = <T extends { complainantCountry: string; complainantRegion: string | null }>(
  complaint: T,
): T => ({
  ...complaint,
  complainantRegion: hasRegions(complaint.complainantCountry) ? complaint.complainantRegion : null,
});

export const complaintInputSchema = z
  .object(complaintFields)
  .superRefine(checkRegion, whenValid('complainantCountry', 'complainantRegion'))
  .transform(withoutForeignRegion);

export type ComplaintInput = z.output<typeof complaintInputSchema>;
export type ComplaintFormValues = z.input<typeof complaintInputSchema>;

export const regulatorCaseSchema = z.object({
  regulatorId: z.string().trim(),
  regulatorReference: optionalReference,
  regulatorDeadline: optionalDateWithin(),
});

export const complaintCreateSchema = z
  .object({
    ...complaintFields,
    regulatorCase: z.union([regulatorCaseSchema, z.null()]).optional(),
  })
  .superRefine(checkRegion, whenValid('complainantCountry', 'complainantRegion'))
  .superRefine(
    (complaint, ctx) => {
      if (complaint.channel !== 'regulator_referral') return;
      const id = complaint.regulatorCase?.regulatorId ?? '';
      if (!id) {
        ctx.addIssue({
          code: 'custom',
          path: ['regulatorCase', 'regulatorId'],
          message: v('validation.referringRegulator'),
        });
      } else if (!regulatorById(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regulatorCase', 'regulatorId'],
          message: v('validation.regulatorFromDirectory'),
        });
      }
      const deadline = complaint.regulatorCase?.regulatorDeadline;
      if (deadline && deadline < complaint.receivedDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['regulatorCase', 'regulatorDeadline'],
          message: v('validation.regulatorDeadlineBeforeReceipt'),
        });
      }
    },
    whenValid('channel', 'regulatorCase', 'receivedDate'),
  )
  // A referral's case is part of the record from the start; any other channel has none.
  .transform((complaint) => ({
    ...withoutForeignRegion(complaint),
    regulatorCase: complaint.channel === 'regulator_referral' ? (complaint.regulatorCase ?? null) : null,
  }));

export type ComplaintCreateInput = z.output<typeof complaintCreateSchema>;
export type ComplaintCreateFormValues = z.input<typeof complaintCreateSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The workflow

const optionalOutcome = z
  .union([z.literal(''), z.null(), z.enum(OUTCOMES, { error: v('validation.outcomeChoice') })])
  .optional()
  .transform((value) => value || null);

export const transitionInputSchema = z
  .object({
    to: z.enum(TRANSITION_TARGETS, { error: v('validation.to') }),
    date: requiredDate(v('validation.date'), notInTheFuture('this')),
    note: optionalText(2000),
    outcome: optionalOutcome,
    resolutionSummary: optionalText(5000),
    responseDate: optionalDateWithin(notInTheFuture('response')),
    responseSummary: optionalText(5000),
  })
  .superRefine(
    (transition, ctx) => {
      if (transition.to !== 'resolved') return;
      const need = (
        field: 'outcome' | 'resolutionSummary' | 'responseDate' | 'responseSummary',
        message: string,
      ) => {
        if (transition[field] === null) ctx.addIssue({ code: 'custom', path: [field], message });
      };
      need('outcome', v('validation.outcome'));
      need('resolutionSummary', v('validation.resolutionSummary'));
      need('responseDate', v('validation.responseDate'));
      need('responseSummary', v('validation.responseSummary'));
    },
    whenValid('to', 'outcome', 'resolutionSummary', 'responseDate', 'responseSummary'),
  )
  // What is not a resolution's is not kept on another move.
  .transform((transition) =>
    transition.to === 'resolved'
      ? transition
      : { ...transition, outcome: null, resolutionSummary: null, responseDate: null, responseSummary: null },
  );

export type TransitionInput = z.output<typeof transitionInputSchema>;
export type TransitionFormValues = z.input<typeof transitionInputSchema>;

export const extensionInputSchema = z.object({
  reason: requiredText(v('validation.reason'), 1000),
});
export type ExtensionInput = z.output<typeof extensionInputSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Escalation and correspondence

export const escalationInputSchema = z
  .object({
    regulatorId: regulatorId(v('validation.regulator')),
    escalatedOn: requiredDate(v('validation.escalatedOn'), notInTheFuture('escalation')),
    regulatorReference: optionalReference,
    regulatorDeadline: optionalDateWithin(),
    note: optionalText(2000),
  })
  .refine((e) => !e.regulatorDeadline || e.regulatorDeadline >= e.escalatedOn, {
    path: ['regulatorDeadline'],
    message: v('validation.regulatorDeadlineBeforeEscalation'),
    ...whenValid('escalatedOn', 'regulatorDeadline'),
  });
export type EscalationInput = z.output<typeof escalationInputSchema>;
export type EscalationFormValues = z.input<typeof escalationInputSchema>;

export const escalationUpdateSchema = z.object({
  regulatorReference: optionalReference,
  regulatorDeadline: optionalDateWithin(),
});
export type EscalationUpdateInput = z.output<typeof escalationUpdateSchema>;
export type EscalationUpdateFormValues = z.input<typeof escalationUpdateSchema>;

export const correspondenceInputSchema = z.object({
  date: requiredDate(v('validation.letterDate'), notInTheFuture('letter')),
  direction: enumField(DIRECTIONS, v('validation.direction')),
  summary: requiredText(v('validation.summary'), 2000),
  documentUrl: optionalLink,
  regulatorReference: optionalReference,
});
export type CorrespondenceInput = z.output<typeof correspondenceInputSchema>;
export type CorrespondenceFormValues = z.input<typeof correspondenceInputSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Settings

export const deadlineSettingsInputSchema = z.object({
  acknowledgementBusinessDays: requiredWholeNumber(v('validation.acknowledgementBusinessDays'), 1, 30),
  defaultResponseDays: requiredWholeNumber(v('validation.defaultResponseDays'), 1, 365),
});
export type DeadlineSettingsInput = { [K in keyof z.output<typeof deadlineSettingsInputSchema>]: number };
export type DeadlineSettingsFormValues = z.input<typeof deadlineSettingsInputSchema>;
