import { useEffect, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { RecordLabels } from '@/shared/labels/record-labels';
import { formOptions, type AnySchema } from './form-options';
import { ErrorSummary, flattenErrors } from './error-summary';
import { ACTIONS_HEIGHT } from '@/shared/list/filter-layout';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export interface FilterFormProps<TSchema extends AnySchema> {
  schema: TSchema;
  /**
   * The filters applied now, as form values. When they change from outside the form (Back, "Clear filters", a
   * shared link) the fields follow; after the form's own search they already match, and nothing is redrawn.
   */
  defaultValues: z.input<TSchema>;
  /** Applies the filters (to the address bar, usually). Called only with valid values. */
  onSearch: (values: z.output<TSchema>) => void;
  submitLabel?: string;
  /** A button that empties the form (typed or applied) and calls onClear. */
  clearLabel?: string;
  emptyValues?: z.input<TSchema>;
  onClear?: () => void;
  labels?: RecordLabels;
  secondaryActions?: ReactNode;
  /**
   * What the backend refused in the applied filters (a 422 for a value typed into the address bar, say): shown
   * at each field and in the summary, as a failed search would be.
   */
  serverErrors?: readonly { field: string; message: string }[];
  children: ReactNode;
  'aria-label': string;
}

/**
 * A list's search form: the same fields, validation and error summary as ConsoleForm, without what saving a
 * record needs (busy state, drafts, conflicts, the unsaved-changes guard). A search saves nothing and answers at
 * once, and react-hook-form re-renders a form only for the parts of its state the form reads: this one reads
 * its errors alone, so searching does not re-render every field (with a date picker and a people search among
 * them, that was a task of 50 ms or more on every search).
 */
export function FilterForm<TSchema extends AnySchema>({
  schema,
  defaultValues,
  onSearch,
  submitLabel,
  labels,
  secondaryActions,
  clearLabel,
  emptyValues,
  onClear,
  serverErrors,
  children,
  'aria-label': ariaLabel,
}: FilterFormProps<TSchema>) {
  const t = useMessages(sharedMessages);
  const form = useForm<FieldValues>(formOptions(schema, defaultValues));
  const applied = JSON.stringify(defaultValues);
  useEffect(() => {
    // The same nodes, new values: the focus stays where it is and nothing mounts again.
    if (JSON.stringify(form.getValues()) !== applied) form.reset(JSON.parse(applied) as FieldValues);
  }, [applied, form]);
  const [showSummary, setShowSummary] = useState(false);
  const refused = JSON.stringify(serverErrors ?? []);
  useEffect(() => {
    const errors = JSON.parse(refused) as NonNullable<typeof serverErrors>;
    for (const error of errors)
      form.setError(error.field, { type: 'server', message: translateMessage(error.message) });
  }, [refused, form]);
  const problems = flattenErrors(form.formState.errors);
  const search = form.handleSubmit(
    (values) => {
      setShowSummary(false);
      onSearch(values as z.output<TSchema>);
    },
    () => setShowSummary(true),
  );

  return (
    <FormProvider {...form}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void search(event)}
        // Enter searches from any field, a select included (browsers submit a form on Enter in inputs only).
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
        aria-label={ariaLabel}
      >
        <Stack spacing={2}>
          {(showSummary || refused !== '[]') && problems.length > 0 && (
            <ErrorSummary problems={problems} labels={labels} onFocusField={(name) => form.setFocus(name)} />
          )}
          {children}
          {/* A fixed height: the filter bar's kept space is computed from it (see list/filter-layout.ts). */}
          <Stack
            direction="row"
            spacing={1}
            sx={{ justifyContent: 'flex-end', alignItems: 'center', height: ACTIONS_HEIGHT }}
          >
            {secondaryActions}
            {clearLabel && (
              <Button
                onClick={() => {
                  setShowSummary(false);
                  form.reset((emptyValues ?? {}) as FieldValues);
                  onClear?.();
                }}
              >
                {translateMessage(clearLabel)}
              </Button>
            )}
            <Button type="submit" variant="contained">
              {submitLabel ? translateMessage(submitLabel) : t('action.search')}
            </Button>
          </Stack>
        </Stack>
      </Box>
    </FormProvider>
  );
}
