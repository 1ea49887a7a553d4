import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import { LoadingBlock } from '@/shared/ui/loading-block';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { describeError, isApiError } from '@/shared/api/errors';
import { HistoryPanel } from '@/shared/history/history-panel';
import { useDraftValue } from '@/shared/forms/use-draft-value';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { visitKeys } from '../api/keys';
import { DeskWindowSection } from '../components/desk-window-form';
import { useSetRetention } from '../api/mutations';
import { retentionPreviewQuery, useRetention, type VisitRetention } from '../api/queries';
import { formatDateTime } from '@/shared/labels/format';
import { retentionSchema } from '../model/schemas';
import { RETENTION_LABELS } from '../model/labels';

type Preview = { days: number; cutoff: string; affected: number };
type Message = { severity: 'success' | 'error'; text: string };

/** How long visits keep personal data; shortening it shows what the purge will anonymise and asks first. */
export function RetentionPage() {
  const retention = useRetention();
  // Kept here, not in the form: a save (or a 412) reloads the setting and so re-mounts the form.
  const [message, setMessage] = useState<Message | null>(null);
  // A save or a 412 re-mounts the form, taking the focused button with it: the message takes the focus.
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  return (
    <>
      <PageHeader title="Visit retention" crumbs={[{ label: 'Visit history', to: '/visitors/history' }]} />
      {retention.isError ? (
        <QueryError
          error={retention.error}
          onRetry={() => void retention.refetch()}
          what="the retention setting"
        />
      ) : retention.isPending ? (
        <LoadingBlock height={200} label="Loading the retention setting" />
      ) : (
        <>
          {message && (
            <Alert
              ref={messageRef}
              tabIndex={-1}
              severity={message.severity}
              role={message.severity === 'error' ? 'alert' : 'status'}
              sx={{ mb: 2, maxWidth: 720 }}
              onClose={() => setMessage(null)}
            >
              {message.text}
            </Alert>
          )}
          <RetentionForm key={retention.data.version} current={retention.data} onMessage={setMessage} />
        </>
      )}
      <DeskWindowSection />
      <Box sx={{ mt: 3, maxWidth: 720 }}>
        <HistoryPanel
          entityType="visit-retention"
          entityId="visit-retention"
          title="Changes to the retention period"
          labels={RETENTION_LABELS}
        />
      </Box>
    </>
  );
}

function RetentionForm({
  current,
  onMessage,
}: {
  current: VisitRetention;
  onMessage: (message: Message | null) => void;
}) {
  const queryClient = useQueryClient();
  const save = useSetRetention();
  // A draft: a 412 re-mounts this form with the setting as it is now, and the number typed must survive it
  // (and a 401 and signing in again).
  const typed = useDraftValue('visits.retention.days', String(current.days));
  const text = typed.value;
  const setText = typed.change;
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [loadingPreview, setLoadingPreview] = useState(false);

  const parse = () => {
    const result = retentionSchema.shape.days.safeParse(text.trim() === '' ? Number.NaN : Number(text));
    if (!result.success) {
      setFieldError(result.error.issues[0]!.message);
      return undefined;
    }
    setFieldError(null);
    return result.data;
  };

  const loadPreview = async (days: number) => {
    setLoadingPreview(true);
    try {
      const answer = await queryClient.fetchQuery(retentionPreviewQuery(days));
      setPreview(answer);
      return answer;
    } catch (error) {
      setFormError(describeError(error));
      return undefined;
    } finally {
      setLoadingPreview(false);
    }
  };

  const persist = (days: number, confirmPurge: boolean) => {
    setFormError(null);
    save.mutate(
      { days, confirmPurge, version: current.version },
      {
        onSuccess: (result) => {
          typed.forget();
          onMessage({
            severity: 'success',
            text: `Saved: visits are kept for ${result.days} days. The purge anonymised ${result.lastPurgeCount} visits.`,
          });
        },
        onError: (error) => {
          setConfirming(false);
          if (isApiError(error, 412)) {
            const theirs = (error.problem.current as { days?: unknown } | undefined)?.days;
            onMessage({
              severity: 'error',
              text: `Someone else changed the retention period${typeof theirs === 'number' ? ` to ${theirs} days` : ''} meanwhile, so your ${days} days were not saved. The field keeps them: check and save again.`,
            });
            void queryClient.invalidateQueries({ queryKey: visitKeys.retention() });
          } else if (isApiError(error) && error.fieldErrors[0]?.field === 'days')
            setFieldError(error.fieldErrors[0].message);
          else setFormError(describeError(error));
        },
      },
    );
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    onMessage(null);
    const days = parse();
    if (days === undefined) return;
    if (days >= current.days) {
      persist(days, false);
      return;
    }
    // Shortening anonymises visits now: show how many, and ask.
    if (await loadPreview(days)) setConfirming(true);
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, maxWidth: 720 }}>
      <Typography sx={{ mb: 2 }}>
        Visits are kept with the visitor’s name, company and contact for <strong>{current.days} days</strong>{' '}
        after they end; then the backend anonymises them. Last changed by {current.updatedBy.name} on{' '}
        {formatDateTime(current.updatedAt)}.
        {current.lastPurgeAt &&
          ` Last purge ${formatDateTime(current.lastPurgeAt)}: ${current.lastPurgeCount} visits anonymised.`}
      </Typography>
      {formError && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {formError}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label="Retention period"
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label="Retention period (days)"
          type="number"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPreview(null);
          }}
          error={Boolean(fieldError)}
          helperText={fieldError ?? 'Between 1 and 3650 days.'}
          required
          slotProps={{ htmlInput: { min: 1, max: 3650, inputMode: 'numeric' } }}
          sx={{ width: 260 }}
        />
        <Button
          variant="outlined"
          disabled={loadingPreview}
          onClick={() => {
            const days = parse();
            if (days !== undefined) void loadPreview(days);
          }}
        >
          Preview purge
        </Button>
        <Button type="submit" variant="contained" disabled={save.isPending || loadingPreview}>
          Save
        </Button>
      </Box>
      {preview && (
        <Alert severity={preview.affected > 0 ? 'warning' : 'info'} role="status" sx={{ mt: 2 }}>
          With {preview.days} days, the next purge anonymises {preview.affected} visits that ended before{' '}
          {formatDateTime(preview.cutoff)}.
        </Alert>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="confirm-purge-title"
        aria-describedby="confirm-purge-text"
      >
        <DialogTitle id="confirm-purge-title">Shorten the retention period?</DialogTitle>
        <DialogContent>
          <DialogContentText id="confirm-purge-text">
            Shortening from {current.days} to {preview?.days} days anonymises {preview?.affected} visits now:
            their names, companies and contacts are replaced and cannot be restored. The purge is recorded in
            the audit trail.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} autoFocus>
            Keep {current.days} days
          </Button>
          <Button
            color="error"
            variant="contained"
            disabled={save.isPending}
            onClick={() => preview && persist(preview.days, true)}
          >
            Shorten and anonymise {preview?.affected} visits
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
