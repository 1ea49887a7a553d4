import { useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { LoadingBlock } from '@/shared/ui/loading-block';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { describeError, isApiError } from '@/shared/api/errors';
import { useDraftValue } from '@/shared/forms/use-draft-value';
import { QueryError } from '@/shared/ui/query-error';
import { useCheckInExpected } from '../api/mutations';
import { useExpectedToday, type ExpectedVisit, type Site } from '../api/queries';
import { expectedCheckInSchema } from '../model/schemas';
import { siteNamer } from './format';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

const badgeInputId = (visitId: string) => `expected-badge-${visitId}`;

/** Today's expected visitors at the site: the desk types the badge number and presses Enter. */
export function ExpectedToday({ siteId, sites }: { siteId: string | undefined; sites: Site[] }) {
  const t = useMessages(visitsMessages);
  const expected = useExpectedToday(siteId);
  const siteName = siteNamer(sites);
  const [arrived, setArrived] = useState<{ name: string; badge: string } | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  if (expected.isPending) return <LoadingBlock height={80} label={t('expected.loading')} />;
  // A failed refresh keeps the rows, and the badges typed in them, under the error.
  const refreshError = expected.isError && (
    <QueryError error={expected.error} onRetry={() => void expected.refetch()} what={t('expected.what')} />
  );
  if (!expected.data) return refreshError;
  const items = expected.data.items;

  // The row goes once the list refreshes: focus moves on to the next visitor's badge (the queue at the desk),
  // or to the confirmation when nobody else is expected.
  const onCheckedIn = (visit: ExpectedVisit, badge: string) => {
    setArrived({ name: visit.name, badge });
    const index = items.findIndex((item) => item.id === visit.id);
    const next = items[index + 1] ?? items[index - 1];
    const target = next ? document.getElementById(badgeInputId(next.id)) : null;
    if (target) target.focus();
    else requestAnimationFrame(() => confirmation.current?.focus());
  };

  return (
    <>
      {refreshError}
      {arrived && (
        <Alert
          ref={confirmation}
          tabIndex={-1}
          severity="success"
          role="status"
          sx={{ mb: 1 }}
          onClose={() => setArrived(null)}
          closeText={sharedMessages.t('action.close')}
        >
          {t('expected.arrived', { name: arrived.name, badge: arrived.badge })}
        </Alert>
      )}
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('expected.empty')}</Typography>
      ) : (
        <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {items.map((visit) => (
            <li key={visit.id}>
              <ExpectedRow
                visit={visit}
                siteName={siteId ? undefined : siteName(visit.siteId)}
                onCheckedIn={onCheckedIn}
              />
            </li>
          ))}
        </Stack>
      )}
    </>
  );
}

function ExpectedRow({
  visit,
  siteName,
  onCheckedIn,
}: {
  visit: ExpectedVisit;
  siteName: string | undefined;
  onCheckedIn: (visit: ExpectedVisit, badge: string) => void;
}) {
  const t = useMessages(visitsMessages);
  const checkIn = useCheckInExpected();
  // A draft: a 401 (or an idle expiry) and signing in again, or a failed refresh, does not lose the badge.
  const { value: badge, change: setBadge, forget } = useDraftValue(`visits.expected-badge.${visit.id}`, '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const inputId = badgeInputId(visit.id);

  const submit = (confirmDuplicate: boolean) => {
    setRowError(null);
    const parsed = expectedCheckInSchema.safeParse({ badge, confirmDuplicate });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]!.message);
      return;
    }
    setFieldError(null);
    checkIn.mutate(
      { id: visit.id, ...parsed.data },
      {
        onSuccess: () => {
          forget();
          onCheckedIn(visit, parsed.data.badge);
        },
        onError: (error) => {
          const field = isApiError(error) ? error.fieldErrors[0] : undefined;
          if (field?.field === 'badge') setFieldError(field.message);
          else if (field?.field === 'name' && isApiError(error, 409)) setDuplicate(field.message);
          else setRowError(describeError(error));
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(false);
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5 }}>
      <Box
        component="form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('expected.formLabel', { name: visit.name })}
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <Box sx={{ flex: '1 1 220px' }}>
          <Typography sx={{ fontWeight: 600 }}>{visit.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {siteName
              ? t('expected.visitingAt', { company: visit.company, host: visit.hostName, site: siteName })
              : t('expected.visiting', { company: visit.company, host: visit.hostName })}
          </Typography>
        </Box>
        <TextField
          id={inputId}
          size="small"
          label={t('expected.badge')}
          value={badge}
          onChange={(event) => {
            setBadge(event.target.value);
            setDuplicate(null);
          }}
          error={Boolean(fieldError)}
          helperText={
            fieldError ? translateMessage(fieldError) : t('expected.badgeHelp', { name: visit.name })
          }
          autoComplete="off"
          sx={{ width: 200 }}
        />
        <Button type="submit" variant="contained" disabled={checkIn.isPending}>
          {t('expected.checkIn')}
        </Button>
      </Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {t('expected.handNotice', { name: visit.name })}
      </Typography>
      {duplicate && (
        <Alert
          severity="warning"
          role="alert"
          sx={{ mt: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => submit(true)}>
              {t('expected.checkInAnyway')}
            </Button>
          }
        >
          {translateMessage(duplicate)}
        </Alert>
      )}
      {rowError && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {translateMessage(rowError)}
        </Alert>
      )}
    </Paper>
  );
}
