import { useState, type FormEvent } from 'react';
import { useDraftValue } from '@/shared/forms/use-draft-value';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { describeError, isApiError } from '@/shared/api/errors';
import { HistoryPanel } from '@/shared/history/history-panel';
import { formatDateTime } from '@/shared/labels/format';
import { QueryError } from '@/shared/ui/query-error';
import { visitKeys } from '../api/keys';
import { useSetHistoryWindow } from '../api/mutations';
import { useHistoryWindow, type VisitHistoryWindow } from '../api/queries';
import { RETENTION_LABELS } from '../model/labels';
import { historyWindowSchema } from '../model/schemas';
import { Trans } from '@lingui/react';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/** What the form last said: the message is made in render, in the language of the moment. */
type Message =
  | { severity: 'success'; days: number }
  | { severity: 'error'; conflict: true }
  | { severity: 'error'; text: string };

/** How many days of history the security desk reads (the rest, and contact reveals, are the office's). */
export function DeskWindowSection() {
  const t = useMessages(visitsMessages);
  const deskWindow = useHistoryWindow();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="desk-window-title"
      sx={{ p: { xs: 2, md: 3 }, mt: 3, maxWidth: 720 }}
    >
      <Typography id="desk-window-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('deskWindow.title')}
      </Typography>
      {deskWindow.isError ? (
        <QueryError
          error={deskWindow.error}
          onRetry={() => void deskWindow.refetch()}
          what={t('deskWindow.what')}
        />
      ) : deskWindow.isPending ? (
        <Skeleton variant="rounded" height={96} />
      ) : (
        <DeskWindowForm current={deskWindow.data} />
      )}
      <Box sx={{ mt: 2 }}>
        <HistoryPanel
          entityType="visit-history-window"
          entityId="visit-history-window"
          title={t('deskWindow.historyTitle')}
          labels={RETENTION_LABELS}
          headingLevel={3}
        />
      </Box>
    </Paper>
  );
}

function DeskWindowForm({ current }: { current: VisitHistoryWindow }) {
  const t = useMessages(visitsMessages);
  const queryClient = useQueryClient();
  const save = useSetHistoryWindow();
  // A draft: what was typed survives a 412 (the setting reloads), a failed refresh of it, and a 401 or an idle
  // expiry followed by signing in again.
  const {
    value: text,
    change: setText,
    forget,
  } = useDraftValue('visits.desk-window.days', String(current.days));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const parsed = historyWindowSchema.shape.days.safeParse(text.trim() === '' ? Number.NaN : Number(text));
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]!.message);
      return;
    }
    setFieldError(null);
    save.mutate(
      { days: parsed.data, version: current.version },
      {
        onSuccess: (result) => {
          forget();
          setMessage({ severity: 'success', days: result.days });
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            setMessage({ severity: 'error', conflict: true });
            void queryClient.invalidateQueries({ queryKey: visitKeys.historyWindow() });
          } else if (isApiError(error) && error.fieldErrors[0]?.field === 'days') {
            setFieldError(error.fieldErrors[0].message);
          } else setMessage({ severity: 'error', text: describeError(error) });
        },
      },
    );
  };

  return (
    <>
      <Typography sx={{ mb: 2 }}>
        <Trans
          id={visitsMessages.id('deskWindow.summary')}
          values={{ days: current.days }}
          components={{ 0: <strong /> }}
        />{' '}
        {/* The backend answers its default as a record nobody has saved: version 1, dated at the epoch. */}
        {Date.parse(current.updatedAt) > 0
          ? t('deskWindow.lastChanged', {
              name: current.updatedBy.name,
              date: formatDateTime(current.updatedAt),
            })
          : t('deskWindow.default')}
      </Typography>
      {message && (
        <Alert
          severity={message.severity}
          role={message.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 2 }}
          onClose={() => setMessage(null)}
          closeText={sharedMessages.t('action.close')}
        >
          {'days' in message
            ? t('deskWindow.saved', { days: message.days })
            : 'conflict' in message
              ? t('deskWindow.conflict')
              : translateMessage(message.text)}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('deskWindow.formLabel')}
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label={t('deskWindow.field')}
          type="number"
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={Boolean(fieldError)}
          helperText={fieldError ? translateMessage(fieldError) : t('deskWindow.help')}
          required
          slotProps={{ htmlInput: { min: 1, max: 90, inputMode: 'numeric' } }}
          sx={{ width: 260 }}
        />
        <Button type="submit" variant="contained" disabled={save.isPending}>
          {t('deskWindow.save')}
        </Button>
      </Box>
    </>
  );
}
