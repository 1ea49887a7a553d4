// A list's filter bar, drawn from the filters the page declares: one form, applied with its visible Search
// button (or Enter in any field), the same on every list; "Clear filters" beside it. The fields are the form
// kit's, small, in a grid whose height is computed from the declaration (filter-layout.ts).
import { memo, useMemo, type ReactNode } from 'react';
import { z } from 'zod';
import Box from '@mui/material/Box';
import { DateField } from '@/shared/forms/date-field';
import { FilterForm } from '@/shared/forms/filter-form';
import type { AnySchema } from '@/shared/forms/form-options';
import { PersonField } from '@/shared/forms/person-field';
import { SelectField, type SelectOption } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { fieldLabel, NO_LABELS, type RecordLabels } from '@/shared/labels/record-labels';
import { maxLengthMessage } from '@/shared/model/fields';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { cellHeight, FILTER_COLUMNS, ROW_GAP, type FilterCell } from './filter-layout';

type FilterKind =
  | { kind: 'search' | 'text'; placeholder?: string }
  | { kind: 'date'; max?: () => string }
  | { kind: 'person'; placeholder?: string }
  | { kind: 'select'; allLabel: string; options?: SelectOption[] };

export type FilterDeclaration<TFilter extends string> = FilterKind & {
  /** The form field; also the list's filter of that name, unless `toParams` maps it onto others. */
  field: string;
  /** By default the field's label in the labels the filter bar is given. */
  label?: string;
  /** One short line under the field (e.g. that a search is not kept in the address bar). */
  hint?: string;
  /** Columns it spans where there is room. */
  span?: number;
  /** One field over several of the list's filters (one "Flags" select over flagged= and flag=). */
  fromParams?: (filters: Record<string, string>) => string;
  toParams?: (value: string) => Partial<Record<TFilter, string | undefined>>;
};

/** Declares a list page's filters, checked against the list's filter names. */
export const defineFilters = <TFilter extends string>(
  _list: { filters: Record<TFilter, unknown> },
  filters: FilterDeclaration<TFilter>[],
) => filters;

export const filterCells = (filters: readonly FilterDeclaration<string>[]): FilterCell[] =>
  filters.map((filter) => ({ span: filter.span, hint: Boolean(filter.hint) }));

/** The form's values for the filters applied now. */
function valuesOf(filters: readonly FilterDeclaration<string>[], applied: Record<string, string>) {
  return Object.fromEntries(
    filters.map((filter) => [filter.field, filter.fromParams?.(applied) ?? applied[filter.field] ?? '']),
  );
}

/** The list's filters for the submitted form values ('' clears a filter). */
function paramsOf(filters: readonly FilterDeclaration<string>[], values: Record<string, string>) {
  const params: Record<string, string | undefined> = {};
  for (const filter of filters) {
    const value = values[filter.field] ?? '';
    Object.assign(params, filter.toParams ? filter.toParams(value) : { [filter.field]: value || undefined });
  }
  return params;
}

/** Text fields are trimmed and bounded; everything else is one of its options or empty. */
function defaultSchema(filters: readonly FilterDeclaration<string>[]) {
  return z.object(
    Object.fromEntries(
      filters.map((filter) => [
        filter.field,
        filter.kind === 'search' || filter.kind === 'text'
          ? z.string().trim().max(200, maxLengthMessage(200))
          : z.string(),
      ]),
    ),
  );
}

const gridColumns = Object.fromEntries(
  Object.entries(FILTER_COLUMNS).map(([bp, columns]) => [bp, `repeat(${columns}, minmax(0, 1fr))`]),
);
const spanAt = (span: number) =>
  Object.fromEntries(
    Object.entries(FILTER_COLUMNS).map(([bp, columns]) => [bp, `span ${Math.min(span, columns)}`]),
  );

