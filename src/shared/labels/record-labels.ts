// A module declares once how its fields and values read; forms (error summaries, conflicts), tables, filters,
// record history and CSV headers all read them from that one declaration.
import { i18n } from '@lingui/core';
import type { MessageCatalog } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { formatIfDate, formatNumber } from './format';

export interface RecordLabels {
  /**
   * Field name, or a path into a repeated row without its index: 'locations.country' ('country') names
   * 'locations.3.country', which reads 'Location 4: country' with rows.locations = 'Location'.
   */
  fields: Record<string, string>;
  /** How an enumerated field's values read: field -> value -> label. */
  values?: Record<string, Record<string, string>>;
  /** How a structured value reads (a location, a sub-processor): field -> describe one element. */
  describe?: Record<string, (value: never) => string>;
  /** How a repeated row is named in a path label: 'locations' -> 'Location' gives 'Location 2: country'. */
  rows?: Record<string, string>;
  /** A shorter heading for a table column or an export, where the field's label would be long ('Badge'). */
  columns?: Record<string, string>;
}

/**
 * Declares a module's labels from its catalog (the plain form, labels as they are, remains for tests): `build` is called with the catalog's `t` once per language, on
 * first use, so a label read anywhere (a column, a history entry, a CSV header) is in the active language.
 *
 *   export const visitLabels = defineLabels(visitsMessages, (t) => ({ fields: { name: t('field.name') } }));
 */
export function defineLabels<T extends RecordLabels>(labels: T): T;
export function defineLabels<Key extends string, T extends RecordLabels>(
  catalog: MessageCatalog<Key>,
  build: (t: MessageCatalog<Key>['t']) => T,
): T;
export function defineLabels<Key extends string, T extends RecordLabels>(
  catalogOrLabels: MessageCatalog<Key> | T,
  build?: (t: MessageCatalog<Key>['t']) => T,
): T {
  if (!build) return catalogOrLabels as T;
  const catalog = catalogOrLabels as MessageCatalog<Key>;
  return perLanguage(() => build(catalog.t));
}

/**
 * Labels made again for each language, on first use there. A Proxy, so code that holds the declaration (a
 * module-level constant) reads the active language's labels each time it looks.
 */
function perLanguage<T extends object>(make: () => T): T {
  const made = new Map<string, T>();
  const current = () => {
    let labels = made.get(i18n.locale);
    if (!labels) made.set(i18n.locale, (labels = make()));
    return labels;
  };
  return new Proxy({} as T, {
    get: (_target, property) => current()[property as keyof T],
    has: (_target, property) => property in current(),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, property) => ({
      ...Reflect.getOwnPropertyDescriptor(current(), property),
      configurable: true,
    }),
  });
}

/** Merges the labels of records shown together (a processor's history names its contracts' fields too). */
export function mergeLabels(...all: RecordLabels[]): RecordLabels {
  return perLanguage(() => ({
    fields: Object.assign({}, ...all.map((l) => l.fields)),
    values: Object.assign({}, ...all.map((l) => l.values ?? {})),
    describe: Object.assign({}, ...all.map((l) => l.describe ?? {})),
    rows: Object.assign({}, ...all.map((l) => l.rows ?? {})),
    columns: Object.assign({}, ...all.map((l) => l.columns ?? {})),
  }));
}

/** A field or path as people read it: 'locations.1.country' -> 'Location 2: country'. */
export function fieldLabel(labels: RecordLabels, path: string): string {
  const direct = labels.fields[path];
  if (direct) return direct;
  const row = path.match(/^([^.]+)\.(\d+)(?:\.(.+))?$/);
  if (row) {
    const [, list = '', index = '0', rest] = row;
    const rowName = labels.rows?.[list] ?? fieldLabel(labels, list);
    const position = sharedMessages.t('label.row', { row: rowName, position: Number(index) + 1 });
    if (!rest) return position;
    return sharedMessages.t('label.nested', {
      parent: position,
      child: labels.fields[`${list}.${rest}`] ?? rest,
    });
  }
  const [parent, child] = path.split('.');
  if (parent && child)
    return (
      labels.fields[child] ?? sharedMessages.t('label.nested', { parent: fieldLabel(labels, parent), child })
    );
  return path;
}

/** A field's table column heading and export header: its column label, or its label. */
export function columnLabel(labels: RecordLabels, field: string): string {
  return labels.columns?.[field] ?? fieldLabel(labels, field);
}

/** A value of a field as the screen shows it: labels for codes, dates formatted, Yes/No, lists joined. */
export function valueLabel(labels: RecordLabels, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return sharedMessages.t('value.empty');
  const key = field.replace(/\.\d+(?=\.|$)/g, '');
  if (Array.isArray(value))
    return value.length
      ? value.map((item) => valueLabel(labels, key, item)).join(', ')
      : sharedMessages.t('value.none');
  const describe = labels.describe?.[key] as ((value: unknown) => string) | undefined;
  if (describe) return describe(value);
  if (typeof value === 'boolean') return sharedMessages.t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'string') {
    const label = labels.values?.[key]?.[value] ?? labels.values?.[key.split('.').pop() ?? '']?.[value];
    if (label) return label;
    return formatIfDate(value) ?? value;
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') {
    // A group of named flags or facts (a contract's clauses): each as its label and value.
    return Object.entries(value as Record<string, unknown>)
      .map(([name, inner]) =>
        sharedMessages.t('label.nested', {
          parent: fieldLabel(labels, `${key}.${name}`),
          child: valueLabel(labels, `${key}.${name}`, inner),
        }),
      )
      .join('; ');
  }
  return String(value);
}

/** Options for a select or filter of an enumerated field, in the declared order. */
export function valueOptions<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** For a form or a panel that was given no labels: field names and values as they come. */
export const NO_LABELS: RecordLabels = { fields: {} };
