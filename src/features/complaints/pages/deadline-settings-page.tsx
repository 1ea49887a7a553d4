import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
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
import { useUpdateDeadlineSettings } from '../api/mutations';
import { deadlineSettingsQuery } from '../api/queries';
import { DEADLINE_SETTINGS_LABELS, JURISDICTION_LABELS } from '../model/labels';
import { RESPONSE_RULES } from '../model/rules';
import { deadlineSettingsInputSchema, JURISDICTIONS, type DeadlineSettingsInput } from '../model/schemas';

type Settings = { acknowledgementBusinessDays: number; defaultResponseDays: number };
const toValues = (settings: Settings) => ({
  acknowledgementBusinessDays: String(settings.acknowledgementBusinessDays),
  defaultResponseDays: String(settings.defaultResponseDays),
});

const CRUMBS = [{ label: 'Complaints', to: '/complaints' }];

/** The rules table, in words: what each law gives, and where the rule comes from. */
function RulesTable({ defaultDays }: { defaultDays: number }) {
  return (
    // On a phone the table scrolls sideways in its own box, by touch or from the keyboard.
    <Paper
      variant="outlined"
      tabIndex={0}
      role="group"
      aria-label="Response deadlines by jurisdiction"
      sx={{ mb: 3, overflowX: 'auto' }}
    >
      <Table aria-label="Response deadlines by jurisdiction" size="small">
        <TableHead>
          <TableRow>
            <TableCell scope="col">Jurisdiction</TableCell>
            <TableCell scope="col">Respond within</TableCell>
            <TableCell scope="col">Extension</TableCell>
            <TableCell scope="col">Source</TableCell>
            <TableCell scope="col">On a weekend or holiday</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {JURISDICTIONS.map((jurisdiction) => {
            const rule = RESPONSE_RULES[jurisdiction];
            return (
              <TableRow key={jurisdiction}>
                <TableCell component="th" scope="row">
                  {JURISDICTION_LABELS[jurisdiction]}
                </TableCell>
                <TableCell>
                  {rule.period === 'setting'
                    ? `${defaultDays} days (this setting)`
                    : 'months' in rule.period
                      ? 'One month'
                      : `${rule.period.days} days`}
                </TableCell>
                <TableCell>
                  {rule.extension ? `${rule.extension.months} more months, with a reason` : 'None'}
                </TableCell>
                <TableCell>{rule.source}</TableCell>
                <TableCell>
                  {rule.rollsForward ? `Next business day (${rule.rollsForward})` : 'Stays'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}

export function DeadlineSettingsPage() {
  const navigate = useNavigate();
  const canWrite = usePermission('complaints.write');
  const settings = useQuery(deadlineSettingsQuery);
  const update = useUpdateDeadlineSettings();
  const title = 'Complaint deadlines';
  if (!settings.data)
    return <PageLoadState query={settings} title={title} crumbs={CRUMBS} what="the deadline settings" />;
  const data = settings.data;
  return (
    <>
      <PageHeader title={title} crumbs={CRUMBS} />
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        Every complaint’s clock runs from its received date under the law of where the complainant lives.
        Business days skip weekends and the public holidays of Canada, Quebec, the United States, England and
        Wales, Ireland, France and Germany; elsewhere only weekends. Changing a setting moves every
        complaint’s deadlines.
      </Typography>
      <RulesTable defaultDays={data.defaultResponseDays} />
      {canWrite && (
        <Box sx={{ maxWidth: 720 }}>
          <ConsoleForm
            key={data.version}
            aria-label="Deadline settings"
            schema={deadlineSettingsInputSchema}
            defaultValues={toValues(data)}
            version={data.version}
            toValues={(current) => toValues(current as Settings)}
            labels={DEADLINE_SETTINGS_LABELS}
            formKey="complaints.deadline-settings"
            submitLabel="Save settings"
            onSubmit={(values, { version }) =>
              update.mutateAsync({ body: values as DeadlineSettingsInput, version: version! })
            }
            onSuccess={() => navigate('/complaints')}
          >
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextField
                  name="acknowledgementBusinessDays"
                  label={DEADLINE_SETTINGS_LABELS.fields.acknowledgementBusinessDays}
                  inputMode="numeric"
                  required
                  helperText="Every complaint, whatever the law."
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextField
                  name="defaultResponseDays"
                  label={DEADLINE_SETTINGS_LABELS.fields.defaultResponseDays}
                  inputMode="numeric"
                  required
                  helperText="Where no law in the table applies."
                />
              </Grid>
            </Grid>
          </ConsoleForm>
        </Box>
      )}
    </>
  );
}
