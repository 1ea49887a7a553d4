import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeError } from '@/shared/api/errors';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/** A failed load, said in words, with a way to try again: never a blank page. */
export function QueryError({ error, onRetry, what }: { error: unknown; onRetry: () => void; what?: string }) {
  const t = useMessages(sharedMessages);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      }
    >
      {what ? `${t('errors.couldNotLoad', { what: translateMessage(what) })} ` : ''}
      {describeError(error)}
    </Alert>
  );
}
