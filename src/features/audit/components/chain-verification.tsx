// Whether the hash chain is intact over a run of the trail, said plainly, with each problem where it is.
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import { QueryError } from '@/shared/ui/query-error';
import { verificationQueryOptions, type VerificationQuery } from '../api/audit-trail-list';
import { auditMessages } from '../i18n/messages';

export function ChainVerification({
  query,
  enabled = true,
}: {
  query: VerificationQuery;
  enabled?: boolean;
}) {
  const t = useMessages(auditMessages);
  const verification = useQuery({ ...verificationQueryOptions(query), enabled, staleTime: 0 });
  const again = (
    <Button color="inherit" size="small" onClick={() => void verification.refetch()}>
      {t('verify.again')}
    </Button>
  );
  if (!enabled || verification.isPending)
    return (
      <Alert severity="info" role="status" aria-busy={enabled}>
        {t('verify.checking')}
      </Alert>
    );
  if (verification.isError)
    return (
      <QueryError
        error={verification.error}
        onRetry={() => void verification.refetch()}
        what={t('verify.errorWhat')}
      />
    );
  const { intact, checked, firstSeq, lastSeq, problems } = verification.data;
  const range = { checked, first: formatNumber(firstSeq ?? 0), last: formatNumber(lastSeq ?? 0) };
  return (
    <Alert severity={intact ? 'success' : 'error'} role={intact ? 'status' : 'alert'} action={again}>
      <AlertTitle>{t('verify.heading')}</AlertTitle>
      {checked === 0
        ? t('verify.intactEmpty')
        : intact
          ? t('verify.intact', range)
          : t('verify.broken', { ...range, count: problems.length })}
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={`${p.seq}-${p.kind}`}>{t(`verify.problem.${p.kind}`, { seq: formatNumber(p.seq) })}</li>
          ))}
        </ul>
      )}
      <Typography variant="body2">{t('verify.scope')}</Typography>
    </Alert>
  );
}
