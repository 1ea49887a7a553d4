import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeError } from '@/shared/api/errors';

/** A failed load, said in words, with a way to try again: never a blank page. */
export function QueryError({ error, onRetry, what }: { error: unknown; onRetry: () => void; what?: string }) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      {what ? `Could not load ${what}. ` : ''}
      {describeError(error)}
    </Alert>
  );
}
