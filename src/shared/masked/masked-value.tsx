import { useMutation } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { api, unwrap } from '@/shared/api/client';
import { describeError, isApiError } from '@/shared/api/errors';

export interface MaskedValueProps {
  entityType: string;
  entityId: string;
  field: string;
  masked: string | null;
  fieldLabel?: string;
}

/**
 * Personal data shown masked until someone needs it. Revealing asks the backend, which checks the role and
 * records who saw what. The clear value lives only in this component's mutation, never in a query cache that
 * other screens read, and is gone when the component unmounts or the user hides it.
 */
export function MaskedValue({ entityType, entityId, field, masked, fieldLabel = field }: MaskedValueProps) {
  const reveal = useMutation({
    // Dropped from the mutation cache as soon as this component goes away, so the clear value does not linger.
    gcTime: 0,
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/reveals', { body: { entityType, entityId, field } })),
  });

  if (reveal.isSuccess) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
        <span>{reveal.data.value ?? '(none)'}</span>
        <Button size="small" onClick={() => reveal.reset()} aria-label={`Hide ${fieldLabel}`}>
          Hide
        </Button>
      </Box>
    );
  }

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <span>{masked ?? '(none)'}</span>
      {masked !== null && (
        <Button
          size="small"
          onClick={() => reveal.mutate()}
          disabled={reveal.isPending}
          aria-label={`Reveal ${fieldLabel}`}
        >
          {reveal.isPending ? 'Revealing…' : 'Reveal'}
        </Button>
      )}
      {reveal.isError && (
        <Typography component="span" role="alert" variant="body2" color="error">
          {isApiError(reveal.error, 403)
            ? `You are not permitted to see the ${fieldLabel}.`
            : isApiError(reveal.error, 404) || isApiError(reveal.error, 422)
              ? `The ${fieldLabel} cannot be revealed.`
              : describeError(reveal.error)}
        </Typography>
      )}
    </Box>
  );
}
