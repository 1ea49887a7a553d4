// The vocabulary of the policies module and the zod schemas its forms submit. The mock backend validates request
// bodies with these same schemas, so a message a person sees at a field is the one the backend would answer.
import { z } from 'zod';
import type { components } from '@/shared/api/schema';
import { ROLE_LABELS, type Role } from '@/shared/auth/permissions';
import {
  cleanText,
  enumField,
  fromTodayUpTo,
  maxLengthMessage,
  optionalDateWithin,
  requiredDate,
  requiredText,
  uniqueList,
} from '@/shared/model/fields';
import { policiesMessages } from '../i18n/messages';
import { MAX_POLICY_TEXT, MAX_DUE_MONTHS } from './rules';

type Schemas = components['schemas'];
export type PolicyStatus = Schemas['PolicyStatus'];
export type PolicyCategory = Schemas['PolicyCategory'];
export type PolicyVersionStatus = Schemas['PolicyVersionStatus'];
export type VersionKind = Schemas['VersionKind'];
export type AcknowledgementStatus = Schemas['AcknowledgementStatus'];
export type PolicyAudience = Schemas['PolicyAudience'];

export const POLICY_STATUSES = ['draft', 'published', 'retired'] as const satisfies PolicyStatus[];
export const POLICY_CATEGORIES = [
  'data_protection',
  'information_security',
  'acceptable_use',
  'retention',
  'incident_response',
  'privacy_notice',
] as const satisfies PolicyCategory[];
export const VERSION_KINDS = ['major', 'minor'] as const satisfies VersionKind[];
export const ACKNOWLEDGEMENT_STATUSES = [
  'overdue',
  'pending',
  'acknowledged',
] as const satisfies AcknowledgementStatus[];
export const AUDIENCE_ROLES = Object.keys(ROLE_LABELS) as [Role, ...Role[]];

export const AUDIENCE_MESSAGE = policiesMessages.ref('validation.audience');

const audienceSchema = z
  .object({
    everyone: z.boolean({ error: policiesMessages.ref('validation.everyone') }),
    departments: uniqueList(requiredText(policiesMessages.ref('validation.department'), 100), {
      max: 50,
      maxMessage: policiesMessages.ref('validation.departmentsMax', { max: 50 }),
    }),
    siteIds: uniqueList(requiredText(policiesMessages.ref('validation.site'), 100), {
      max: 50,
      maxMessage: policiesMessages.ref('validation.sitesMax', { max: 50 }),
    }),
    roles: uniqueList(enumField(AUDIENCE_ROLES, policiesMessages.ref('validation.role')), {
      max: AUDIENCE_ROLES.length,
      maxMessage: policiesMessages.ref('validation.rolesOnce'),
    }),
  })
  .refine(
    (audience) =>
      audience.everyone ||
      audience.departments.length > 0 ||
      audience.siteIds.length > 0 ||
      audience.roles.length > 0,
    { message: AUDIENCE_MESSAGE, path: ['everyone'] },
  );

export const policyInputSchema = z.object({
  title: requiredText(policiesMessages.ref('validation.title'), 200),
  ownerId: requiredText(policiesMessages.ref('validation.owner'), 100),
  category: enumField(POLICY_CATEGORIES, policiesMessages.ref('validation.category')),
  audience: audienceSchema,
});
export type PolicyInput = z.output<typeof policyInputSchema>;
export type PolicyFormValues = z.input<typeof policyInputSchema>;

/**
 * A version's text may be empty while it is a draft: publishing without text is refused (422 at `text`) by the
 * publish rule, so a half-written draft can still be saved.
 */
const policyText = z
  .string({ error: policiesMessages.ref('validation.text') })
  .transform(cleanText)
  .pipe(z.string().max(MAX_POLICY_TEXT, maxLengthMessage(MAX_POLICY_TEXT)));

export const policyVersionInputSchema = z.object({
  kind: enumField(VERSION_KINDS, policiesMessages.ref('validation.kind')),
  effectiveDate: requiredDate(policiesMessages.ref('validation.effectiveDate')),
  summary: requiredText(policiesMessages.ref('validation.summary'), 1000),
  text: policyText,
});
export type PolicyVersionInput = z.output<typeof policyVersionInputSchema>;
export type PolicyVersionFormValues = z.input<typeof policyVersionInputSchema>;

export const publishInputSchema = z.object({
  dueDate: optionalDateWithin(fromTodayUpTo(MAX_DUE_MONTHS)),
});
export type PublishInput = z.output<typeof publishInputSchema>;
