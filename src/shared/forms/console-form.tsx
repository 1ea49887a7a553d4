import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { describeError, isApiError } from '@/shared/api/errors';
import { useSession } from '@/shared/auth/session';
import type { RecordLabels } from '@/shared/labels/record-labels';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { ConflictDialog } from './conflict-dialog';
import { pickFormValues, reapply, summariseConflict, type ConflictSummary, type Values } from './conflict';
import { clearDraft, readDraft, trackPendingDraft, writeDraft } from './drafts';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { ErrorSummary, flattenErrors } from './error-summary';
import { formOptions, type AnySchema } from './form-options';

export interface ConsoleFormProps<TSchema extends AnySchema> {
  schema: TSchema;
  defaultValues: z.input<TSchema>;
  onSubmit: (values: z.output<TSchema>, context: { version?: number }) => Promise<unknown>;
  onSuccess?: (result: unknown) => void;
  submitLabel: string;
  formKey?: string;
  /** The record's labels, for the error summary and the conflict dialog. */
  labels?: RecordLabels;
  version?: number;
  toValues?: (current: unknown) => z.input<TSchema>;
  onConflict?: (current: unknown) => void;
  secondaryActions?: ReactNode;
  guardUnsaved?: boolean;
  children: ReactNode;
  'aria-label'?: string;
}

interface Draft {
  values: Values;
  base: Values;
  version?: number;
}

const DRAFT_DEBOUNCE_MS = 400;
/** Statuses whose problem names fields the user can correct. */
const FIELD_ERROR_STATUSES = new Set([400, 409, 422]);

