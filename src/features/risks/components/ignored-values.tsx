// A typed-in or stale link may name a filter value the register does not take (?likelihood=9, ?sort=bogus).
// The list asks without it (risk-list.ts), the address bar drops it, and the page says what was ignored, so
// the list loads instead of failing with "Validation failed".
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { useMessages } from '@/shared/i18n/messages';
import { fieldLabel } from '@/shared/labels/record-labels';
import { invalidListParams } from '../api/risk-list';
import { risksMessages } from '../i18n/messages';
import { RISK_LABELS } from '../model/labels';

type Ignored = { field: string; value: string }[];

/** Clears the URL's values the register does not take; returns what was cleared (until the next change). */
export function useIgnoredListValues(): Ignored {
  const [searchParams, setSearchParams] = useSearchParams();
  const [ignored, setIgnored] = useState<Ignored>([]);
  const invalid = invalidListParams(Object.fromEntries(searchParams));
  const signature = JSON.stringify(invalid);
  // Kept once the URL is cleared (adjusting state while rendering, so the notice shows with the first rows).
  if (invalid.length > 0 && JSON.stringify(ignored) !== signature) setIgnored(invalid);
  useEffect(() => {
    const found = JSON.parse(signature) as Ignored;
    if (found.length === 0) return;
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const { field } of found) next.delete(field);
        return next;
      },
      { replace: true },
    );
  }, [signature, setSearchParams]);
  return ignored;
}

export function IgnoredValuesNotice({ ignored }: { ignored: Ignored }) {
  const t = useMessages(risksMessages);
  if (ignored.length === 0) return null;
  const values = ignored
    .map(({ field, value }) => t('list.ignoredValue', { field: fieldLabel(RISK_LABELS, field), value }))
    .join(', ');
  return (
    <Alert severity="info" role="status" sx={{ mb: 2 }}>
      {t('list.ignored', { count: ignored.length, values })}
    </Alert>
  );
}
