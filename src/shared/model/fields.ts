// The zod field builders every module's schemas are made of: one copy of each rule and of its message. Form fields
// hold strings ('' = empty); the API sends numbers and nulls. Each builder accepts both, so a module's form and the
// mock backend can share one schema.
import './zod-config';
import { z } from 'zod';
import { isCountryCode } from './countries';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { addDays, addMonths, todayIso, utcTodayIso } from './dates';

// Messages here are references (sharedMessages.ref): the schemas run in the console and in the mock backend,
// and each says them in its own reader's language (the form's, or the request's Accept-Language).

/** The message of every length limit. */
export const maxLengthMessage = (max: number) => sharedMessages.ref('validation.maxLength', { max });

/**
 * Characters no record should keep: control characters other than tab and line breaks (NUL and friends), and
 * the bidirectional embeddings, overrides and isolates that make stored text read differently from what it is
 * ("Trojan Source"). Removed, not refused: pasted text carries them without the person knowing.
 */
const UNWANTED_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Something a reader can see: a letter, digit, punctuation or symbol, not the letters that render as nothing. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const INVISIBLE_LETTERS = /[\u115F\u1160\u3164\uFFA0]/gu;

/** Text as stored: the unwanted characters removed, then trimmed. */
export function cleanText(value: string): string {
  return value.replace(UNWANTED_CHARACTERS, '').trim();
}

/** False for text of only spaces, zero-width and other invisible characters. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value.replace(INVISIBLE_LETTERS, ''));
}

/** Required text: cleaned, and refused when nothing visible is left (a zero-width space is not a name). */
export function requiredText(message: string, max = 200) {
  return z
    .string({ error: message })
    .transform(cleanText)
    .pipe(z.string().refine(hasVisibleText, message).max(max, maxLengthMessage(max)));
}

/** Optional text: cleaned; empty or invisible-only is "not given" (null). */
export function optionalText(max: number) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((value) => {
      const cleaned = cleanText(value ?? '');
      return hasVisibleText(cleaned) ? cleaned : null;
    })
    .pipe(z.string().max(max, maxLengthMessage(max)).nullable());
}

/** Optional text that stays a string ('' when not given), for schemas whose record keeps '' (a purpose). */
export function optionalPlainText(max: number) {
  return z
    .string()
    .transform((value) => {
      const cleaned = cleanText(value);
      return hasVisibleText(cleaned) ? cleaned : '';
    })
    .pipe(z.string().max(max, maxLengthMessage(max)))
    .optional();
}

export const PHONE_MESSAGE = sharedMessages.ref('validation.phone');
// Digits with the usual separators and an optional leading +; 7 to 15 digits (E.164 allows 15).
const PHONE = /^\+?[\d\s().-]{7,25}$/;

export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 7 && digits <= 15;
}

/** An optional phone number: empty is "not given" (null); anything else must be one. */
export function optionalPhone(message = PHONE_MESSAGE) {
  return optionalText(30).refine((value) => value === null || isPhoneNumber(value), message);
}

/**
 * A list of choices: duplicates dropped (a multi-select never sends them; a client that does means each once),
 * then at most `max` (a clear message rather than storing whatever arrives).
 */
export function uniqueList<T extends z.ZodType>(
  item: T,
  {
    min = 0,
    minMessage = '',
    max,
    maxMessage,
  }: { min?: number; minMessage?: string; max: number; maxMessage: string },
) {
  return z
    .array(item)
    .max(Math.max(max * 20, 1000), maxMessage)
    .transform((values) => [...new Set(values)] as z.output<T>[])
    .pipe(z.array(z.custom<z.output<T>>()).min(min, minMessage).max(max, maxMessage));
}

export const DATE_FORMAT_MESSAGE = sharedMessages.ref('validation.dateFormat');

/**
 * Bounds of a date field, as functions of today (evaluated at each check, so a form open past midnight and
 * the backend agree). Every date is within EARLIEST..LATEST whatever the field: a real calendar date that a
 * record can keep and retention can reach (9999-12-31 would survive every purge).
 */