function Field({
  filter,
  labels,
  options,
}: {
  filter: FilterDeclaration<string>;
  labels: RecordLabels;
  options?: SelectOption[];
}) {
  // A declaration's texts may be message references (filters are declared at module level).
  const label = filter.label ? translateMessage(filter.label) : fieldLabel(labels, filter.field);
  const common = {
    name: filter.field,
    label,
    helperText: translateMessage(filter.hint) || undefined,
    size: 'small' as const,
  };
  switch (filter.kind) {
    case 'search':
      return <TextField {...common} type="search" placeholder={filter.placeholder} />;
    case 'text':
      return <TextField {...common} placeholder={filter.placeholder} />;
    case 'date':
      return <DateField {...common} max={filter.max?.()} />;
    case 'person':
      return <PersonField {...common} placeholder={filter.placeholder} />;
    case 'select':
      return (
        <SelectField {...common} emptyLabel={filter.allLabel} options={options ?? filter.options ?? []} />
      );
  }
}

function withFilterLabels(labels: RecordLabels, filters: readonly FilterDeclaration<string>[]): RecordLabels {
  const own = filters.filter((filter) => filter.label);
  if (own.length === 0) return labels;
  return {
    ...labels,
    fields: {
      ...labels.fields,
      ...Object.fromEntries(own.map((filter) => [filter.field, translateMessage(filter.label)])),
    },
  };
}

export interface ListFiltersProps {
  filters: readonly FilterDeclaration<string>[];
  /** The filters applied now (the list's URL state and private values). */
  applied: Record<string, string>;
  setFilters: (values: Record<string, string | undefined>) => void;
  reset: () => void;
  'aria-label': string;
  /** The form's own rules (a date range in order); by default text is trimmed and bounded. */
  schema?: AnySchema;
  /** The fields' labels (for the fields and the error summary). */
  labels?: RecordLabels;
  /** Options that come from the backend (sites), by field. */
  options?: Record<string, SelectOption[] | undefined>;
  /** What the backend refused in the applied filters, shown at their fields (see FilterForm). */
  serverErrors?: readonly { field: string; message: string }[];
}

/**
 * Memoised on the applied values: a new sort or page re-renders the table, not the fields. The people search
 * and the selects mount a frame after the other fields: all of them in one commit was a long task just after
 * the rows appeared. Their cell keeps its height meanwhile, so nothing moves.
 */
export const ListFilters = memo(function ListFilters({
  filters,
  applied,
  setFilters,
  reset,
  schema,
  labels = NO_LABELS,
  options,
  serverErrors,
  'aria-label': ariaLabel,
}: ListFiltersProps) {
  const t = useMessages(sharedMessages);
  const formSchema = useMemo(() => schema ?? defaultSchema(filters), [schema, filters]);
  // The error summary names a field as its filter is labelled (a filter's own label, when it has one).
  const summaryLabels = useMemo(
    () => withFilterLabels(labels, filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t: the labels are said again in a new language
    [labels, filters, t],
  );
  const values = valuesOf(filters, applied);
  const cells: ReactNode[] = filters.map((filter) => {
    const field = <Field filter={filter} labels={labels} options={options?.[filter.field]} />;
    const height = cellHeight({ hint: Boolean(filter.hint) });
    return (
      // At least its computed height (the bar's kept space is the sum of these), more while it shows an error.
      <Box key={filter.field} sx={{ minHeight: height, gridColumn: spanAt(filter.span ?? 1) }}>
        {filter.kind === 'select' || filter.kind === 'person' ? (
          <AfterPrimaryContent primaryShown minHeight={height}>
            {field}
          </AfterPrimaryContent>
        ) : (
          field
        )}
      </Box>
    );
  });
  return (
    <FilterForm
      schema={formSchema}
      defaultValues={values}
      aria-label={translateMessage(ariaLabel)}
      labels={summaryLabels}
      onSearch={(submitted) => setFilters(paramsOf(filters, submitted as Record<string, string>))}
      clearLabel={t('filters.clear')}
      emptyValues={valuesOf(filters, {})}
      onClear={reset}
      serverErrors={serverErrors}
    >
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: gridColumns,
          columnGap: 2,
          rowGap: `${ROW_GAP}px`,
          alignItems: 'start',
        }}
      >
        {cells}
      </Box>
    </FilterForm>
  );
});
