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
import { ConsoleForm } from '@/shared/forms/console-form';
import { TextField } from '@/shared/forms/text-field';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useUpdateReviewCadence } from '../api/mutations';
import { useReviewCadence, type ReviewCadence } from '../api/queries';
import { REVIEW_CADENCE_LABELS, TIER_LABELS } from '../model/labels';
import { RISK_TIERS, reviewCadenceInputSchema, type ReviewCadenceInput } from '../model/schemas';

const toValues = (cadence: ReviewCadence) => ({
  high: String(cadence.high),
  medium: String(cadence.medium),
  low: String(cadence.low),
});

export function ReviewCadencePage() {
  const navigate = useNavigate();
  const canWrite = usePermission('processors.write');
  const cadence = useReviewCadence();
  const update = useUpdateReviewCadence();
  const crumbs = [{ label: 'Processors', to: '/processors' }];
  const intro = (
    <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
      How often each processor is reviewed, by its risk tier. The next review falls due this many months after
      the last one; a processor never reviewed is due from the day it was registered. Changing the cadence
      moves every next review date.
    </Typography>
  );

  if (!cadence.data) {
    return <PageLoadState query={cadence} title="Review cadence" crumbs={crumbs} what="the review cadence" />;
  }
  if (!canWrite) {
    return (
      <>
        <PageHeader title="Review cadence" crumbs={crumbs} />
        {intro}
        <Paper variant="outlined" sx={{ maxWidth: 480 }}>
          <Table aria-label="Review cadence">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Risk tier</TableCell>
                <TableCell scope="col">Reviewed every</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {RISK_TIERS.map((tier) => (
                <TableRow key={tier}>
                  <TableCell component="th" scope="row">
                    {TIER_LABELS[tier]}
                  </TableCell>
                  <TableCell>{cadence.data[tier]} months</TableCell>
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
      <PageHeader title="Review cadence" crumbs={crumbs} />
      {intro}
      <Box sx={{ maxWidth: 720 }}>
        <ConsoleForm
          key={cadence.data.version}
          aria-label="Review cadence"
          schema={reviewCadenceInputSchema}
          defaultValues={toValues(cadence.data)}
          version={cadence.data.version}
          toValues={(current) => toValues(current as ReviewCadence)}
          labels={REVIEW_CADENCE_LABELS}
          formKey="processors.review-cadence"
          submitLabel="Save cadence"
          onSubmit={(values, { version }) =>
            update.mutateAsync({ body: values as ReviewCadenceInput, version: version! })
          }
          onSuccess={() => navigate('/processors')}
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
