import { useId, useState, type FormEvent } from 'react';
import { useDraftValue } from '@/shared/forms/use-draft-value';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api, unwrap } from '@/shared/api/client';
import { describeError, isApiError } from '@/shared/api/errors';
import { historyKeys } from '@/shared/history/history-queries';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export interface MaskedValueProps {
  entityType: string;
  entityId: string;
  field: string;
  masked: string | null;
  fieldLabel?: string;
  /**
   * Ask the person why they need the clear value before revealing it (a visitor's or complainant's contact:
   * access-logging rules want the reason recorded; the backend answers 422 without one).
   */
  askReason?: boolean;
  /** Whether the signed-in person may reveal it at all; without, only the masked value shows. */
  canReveal?: boolean;
}

const REASON_MAX = 500;

/**
 * Personal data shown masked until someone needs it. Revealing asks the backend, which checks the role and
 * records who saw what (and why, when asked) on the record's history, which this refreshes so the reveal
 * shows there at once. The clear value lives only in this component's mutation, never in a query cache that
 * other screens read, and is gone when the component unmounts or the user hides it.
 */
export function MaskedValue({
  entityType,
  entityId,
  field,
  masked,
  fieldLabel: fieldLabelGiven = field,
  askReason = false,
  canReveal = true,
}: MaskedValueProps) {
  const t = useMessages(sharedMessages);
  const fieldLabel = translateMessage(fieldLabelGiven);
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  // A draft: the reason survives a 401 or an idle expiry (the dialog goes with the page) and is there when
  // the dialog opens again after signing in.
  const reasonDraft = useDraftValue(`masked.reveal-reason.${entityType}.${entityId}.${field}`, '');
  const reveal = useMutation({
    // Dropped from the mutation cache as soon as this component goes away, so the clear value does not linger.
    gcTime: 0,
    mutationFn: async (reason: string | undefined) =>
      unwrap(
        await api.POST('/api/v1/reveals', {
          body: { entityType, entityId, field, ...(reason !== undefined && { reason }) },
        }),
      ),
    onSuccess: () => {
      setAsking(false);
      reasonDraft.forget();
      void queryClient.invalidateQueries({ queryKey: historyKeys.forEntity(entityType, entityId) });
    },
  });

  if (reveal.isSuccess) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
        <span>{reveal.data.value ?? t('value.none')}</span>
        <Button
          size="small"
          onClick={() => reveal.reset()}
          aria-label={t('masked.hideLabel', { field: fieldLabel })}
        >
          {t('masked.hide')}
        </Button>
      </Box>
    );
  }

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <span>{masked ?? t('value.none')}</span>
      {masked !== null && canReveal && (
        <Button
          size="small"
          onClick={() => (askReason ? setAsking(true) : reveal.mutate(undefined))}
          disabled={reveal.isPending}
          aria-label={t('masked.revealLabel', { field: fieldLabel })}
        >
          {reveal.isPending && !asking ? t('masked.revealing') : t('masked.reveal')}
        </Button>
      )}
      {reveal.isError && !asking && <RevealError error={reveal.error} fieldLabel={fieldLabel} />}
      {askReason && (
        <ReasonDialog
          open={asking}
          reason={reasonDraft.value}
          setReason={reasonDraft.change}
          fieldLabel={fieldLabel}
          pending={reveal.isPending}
          error={reveal.isError ? reveal.error : null}
          onCancel={() => {
            setAsking(false);
            reasonDraft.change('');
            reveal.reset();
          }}
          onReveal={(reason) => reveal.mutate(reason)}
        />
      )}
    </Box>
  );
}

function RevealError({ error, fieldLabel }: { error: Error; fieldLabel: string }) {
  const t = useMessages(sharedMessages);
  return (
    <Typography component="span" role="alert" variant="body2" color="error">
      {isApiError(error, 403)
        ? t('masked.notPermitted', { field: fieldLabel })
        : isApiError(error, 404) || (isApiError(error, 422) && error.fieldErrors[0]?.field !== 'reason')
          ? t('masked.cannotReveal', { field: fieldLabel })
          : describeError(error)}
    </Typography>
  );
}

/**
 * A short, required reason; kept as typed whatever the answer, and as a draft through a 401 or an idle
 * expiry (the dialog goes with the page; opening it again after signing in finds the reason).
 */
function ReasonDialog({
  open,
  reason,
  setReason,
  fieldLabel,
  pending,
  error,
  onCancel,
  onReveal,
}: {
  open: boolean;
  reason: string;
  setReason: (reason: string) => void;
  fieldLabel: string;
  pending: boolean;
  error: Error | null;
  onCancel: () => void;
  onReveal: (reason: string) => void;
}) {
  const t = useMessages(sharedMessages);
  const id = useId();
  const [missing, setMissing] = useState(false);
  const serverReasonError =
    error && isApiError(error, 422)
      ? error.fieldErrors.find((e) => e.field === 'reason')?.message
      : undefined;
  const reasonError = missing ? t('masked.reasonRequired') : serverReasonError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onReveal(trimmed);
  };

  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={`${id}-title`}>{t('masked.dialogTitle', { field: fieldLabel })}</DialogTitle>
        <DialogContent>
          <DialogContentText id={`${id}-text`} sx={{ mb: 2 }}>
            {t('masked.dialogText')}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            label={t('masked.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={Boolean(reasonError)}
            helperText={reasonError ?? t('masked.reasonHint')}
            slotProps={{ htmlInput: { maxLength: REASON_MAX } }}
          />
          {error && !serverReasonError && <RevealError error={error} fieldLabel={fieldLabel} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? t('masked.revealing') : t('masked.reveal')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
