// The visitor log's validation rules, shared by the console's forms and the mock backend (which imports this
// file), so a message shown at a field is the same whether the browser or the server caught the mistake.
import { z } from 'zod';
import {
  cleanText,
  fromTodayUpTo,
  isPhoneNumber,
  maxLengthMessage,
  optionalPlainText,
  requiredDate,
  requiredText,
} from '@/shared/model/fields';
import { visitsMessages } from '../i18n/messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How far ahead a visitor can be pre-registered. */
export const EXPECTED_VISIT_MONTHS_AHEAD = 12;

// References (visitsMessages.ref): the schemas run in the console and in the mock backend, and each says them
// in its reader's language (the form's, or the request's Accept-Language).
export const MESSAGES = {
  name: visitsMessages.ref('validation.name'),
  company: visitsMessages.ref('validation.company'),
  host: visitsMessages.ref('validation.host'),
  purpose: visitsMessages.ref('validation.purpose'),
  site: visitsMessages.ref('validation.site'),
  badge: visitsMessages.ref('validation.badge'),
  badgeFormat: visitsMessages.ref('validation.badgeFormat'),
  contact: visitsMessages.ref('validation.contact'),
  privacyNotice: visitsMessages.ref('validation.privacyNotice'),
  date: visitsMessages.ref('validation.date'),
  range: visitsMessages.ref('validation.range'),
  days: visitsMessages.ref('validation.days'),
} as const;

export const badgeSchema = z
  .string(MESSAGES.badge)
  .trim()
  .min(1, MESSAGES.badge)
  .max(12, MESSAGES.badgeFormat)
  .regex(/^[A-Za-z0-9-]+$/, MESSAGES.badgeFormat);

export function isContact(value: string) {
  return EMAIL.test(value) || isPhoneNumber(value);
}

/** Check in a walk-in visitor. No identity document numbers: the visit needs none. */
export const checkInSchema = z.object({
  name: requiredText(MESSAGES.name, 120),
  company: requiredText(MESSAGES.company, 120),
  hostId: z.string(MESSAGES.host).min(1, MESSAGES.host),
  purpose: requiredText(MESSAGES.purpose, 200),
  siteId: z.string(MESSAGES.site).min(1, MESSAGES.site),
  badge: badgeSchema,
  // Cleaned like any text: an email address may not hide a direction override or a NUL.
  contact: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .max(120, MESSAGES.contact)
        .refine((value) => value === '' || isContact(value), MESSAGES.contact),
    )
    .optional(),
  privacyNoticeShown: z.boolean(MESSAGES.privacyNotice).refine((value) => value, MESSAGES.privacyNotice),
  /** Set after the desk saw the warning that a visitor of the same name is already on site. */
  confirmDuplicate: z.boolean().optional(),
});
export type CheckInValues = z.input<typeof checkInSchema>;

/** Check in someone an employee pre-registered: the badge number is all the desk types. */
export const expectedCheckInSchema = z.object({
  badge: badgeSchema,
  confirmDuplicate: z.boolean().optional(),
});

/** Pre-register a visitor one expects (the caller is the host). */
export const expectedVisitSchema = z.object({
  name: requiredText(MESSAGES.name, 120),
  company: requiredText(MESSAGES.company, 120),
  // A real date, from today to a year ahead: a visit expected in 9999 would outlive every retention purge.
  date: requiredDate(MESSAGES.date, fromTodayUpTo(EXPECTED_VISIT_MONTHS_AHEAD)),
  siteId: z.string(MESSAGES.site).min(1, MESSAGES.site),
  purpose: optionalPlainText(200),
});
export type ExpectedVisitValues = z.input<typeof expectedVisitSchema>;

const optionalDate = z.union([z.literal(''), z.iso.date(MESSAGES.date)]).optional();
const rangeInOrder = ({ from, to }: { from?: string; to?: string }) => !from || !to || to >= from;

/** The history's date range: both optional, but the end may not come before the start. */
export const dateRangeSchema = z
  .object({ from: optionalDate, to: optionalDate })
  .refine(rangeInOrder, { message: MESSAGES.range, path: ['to'] });

/** The history's search form: the date range plus host, company, site, status and free text. */
export const historyFilterSchema = z
  .object({
    from: optionalDate,
    to: optionalDate,
    hostId: z.string(),
    company: z.string().trim().max(120, maxLengthMessage(120)),
    siteId: z.string(),
    status: z.enum(['', 'on_site', 'checked_out']),
    q: z.string().trim().max(120, maxLengthMessage(120)),
  })
  .refine(rangeInOrder, { message: MESSAGES.range, path: ['to'] });
export type HistoryFilterValues = z.input<typeof historyFilterSchema>;

export const retentionSchema = z.object({
  days: z.number(MESSAGES.days).int(MESSAGES.days).min(1, MESSAGES.days).max(3650, MESSAGES.days),
  confirmPurge: z.boolean().optional(),
});
export type RetentionValues = z.input<typeof retentionSchema>;

const DESK_DAYS = visitsMessages.ref('validation.deskDays');
/** The security desk's history window (the officer sets it on the retention page). */
export const historyWindowSchema = z.object({
  days: z.number(DESK_DAYS).int(DESK_DAYS).min(1, DESK_DAYS).max(90, DESK_DAYS),
});