export interface DateBounds {
  notBefore?: () => string;
  notAfter?: () => string;
  /** Says the bound: (bound) => messages.ref('…', { date: bound }). */
  beforeMessage?: (bound: string) => string;
  afterMessage?: (bound: string) => string;
}

export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';
const OUT_OF_RANGE = sharedMessages.ref('validation.dateOutOfRange', {
  earliest: EARLIEST_DATE,
  latest: LATEST_DATE,
});

function withinBounds(date: string, bounds: DateBounds, ctx: z.RefinementCtx) {
  if (date < EARLIEST_DATE || date > LATEST_DATE) {
    ctx.addIssue({ code: 'custom', message: OUT_OF_RANGE });
    return;
  }
  const earliest = bounds.notBefore?.();
  if (earliest && date < earliest) {
    ctx.addIssue({
      code: 'custom',
      message:
        bounds.beforeMessage?.(earliest) ?? sharedMessages.ref('validation.dateOrLater', { date: earliest }),
    });
  }
  const latest = bounds.notAfter?.();
  if (latest && date > latest) {
    ctx.addIssue({
      code: 'custom',
      message:
        bounds.afterMessage?.(latest) ?? sharedMessages.ref('validation.dateOrEarlier', { date: latest }),
    });
  }
}

export function requiredDate(message: string, bounds: DateBounds = {}) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .pipe(z.iso.date({ error: DATE_FORMAT_MESSAGE, abort: true }))
    .superRefine((date, ctx) => withinBounds(date, bounds, ctx));
}

export function optionalDateWithin(bounds: DateBounds = {}) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(z.iso.date({ error: DATE_FORMAT_MESSAGE, abort: true }).nullable())
    .superRefine((date, ctx) => {
      if (date !== null) withinBounds(date, bounds, ctx);
    });
}

export const optionalDate = optionalDateWithin();

/** Today or earlier: a day of slack, so that a person ahead of the backend's day (UTC) is not refused today. */
export const NOT_IN_THE_FUTURE: DateBounds = {
  notAfter: () => [todayIso(), utcTodayIso()].sort().at(-1)!,
  afterMessage: () => sharedMessages.ref('validation.notInFuture'),
};

/**
 * From today up to `months` ahead, the bound said in the message. The earliest bound allows yesterday: a site's
 * own day may still be yesterday where the browser is, and the backend checks the site's day itself.
 */
export function fromTodayUpTo(months: number): DateBounds {
  return {
    notBefore: () => addDays(todayIso(), -1),
    notAfter: () => addMonths(todayIso(), months),
    beforeMessage: () => sharedMessages.ref('validation.todayOrLater'),
    afterMessage: (latest) => sharedMessages.ref('validation.dateUpToMonthsAhead', { date: latest, months }),
  };
}

/**
 * A whole number typed into a text field or sent as a number; '' and null are "not given". Range checks are
 * refinements, not z.int(): a failed z.int() would stop the form-level checks (end before start...) from running.
 */
export function optionalWholeNumber(message: string, min: number, max = 100_000) {
  return z
    .union([z.number(), z.string(), z.null()])
    .optional()
    .transform((value) =>
      value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
        ? null
        : Number(value),
    )
    .pipe(
      z
        .number({ error: message })
        .refine((value) => Number.isInteger(value) && value >= min && value <= max, message)
        .nullable(),
    );
}

export function requiredWholeNumber(message: string, min: number, max: number) {
  return optionalWholeNumber(message, min, max).refine((value) => value !== null, message);
}

export const UNKNOWN_COUNTRY_MESSAGE = sharedMessages.ref('validation.unknownCountry');

export function countryCode(message = sharedMessages.ref('validation.chooseCountry')) {
  return z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .min(1, message)
    .refine((code): boolean => isCountryCode(code), UNKNOWN_COUNTRY_MESSAGE);
}

export function enumField<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** Runs an object-level rule even while other fields still have problems, as long as its own fields parsed. */
export function whenValid(...fields: string[]) {
  return {
    when: (payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !Array.isArray(payload.value) &&
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}
