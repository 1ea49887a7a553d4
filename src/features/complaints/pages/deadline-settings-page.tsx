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
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { TextField } from '@/shared/forms/text-field';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useUpdateDeadlineSettings } from '../api/mutations';
import { deadlineSettingsQuery } from '../api/queries';
import { useListCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { DEADLINE_SETTINGS_LABELS, JURISDICTION_LABELS } from '../model/labels';
import { RESPONSE_RULES } from '../model/rules';
import { deadlineSettingsInputSchema, JURISDICTIONS, type DeadlineSettingsInput } from '../model/schemas';

type Settings = { acknowledgementBusinessDays: number; defaultResponseDays: number };
const toValues = (settings: Settings) => ({
  acknowledgementBusinessDays: String(settings.acknowledgementBusinessDays),
  defaultResponseDays: String(settings.defaultResponseDays),
});

/** The rules table, in words: what each law gives, and where the rule comes from. */
function RulesTable({ defaultDays }: { defaultDays: number }) {
  const t = useMessages(complaintsMessages);
  return (
    // On a phone the table scrolls sideways in its own box, by touch or from the keyboard.
    <Paper
      variant="outlined"
      tabIndex={0}
      role="group"
      aria-label={t('settings.rulesLabel')}
      sx={{ mb: 3, overflowX: 'auto' }}
    >
      <Table aria-label={t('settings.rulesLabel')} size="small">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('field.jurisdiction')}</TableCell>
            <TableCell scope="col">{t('settings.column.within')}</TableCell>
            <TableCell scope="col">{t('settings.column.extension')}</TableCell>
            <TableCell scope="col">{t('settings.column.source')}</TableCell>
            <TableCell scope="col">{t('settings.column.rollsForward')}</TableCell>
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
                    ? t('settings.periodSetting', { days: defaultDays })
                    : 'months' in rule.period
                      ? t('settings.periodMonths', { months: rule.period.months })
                      : t('settings.periodDays', { days: rule.period.days })}
                </TableCell>
                <TableCell>
                  {rule.extension
                    ? t('settings.extension', { months: rule.extension.months })
                    : t('settings.noExtension')}
                </TableCell>
                <TableCell>{translateMessage(rule.source)}</TableCell>
                <TableCell>
                  {rule.rollsForward
                    ? t('settings.rollsForward', { source: translateMessage(rule.rollsForward) })
                    : t('settings.stays')}
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
  const t = useMessages(complaintsMessages);
  const crumbs = useListCrumbs();
  const title = t('settings.title');
  if (!settings.data)
    return <PageLoadState query={settings} title={title} crumbs={crumbs} what={t('what.settings')} />;
  const data = settings.data;
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} />
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('settings.intro')}
      </Typography>
      <RulesTable defaultDays={data.defaultResponseDays} />
      {canWrite && (
        <Box sx={{ maxWidth: 720 }}>
          <ConsoleForm
            key={data.version}
            aria-label={t('list.deadlineSettings')}
            schema={deadlineSettingsInputSchema}
            defaultValues={toValues(data)}
            version={data.version}
            toValues={(current) => toValues(current as Settings)}
            labels={DEADLINE_SETTINGS_LABELS}
            formKey="complaints.deadline-settings"
            submitLabel={t('settings.submit')}
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
                  helperText={t('settings.ackHelp')}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextField
                  name="defaultResponseDays"
                  label={DEADLINE_SETTINGS_LABELS.fields.defaultResponseDays}
                  inputMode="numeric"
                  required
                  helperText={t('settings.defaultHelp')}
                />
              </Grid>
            </Grid>
          </ConsoleForm>
        </Box>
      )}
    </>
  );
}
