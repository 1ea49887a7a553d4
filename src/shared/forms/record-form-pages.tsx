import type { ComponentType } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { z } from 'zod';
import Button from '@mui/material/Button';
import type { RecordLabels } from '@/shared/labels/record-labels';
import { PageHeader, type Crumb } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { ConsoleForm } from './console-form';
import type { AnySchema } from './form-options';

/**
 * What a record's New and Edit pages share: the schema the mock validates with, the record's labels (the error
 * summary, the conflict dialog), the record as the form's values, and the fields themselves.
 */
export interface RecordForm<TSchema extends AnySchema, TRecord> {
  schema: TSchema;
  labels: RecordLabels;
  toValues: (record: TRecord) => z.input<TSchema>;
  Fields: ComponentType;
}

function CancelLink({ to }: { to: string }) {
  const t = useMessages(sharedMessages);
  return (
    <Button component={RouterLink} to={to}>
      {t('action.cancel')}
    </Button>
  );
}

/**
 * A page that creates a record: its heading, and the form named by it. Cancel goes `backTo`; so does a save,
 * unless `savedTo` names the page of what was created.
 */
export function NewRecordPage<TSchema extends AnySchema, TRecord, TResult = unknown>({
  form,
  title,
  crumbs,
  formKey,
  defaultValues,
  submitLabel,
  create,
  backTo,
  savedTo,
}: {
  form: RecordForm<TSchema, TRecord>;
  title: string;
  crumbs: Crumb[];
  /** The draft's key (per user, in sessionStorage). */
  formKey: string;
  defaultValues: z.input<TSchema>;
  submitLabel: string;
  create: (values: z.output<TSchema>) => Promise<TResult>;
  backTo: string;
  savedTo?: (result: TResult) => string;
}) {
  const navigate = useNavigate();
  const { Fields } = form;
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} />
      <ConsoleForm
        aria-label={title}
        schema={form.schema}
        defaultValues={defaultValues}
        formKey={formKey}
        labels={form.labels}
        submitLabel={submitLabel}
        onSubmit={(values) => create(values)}
        onSuccess={(result) => navigate(savedTo ? savedTo(result as TResult) : backTo)}
        secondaryActions={<CancelLink to={backTo} />}
      >
        <Fields />
      </ConsoleForm>
    </>
  );
}

/**
 * A page that edits a record: its load states (spinner, "Page not found", the error), then the form with the
 * record's values, saved with the version it was read at (If-Match), so a change made meanwhile opens the
 * conflict dialog instead of being overwritten. Cancel and a save go `backTo`.
 */
export function EditRecordPage<TSchema extends AnySchema, TRecord extends { id: string; version: number }>({
  form,
  query,
  what,
  loadingTitle,
  title,
  formLabel = title,
  crumbs,
  formKey,
  submitLabel,
  update,
  backTo,
  onConflict,
}: {
  form: RecordForm<TSchema, TRecord>;
  query: UseQueryResult<TRecord>;
  /** e.g. "the contract": names the record in the loading label and the error. */
  what: string;
  /** The heading while the record loads, e.g. "Edit contract". */
  loadingTitle: string;
  title: (record: TRecord) => string;
  /** The form's accessible name, when it is not the title. */
  formLabel?: (record: TRecord) => string;
  crumbs: Crumb[];
  formKey: string;
  submitLabel: string;
  update: (values: z.output<TSchema>, version: number) => Promise<unknown>;
  backTo: string;
  /** The record as it is now, when a save met a newer version (e.g. to update the cached record). */
  onConflict?: (current: TRecord) => void;
}) {
  const navigate = useNavigate();
  if (query.data === undefined) {
    return <PageLoadState query={query} title={loadingTitle} crumbs={crumbs} what={what} />;
  }
  const record = query.data;
  const { Fields } = form;
  return (
    <>
      <PageHeader title={title(record)} crumbs={crumbs} />
      <ConsoleForm
        key={record.id}
        aria-label={formLabel(record)}
        schema={form.schema}
        defaultValues={form.toValues(record)}
        version={record.version}
        toValues={(current) => form.toValues(current as TRecord)}
        onConflict={onConflict && ((current) => onConflict(current as TRecord))}
        formKey={formKey}
        labels={form.labels}
        submitLabel={submitLabel}
        onSubmit={(values, { version }) => update(values, version!)}
        onSuccess={() => navigate(backTo)}
        secondaryActions={<CancelLink to={backTo} />}
      >
        <Fields />
      </ConsoleForm>
    </>
  );
}
