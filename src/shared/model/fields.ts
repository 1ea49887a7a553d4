// The zod field builders every module's schemas are made of: one copy of each rule and of its message. Form fields
// hold strings ('' = empty); the API sends numbers and nulls. Each builder accepts both, so a module's form and the
// mock backend can share one schema.
import { z } from 'zod';
import { isCountryCode } from './countries';

/** The message of every length limit. */
export const maxLengthMessage = (max: number) => `Keep this to ${max} characters or fewer.`;

export function requiredText(message: string, max = 200) {
  return z.string({ error: message }).trim().min(1, message).max(max, maxLengthMessage(max));
}

export function optionalText(max: number) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(max, maxLengthMessage(max)).nullable());
}

export const DATE_FORMAT_MESSAGE = 'Enter a date as YYYY-MM-DD.';

export function requiredDate(message: string) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .pipe(z.iso.date({ error: DATE_FORMAT_MESSAGE }));
}

export const optionalDate = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => value?.trim() || null)
  .pipe(z.iso.date({ error: DATE_FORMAT_MESSAGE }).nullable());

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

export const UNKNOWN_COUNTRY_MESSAGE = 'This is not a country on our list. Choose one from the list.';

export function countryCode(message = 'Choose a country.') {
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
