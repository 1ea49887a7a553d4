// What a 412 means for a form: which fields someone else changed since the user opened the record, which the
// user changed, and the values to continue from if the user keeps their edits.

export type Values = Record<string, unknown>;

function same(a: unknown, b: unknown) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The top-level fields whose values differ between two versions of the form's values. */
export function diffFields(
  a: Values,
  b: Values,
  fields: string[] = [...new Set([...Object.keys(a), ...Object.keys(b)])],
) {
  return fields.filter((field) => !same(a[field], b[field]));
}

/** Picks the form's fields out of the record as the backend answered it (the default mapping on a 412). */
export function pickFormValues(current: unknown, like: Values): Values {
  const record = (current ?? {}) as Values;
  return Object.fromEntries(Object.keys(like).map((field) => [field, record[field] ?? like[field]]));
}

export interface ConflictSummary {
  /** The form's values as opened (the base the user edited). */
  base: Values;
  /** The record as it is now, as form values. */
  current: Values;
  /** What the user has in the form. */
  mine: Values;
  theirFields: string[];
  myFields: string[];
  /** Fields both changed, to different values: reapplying keeps the user's value there. */
  clashing: string[];
}

export function summariseConflict(base: Values, current: Values, mine: Values): ConflictSummary {
  const fields = [...new Set([...Object.keys(base), ...Object.keys(current), ...Object.keys(mine)])];
  const theirFields = diffFields(base, current, fields);
  const myFields = diffFields(base, mine, fields);
  const clashing = myFields.filter(
    (field) => theirFields.includes(field) && !same(current[field], mine[field]),
  );
  return { base, current, mine, theirFields, myFields, clashing };
}

/** The user's edits laid over the current record: their fields win, everything else is the latest. */
export function reapply(summary: ConflictSummary): Values {
  const merged = { ...summary.current };
  for (const field of summary.myFields) merged[field] = summary.mine[field];
  return merged;
}
