import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import { LoadingBlock } from '@/shared/ui/loading-block';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { useCurrentUser } from '@/shared/auth/session';
import { ConsoleForm } from '@/shared/forms/console-form';
import { DateField } from '@/shared/forms/date-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { useCancelExpected, useExpectVisitor } from '../api/mutations';
import { useMyExpectedVisits, useSites, type ExpectedVisit } from '../api/queries';
import { formatDate } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { siteNamer } from '../components/format';
import { expectedVisitSchema, type ExpectedVisitValues } from '../model/schemas';
import { EXPECTED_VISIT_LABELS } from '../model/labels';
import { ActionsHeaderCell } from '@/shared/ui/actions-header-cell';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

function FocusName() {
  const { setFocus } = useFormContext();
  useEffect(() => setFocus('name'), [setFocus]);
  return null;
}

/** Every employee: tell the security desk whom to expect, and see (or cancel) the visitors one expects. */
export function MyVisitorsPage() {
  const t = useMessages(visitsMessages);
  const user = useCurrentUser();
  const sites = useSites();
  const expect = useExpectVisitor();
  const [round, setRound] = useState(0);
  const [last, setLast] = useState<ExpectedVisit | null>(null);
  const siteName = siteNamer(sites.data);
  const defaults: ExpectedVisitValues = {
    name: '',
    company: '',
    date: todayIso(),
    siteId: user.siteId,
    purpose: '',
  };

  return (
    <>
      <PageHeader title={t('myVisitors.title')} />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 5 }} component="section" aria-labelledby="expect-heading">
          <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
            <Typography id="expect-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
              {t('myVisitors.expectHeading')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('myVisitors.intro')}
            </Typography>
            {last && (
              <Alert severity="success" role="status" sx={{ mb: 2 }}>
                {t('myVisitors.expected', {
                  site: siteName(last.siteId),
                  name: last.name,
                  date: formatDate(last.date),
                })}
              </Alert>
            )}
            <ConsoleForm
              key={round}
              schema={expectedVisitSchema}
              defaultValues={defaults}
              formKey="visits.expect"
              labels={EXPECTED_VISIT_LABELS}
              submitLabel={t('myVisitors.submit')}
              aria-label={t('myVisitors.formLabel')}
              onSubmit={async (values) => expect.mutateAsync(values)}
              onSuccess={(result) => {
                setLast(result as ExpectedVisit);
                setRound((value) => value + 1);
              }}
            >
              {round > 0 && <FocusName />}
              <TextField name="name" label={t('myVisitors.nameLabel')} required autoComplete="off" />
              <TextField name="company" label={t('field.company')} required autoComplete="off" />
              <DateField name="date" label={t('field.date')} required min={todayIso()} />
              <SelectField
                name="siteId"
                label={t('field.site')}
                required
                options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
              <TextField name="purpose" label={t('myVisitors.purposeLabel')} autoComplete="off" />
            </ConsoleForm>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }} component="section" aria-labelledby="mine-heading">
          <Typography id="mine-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('myVisitors.mineHeading')}
          </Typography>
          <MyExpectedList siteName={siteName} />
        </Grid>
      </Grid>
    </>
  );
}

function MyExpectedList({ siteName }: { siteName: (id: string) => string }) {
  const t = useMessages(visitsMessages);
  const mine = useMyExpectedVisits();
  const cancel = useCancelExpected();
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Cancelling cannot be undone (the record goes), so it asks first, and says when it is done.
  const [confirming, setConfirming] = useState<ExpectedVisit | null>(null);
  const [cancelled, setCancelled] = useState<ExpectedVisit | null>(null);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (cancelled) message.current?.focus();
  }, [cancelled]);

  // Closing, the dialog gives focus back to the row's Cancel; once the visit is cancelled and its row goes,
  // focus moves on to the confirmation (above).
  const keep = () => setConfirming(null);
  const confirmCancel = () => {
    const visit = confirming;
    if (!visit) return;
    setConfirming(null);
    setCancelled(null);
    cancel.mutate(
      { id: visit.id, version: visit.version },
      {
        onSuccess: () => setCancelled(visit),
        onError: (error) => setErrors((current) => ({ ...current, [visit.id]: describeError(error) })),
      },
    );
  };

  if (mine.isPending) return <LoadingBlock height={120} label={t('myVisitors.loading')} />;
  if (mine.isError)
    return <QueryError error={mine.error} onRetry={() => void mine.refetch()} what={t('myVisitors.what')} />;
  return (
    <Box>
      {cancelled && (
        <Alert
          ref={message}
          tabIndex={-1}
          severity="success"
          role="status"
          sx={{ mb: 2 }}
          onClose={() => setCancelled(null)}
          closeText={sharedMessages.t('action.close')}
        >
          {t('myVisitors.cancelled', { name: cancelled.name, date: formatDate(cancelled.date) })}
        </Alert>
      )}
      {mine.data.items.length === 0 ? (
        <Typography color="text.secondary">{t('myVisitors.empty')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('myVisitors.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('column.date')}</TableCell>
                <TableCell scope="col">{t('column.visitor')}</TableCell>
                <TableCell scope="col">{t('column.site')}</TableCell>
                <TableCell scope="col">{t('column.status')}</TableCell>
                <ActionsHeaderCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {mine.data.items.map((visit) => (
                <TableRow key={visit.id}>
                  <TableCell>{formatDate(visit.date)}</TableCell>
                  <TableCell component="th" scope="row">
                    {visit.name}
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      component="span"
                      sx={{ display: 'block' }}
                    >
                      {visit.company}
                    </Typography>
                    {errors[visit.id] && (
                      <Alert severity="error" role="alert" sx={{ mt: 1, py: 0 }}>
                        {translateMessage(errors[visit.id])}
                      </Alert>
                    )}
                  </TableCell>
                  <TableCell>{siteName(visit.siteId)}</TableCell>
                  <TableCell>
                    {visit.status === 'arrived' ? (
                      <Chip size="small" color="success" label={t('value.expected.arrived')} />
                    ) : (
                      <Chip size="small" label={t('value.expected.expected')} />
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {visit.status === 'expected' && (
                      <Button
                        size="small"
                        onClick={() => {
                          setErrors(({ [visit.id]: _gone, ...rest }) => rest);
                          setConfirming(visit);
                        }}
                        disabled={cancel.isPending && cancel.variables?.id === visit.id}
                        aria-label={t('myVisitors.cancelLabel', {
                          name: visit.name,
                          date: formatDate(visit.date),
                        })}
                      >
                        {t('myVisitors.cancel')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Dialog
        open={confirming !== null}
        onClose={keep}
        aria-labelledby="cancel-visit-title"
        aria-describedby="cancel-visit-text"
      >
        <DialogTitle id="cancel-visit-title">{t('myVisitors.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="cancel-visit-text">
            {confirming &&
              t('myVisitors.confirmText', {
                name: confirming.name,
                company: confirming.company,
                date: formatDate(confirming.date),
              })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={keep} autoFocus>
            {t('myVisitors.keep')}
          </Button>
          <Button color="error" variant="contained" onClick={confirmCancel}>
            {t('myVisitors.confirmCancel')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
