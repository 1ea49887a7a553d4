import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useFormContext } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import { isApiError } from '@/shared/api/errors';
import { useCurrentUser } from '@/shared/auth/session';
import { CheckboxField } from '@/shared/forms/checkbox-field';
import { ConsoleForm } from '@/shared/forms/console-form';
import { PersonField } from '@/shared/forms/person-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { PageHeader } from '@/shared/ui/page-header';
import { useCheckIn } from '../api/mutations';
import { useSites, type Visit } from '../api/queries';
import { formatTime } from '@/shared/labels/format';
import { checkInSchema, type CheckInValues } from '../model/schemas';
import { VISIT_LABELS } from '../model/labels';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { PrivacyNotice } from '../components/privacy-notice';

/** The page's breadcrumb: back to the desk. */
const DESK_PATH = '/visitors';

function emptyValues(siteId: string): CheckInValues {
  return {
    name: '',
    company: '',
    hostId: '',
    purpose: '',
    siteId,
    badge: '',
    contact: '',
    privacyNoticeShown: false,
    confirmDuplicate: false,
  };
}

/** The next visitor starts at Name, whether the page just opened or the previous check-in just succeeded. */
function FocusName() {
  const { setFocus } = useFormContext();
  useEffect(() => setFocus('name'), [setFocus]);
  return null;
}

/** Shown when the server says a visitor of this name is on site: checking in again takes a deliberate click. */
function DuplicateWarning({ message }: { message: string }) {
  const { setValue } = useFormContext();
  const t = useMessages(visitsMessages);
  return (
    <Alert
      severity="warning"
      action={
        <Button type="submit" color="inherit" size="small" onClick={() => setValue('confirmDuplicate', true)}>
          {t('checkIn.checkInAnyway')}
        </Button>
      }
    >
      {translateMessage(message)}
    </Alert>
  );
}

/** Check in a walk-in visitor: keyboard first (Name has focus, Tab runs down the form, Enter submits). */
export function CheckInPage() {
  const t = useMessages(visitsMessages);
  const user = useCurrentUser();
  const sites = useSites();
  const checkIn = useCheckIn();
  const [round, setRound] = useState(0);
  const [siteId, setSiteId] = useState(user.siteId);
  const [last, setLast] = useState<Visit | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const siteOptions = (sites.data ?? []).map((site) => ({ value: site.id, label: site.name }));

  return (
    <>
      <PageHeader title={t('checkIn.title')} crumbs={[{ label: t('desk.title'), to: DESK_PATH }]} />
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, maxWidth: 880 }}>
        {last && (
          <Alert
            severity="success"
            role="status"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" component={RouterLink} to="/visitors">
                {t('checkIn.backToLog')}
              </Button>
            }
          >
            {t('checkIn.done', {
              name: last.name,
              badge: last.badge,
              time: formatTime(last.checkedInAt),
              host: last.hostName,
            })}
          </Alert>
        )}
        <ConsoleForm
          key={round}
          schema={checkInSchema}
          defaultValues={emptyValues(siteId)}
          formKey="visits.check-in"
          labels={VISIT_LABELS}
          submitLabel={t('checkIn.submit')}
          aria-label={t('checkIn.formLabel')}
          onSubmit={async (values) => {
            try {
              return await checkIn.mutateAsync(values);
            } catch (error) {
              const first = isApiError(error, 409) ? error.fieldErrors[0] : undefined;
              setDuplicate(first?.field === 'name' ? first.message : null);
              throw error;
            }
          }}
          onSuccess={(result) => {
            const visit = result as Visit;
            setLast(visit);
            setDuplicate(null);
            setSiteId(visit.siteId);
            // A fresh, empty form for the next visitor in the queue; the site stays.
            setRound((value) => value + 1);
          }}
          secondaryActions={
            <Button component={RouterLink} to="/visitors">
              {t('checkIn.cancel')}
            </Button>
          }
        >
          <FocusName />
          {duplicate && <DuplicateWarning message={duplicate} />}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField name="name" label={VISIT_LABELS.fields.name} required autoComplete="off" />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                name="company"
                label={VISIT_LABELS.fields.company}
                required
                autoComplete="off"
                helperText={t('checkIn.companyHelp')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <PersonField
                name="hostId"
                label={VISIT_LABELS.fields.hostId}
                required
                placeholder={t('checkIn.hostPlaceholder')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField name="purpose" label={VISIT_LABELS.fields.purpose} required autoComplete="off" />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <SelectField name="siteId" label={VISIT_LABELS.fields.siteId} required options={siteOptions} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                name="badge"
                label={VISIT_LABELS.fields.badge}
                required
                autoComplete="off"
                helperText={t('checkIn.badgeHelp')}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                name="contact"
                label={t('checkIn.contactLabel')}
                autoComplete="off"
                helperText={t('checkIn.contactHelp')}
              />
            </Grid>
            <Grid size={12}>
              <CheckboxField name="privacyNoticeShown" label={t('checkIn.noticeShown')} required />
            </Grid>
          </Grid>
        </ConsoleForm>
      </Paper>
      <PrivacyNotice />
    </>
  );
}
