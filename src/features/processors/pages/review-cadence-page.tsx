import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
import { ConsoleForm } from '@/shared/forms/console-form';
import { TextField } from '@/shared/forms/text-field';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { PROCESSORS_PATH } from '../api/keys';
import { useUpdateReviewCadence } from '../api/mutations';
import { useReviewCadence, type ReviewCadence } from '../api/queries';
import { processorsMessages } from '../i18n/messages';
import { REVIEW_CADENCE_LABELS, tierLabel } from '../model/labels';
import { RISK_TIERS, reviewCadenceInputSchema, type ReviewCadenceInput } from '../model/schemas';

const toValues = (cadence: ReviewCadence) => ({
  high: String(cadence.high),
  medium: String(cadence.medium),
  low: String(cadence.low),
});

export function ReviewCadencePage() {
  const t = useMessages(processorsMessages);
  const navigate = useNavigate();
  const canWrite = usePermission('processors.write');
  const cadence = useReviewCadence();
  const update = useUpdateReviewCadence();
  const crumbs = [{ label: t('list.title'), to: PROCESSORS_PATH }];
  const title = t('cadence.title');
  const intro = (
    <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
      {t('cadence.intro')}
    </Typography>
  );

  if (!cadence.data) {
    return <PageLoadState query={cadence} title={title} crumbs={crumbs} what={t('cadence.what')} />;
  }
  if (!canWrite) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        {intro}
        <Paper variant="outlined" sx={{ maxWidth: 480 }}>
          <Table aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('cadence.tier')}</TableCell>
                <TableCell scope="col">{t('cadence.every')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {RISK_TIERS.map((tier) => (
                <TableRow key={tier}>
                  <TableCell component="th" scope="row">
                    {tierLabel(tier)}
                  </TableCell>
                  <TableCell>{t('cadence.months', { months: cadence.data[tier] })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} />
      {intro}
      <Box sx={{ maxWidth: 720 }}>
        <ConsoleForm
          key={cadence.data.version}
          aria-label={title}
          schema={reviewCadenceInputSchema}
          defaultValues={toValues(cadence.data)}
          version={cadence.data.version}
          toValues={(current) => toValues(current as ReviewCadence)}
          labels={REVIEW_CADENCE_LABELS}
          formKey="processors.review-cadence"
          submitLabel={t('cadence.save')}
          onSubmit={(values, { version }) =>
            update.mutateAsync({ body: values as ReviewCadenceInput, version: version! })
          }
          onSuccess={() => navigate(PROCESSORS_PATH)}
        >
          <Grid container spacing={2}>
            {RISK_TIERS.map((tier) => (
              <Grid key={tier} size={{ xs: 12, sm: 4 }}>
                <TextField
                  name={tier}
                  label={REVIEW_CADENCE_LABELS.fields[tier]}
                  inputMode="numeric"
                  required
                />
              </Grid>
            ))}
          </Grid>
        </ConsoleForm>
      </Box>
    </>
  );
}