function same(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The console's form: react-hook-form + zod, with everything a person needs when saving goes wrong. Errors
 * are summarised and the first bad field focused; the server's field errors land on their fields; an outage
 * keeps every value; a stale version opens the conflict dialog; leaving with unsaved changes asks first; and
 * what was typed is kept as a draft for this user until it is saved or discarded.
 */
export function ConsoleForm<TSchema extends AnySchema>({
  schema,
  defaultValues,
  onSubmit,
  onSuccess,
  submitLabel,
  formKey,
  labels,
  version,
  toValues,
  onConflict,
  secondaryActions,
  guardUnsaved = true,
  children,
  'aria-label': ariaLabel,
}: ConsoleFormProps<TSchema>) {
  const form = useForm<FieldValues>(formOptions(schema, defaultValues));
  const { formState } = form;

  // The version the user's edits are based on; moves on when a conflict is resolved.
  const versionRef = useRef(version);
  const baseRef = useRef<Values>(defaultValues as Values);
  const [showSummary, setShowSummary] = useState(false);
  const t = useMessages(sharedMessages);
  // What went wrong, kept as the error (or a message reference) and said as it renders: a language switch
  // says it again in the new language.
  const [formError, setFormError] = useState<{ error: unknown } | { message: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictSummary | null>(null);
  /** A message reference, said in the active language. */
  const [notice, setNotice] = useState<string | null>(null);
  const submittingRef = useRef(false);
  // On a 412, the version of the record as it is now; becomes the base version once the user chooses.
  const pendingVersion = useRef<number | undefined>(undefined);
  const leavingRef = useRef(false);

  // --- drafts: per user, per form, in sessionStorage --------------------------------------------------------
  const userId = useSession().data?.user.id;
  const draftsOn = Boolean(formKey && userId);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (!draftsOn) return;
    const draft = readDraft<Draft>(userId!, formKey!);
    if (!draft?.values || same(draft.values, baseRef.current)) return;
    // The draft's own base and version come back with it: if the record moved on since, saving meets a 412
    // and the conflict dialog, instead of the draft quietly overwriting someone else's change.
    baseRef.current = draft.base ?? baseRef.current;
    versionRef.current = draft.version ?? versionRef.current;
    form.reset(baseRef.current);
    form.reset(draft.values, { keepDefaultValues: true });
    setRestored(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  useEffect(() => {
    if (!draftsOn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting: Values | undefined;
    const write = (values: Values) => {
      if (leavingRef.current) return;
      if (same(values, baseRef.current)) clearDraft(userId!, formKey!);
      else
        writeDraft(userId!, formKey!, {
          values,
          base: baseRef.current,
          version: versionRef.current,
        } satisfies Draft);
    };
    const cancel = () => {
      clearTimeout(timer);
      waiting = undefined;
    };
    // The last keystrokes are still in the debounce when the person leaves the page, the tab goes to the
    // background (a phone may then discard it) or the session ends: write them at once.
    const flush = () => {
      const values = waiting;
      cancel();
      if (values) write(values);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // eslint-disable-next-line react-hooks/incompatible-library -- a subscription, not a value read in render
    const subscription = form.watch((values) => {
      clearTimeout(timer);
      waiting = values as Values;
      timer = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    });
    const untrack = trackPendingDraft({ flush, cancel });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      // Unmounting is a navigation away (or the session's end): keep what is typed, unless discarded.
      flush();
      untrack();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      subscription.unsubscribe();
    };
  }, [draftsOn, form, userId, formKey]);

  const discardDraft = () => {
    if (draftsOn) clearDraft(userId!, formKey!);
    baseRef.current = defaultValues as Values;
    versionRef.current = version;
    form.reset(defaultValues as FieldValues);
    setRestored(false);
    setShowSummary(false);
    setFormError(null);
  };

  // --- unsaved changes guard -----------------------------------------------------------------------------
  const dirty = formState.isDirty;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const shouldBlock = useCallback(() => dirtyRef.current && !leavingRef.current, []);
  const discardAndLeave = useCallback(() => {
    leavingRef.current = true;
    if (draftsOn) clearDraft(userId!, formKey!);
  }, [draftsOn, userId, formKey]);

  // --- submit --------------------------------------------------------------------------------------------
  const focusFirst = (names: string[]) => {
    for (const name of names) {
      try {
        form.setFocus(name);
        return;
      } catch {
        // not a rendered field; try the next
      }
    }
  };

  const submit = form.handleSubmit(
    async (values) => {
      if (submittingRef.current) return;
      submittingRef.current = true;
      setFormError(null);
      setNotice(null);
      try {
        const result = await onSubmit(values as z.output<TSchema>, { version: versionRef.current });
        if (draftsOn) clearDraft(userId!, formKey!);
        setRestored(false);
        setShowSummary(false);
        // What was saved is the new base: the form is clean, the guard stands down.
        const saved = form.getValues();
        baseRef.current = saved;
        form.reset(saved);
        // formState catches up on the next render; onSuccess may navigate away before that.
        dirtyRef.current = false;
        onSuccess?.(result);
      } catch (error) {
        if (isApiError(error, 412)) {
          const current = error.problem.current;
          if (!current) {
            setFormError({ message: sharedMessages.ref('form.staleNoCurrent') });
            return;
          }
          const currentValues = (
            toValues ? toValues(current) : pickFormValues(current, baseRef.current)
          ) as Values;
          setConflict(summariseConflict(baseRef.current, currentValues, form.getValues()));
          const currentVersion = (current as { version?: unknown }).version;
          if (typeof currentVersion === 'number') pendingVersion.current = currentVersion;
          onConflict?.(current);
        } else if (
          isApiError(error) &&
          FIELD_ERROR_STATUSES.has(error.status) &&
          error.fieldErrors.length > 0
        ) {
          for (const fieldError of error.fieldErrors) {
            form.setError(fieldError.field, { type: 'server', message: fieldError.message });
          }
          setShowSummary(true);
          focusFirst(error.fieldErrors.map((fieldError) => fieldError.field));
        } else {
          // An outage or a refusal: say so, keep every value, and let the user try again.
          setFormError({ error });
        }
      } finally {
        submittingRef.current = false;
      }
    },
    () => setShowSummary(true),
  );

  // --- conflict resolution -------------------------------------------------------------------------------
  const resolveConflict = (keepMine: boolean) => {
    if (!conflict) return;
    baseRef.current = conflict.current;
    versionRef.current = pendingVersion.current ?? versionRef.current;
    form.reset(conflict.current);
    if (keepMine) {
      const merged = reapply(conflict);
      for (const field of conflict.myFields) form.setValue(field, merged[field], { shouldDirty: true });
      setNotice(sharedMessages.ref('form.reapplied'));
    } else {
      if (draftsOn) clearDraft(userId!, formKey!);
      setNotice(sharedMessages.ref('form.discarded'));
    }
    setConflict(null);
    setShowSummary(false);
  };

  const errors = flattenErrors(formState.errors);
  const saving = formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} aria-label={ariaLabel}>
        <Stack spacing={2}>
          {restored && (
            <Alert
              severity="info"
              action={
                <Button color="inherit" size="small" onClick={discardDraft}>
                  {t('form.discardDraft')}
                </Button>
              }
            >
              {t('form.restored')}
            </Alert>
          )}
          {notice && (
            <Alert severity="info" onClose={() => setNotice(null)} closeText={t('action.close')}>
              {translateMessage(notice)}
            </Alert>
          )}
          {showSummary && errors.length > 0 && (
            <ErrorSummary problems={errors} labels={labels} onFocusField={(name) => focusFirst([name])} />
          )}
          {formError && (
            <Alert severity="error" role="alert">
              {t('form.errorKept', {
                error:
                  'error' in formError ? describeError(formError.error) : translateMessage(formError.message),
              })}
            </Alert>
          )}

          {children}

          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
            {secondaryActions}
            <Button
              type="submit"
              variant="contained"
              disabled={saving}
              aria-busy={saving || undefined}
              startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
            >
              {translateMessage(submitLabel)}
            </Button>
          </Stack>
        </Stack>
      </Box>

      <ConflictDialog
        open={conflict !== null}
        summary={conflict}
        labels={labels}
        onReapply={() => resolveConflict(true)}
        onDiscard={() => resolveConflict(false)}
      />

      {guardUnsaved && dirty && <UnsavedChangesGuard shouldBlock={shouldBlock} onDiscard={discardAndLeave} />}
    </FormProvider>
  );
}
