// Whether the hash chain is intact over a run of the trail, said plainly, with each problem where it is.
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { components } from '@/shared/api/schema';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import { QueryError } from '@/shared/ui/query-error';
import { verificationQueryOptions, type VerificationQuery } from '../api/audit-trail-list';
import { auditMessages } from '../i18n/messages';

type AuditVerification = components['schemas']['AuditVerification'];

/** A verification's outcome: intact, or broken with each problem at its place in the chain. */
export function VerificationResult({
  verification,
  action,
  scope,
}: {
  verification: AuditVerification;
  action?: ReactNode;
  /** What was checked, said under the outcome. */
  scope: string;
}) {
  const t = useMessages(auditMessages);
  const { intact, checked, firstSeq, lastSeq, problems } = verification;
  const range = { checked, first: formatNumber(firstSeq ?? 0), last: formatNumber(lastSeq ?? 0) };
  return (
    <Alert severity={intact ? 'success' : 'error'} role={intact ? 'status' : 'alert'} action={action}>
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
      <Typography variant="body2">{scope}</Typography>
    </Alert>
  );
}

export function ChainVerification({
  query,
  enabled = true,
}: {
  query: VerificationQuery;
  enabled?: boolean;
}) {
  const t = useMessages(auditMessages);
  const verification = useQuery({ ...verificationQueryOptions(query), enabled, staleTime: 0 });
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
  return (
    <VerificationResult
      verification={verification.data}
      scope={t('verify.scope')}
      action={
        <Button color="inherit" size="small" onClick={() => void verification.refetch()}>
          {t('verify.again')}
        </Button>
      }
    />
  );
}
