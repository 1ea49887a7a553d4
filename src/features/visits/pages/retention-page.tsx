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
import { Trans } from '@lingui/react';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

const HISTORY_PATH = '/visitors/history';

type Preview = { days: number; cutoff: string; affected: number };
/** What the page last said: the message is made in render, in the language of the moment. */
type Message =
  | { severity: 'success'; days: number; count: number }
  | { severity: 'error'; conflict: { days: number; theirs?: number } }
  | { severity: 'error'; text: string };

/** How long visits keep personal data; shortening it shows what the purge will anonymise and asks first. */
export function RetentionPage() {
  const t = useMessages(visitsMessages);
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
      <PageHeader title={t('retention.title')} crumbs={[{ label: t('history.title'), to: HISTORY_PATH }]} />
      {retention.isError ? (
        <QueryError
          error={retention.error}
          onRetry={() => void retention.refetch()}
          what={t('retention.what')}
        />
      ) : retention.isPending ? (
        <LoadingBlock height={200} label={t('retention.loading')} />
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
              closeText={sharedMessages.t('action.close')}
            >
              {'days' in message
                ? t('retention.saved', { days: message.days, count: message.count })
                : 'conflict' in message
                  ? message.conflict.theirs === undefined
                    ? t('retention.conflict', { days: message.conflict.days })
                    : t('retention.conflictTo', message.conflict)
                  : translateMessage(message.text)}
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
          title={t('retention.historyTitle')}
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
  const t = useMessages(visitsMessages);
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
          onMessage({ severity: 'success', days: result.days, count: result.lastPurgeCount });
        },
        onError: (error) => {
          setConfirming(false);
          if (isApiError(error, 412)) {
            const theirs = (error.problem.current as { days?: unknown } | undefined)?.days;
            onMessage({
              severity: 'error',
              conflict: { days, ...(typeof theirs === 'number' && { theirs }) },
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
        <Trans
          id={visitsMessages.id('retention.summary')}
          values={{
            days: current.days,
            name: current.updatedBy.name,
            date: formatDateTime(current.updatedAt),
          }}
          components={{ 0: <strong /> }}
        />
        {current.lastPurgeAt && (
          <>
            {' '}
            {t('retention.lastPurge', {
              date: formatDateTime(current.lastPurgeAt),
              count: current.lastPurgeCount,
            })}
          </>
        )}
      </Typography>
      {formError && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {translateMessage(formError)}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label={t('retention.formLabel')}
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label={t('retention.field')}
          type="number"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPreview(null);
          }}
          error={Boolean(fieldError)}
          helperText={fieldError ? translateMessage(fieldError) : t('retention.help')}
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
          {t('retention.preview')}
        </Button>
        <Button type="submit" variant="contained" disabled={save.isPending || loadingPreview}>
          {t('retention.save')}
        </Button>
      </Box>
      {preview && (
        <Alert severity={preview.affected > 0 ? 'warning' : 'info'} role="status" sx={{ mt: 2 }}>
          {t('retention.previewResult', {
            days: preview.days,
            affected: preview.affected,
            date: formatDateTime(preview.cutoff),
          })}
        </Alert>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="confirm-purge-title"
        aria-describedby="confirm-purge-text"
      >
        <DialogTitle id="confirm-purge-title">{t('retention.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="confirm-purge-text">
            {preview &&
              t('retention.confirmText', {
                from: current.days,
                to: preview.days,
                affected: preview.affected,
              })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} autoFocus>
            {t('retention.keep', { days: current.days })}
          </Button>
          <Button
            color="error"
            variant="contained"
            disabled={save.isPending}
            onClick={() => preview && persist(preview.days, true)}
          >
            {t('retention.shorten', { affected: preview?.affected ?? 0 })}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
