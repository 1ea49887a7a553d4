import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { DateField } from '@/shared/forms/date-field';
import { NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { useMessages } from '@/shared/i18n/messages';
import { valueOptions } from '@/shared/labels/record-labels';
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useTransitionComplaint } from '../api/mutations';
import { useComplaint } from '../api/queries';
import { useComplaintCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { OUTCOME_LABELS, TRANSITION_ACTION_LABELS, TRANSITION_LABELS } from '../model/labels';
import { mayMove } from '../model/rules';
import {
  OUTCOMES,
  TRANSITION_TARGETS,
  transitionInputSchema,
  type TransitionFormValues,
  type TransitionTarget,
} from '../model/schemas';

function fieldsFor(to: TransitionTarget, escalated: boolean) {
  return function TransitionFields() {
    const t = useMessages(complaintsMessages);
    return (
      <Stack spacing={2}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateField name="date" label={t('move.dateLabel', { to })} max={todayIso()} required />
          </Grid>
          {to === 'resolved' && (
            <Grid size={{ xs: 12, sm: 6 }}>
              <SelectField
                name="outcome"
                label={t('transitionField.outcome')}
                options={valueOptions(OUTCOMES, OUTCOME_LABELS)}
                required
              />
            </Grid>
          )}
        </Grid>
        {to === 'resolved' && (
          <>
            <TextField
              name="resolutionSummary"
              label={t('transitionField.resolutionSummary')}
              multiline
              minRows={2}
              required
            />
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 6 }}>
                <DateField name="responseDate" label={t('move.responseDate')} max={todayIso()} required />
              </Grid>
            </Grid>
            <TextField
              name="responseSummary"
              label={t('move.responseSummary')}
              multiline
              minRows={2}
              required
            />
          </>
        )}
        <TextField
          name="note"
          label={to === 'closed' && escalated ? t('move.caseEnded') : t('transitionField.note')}
          multiline
          minRows={2}
          required={to === 'closed' && escalated}
        />
      </Stack>
    );
  };
}

const formCache = new Map<string, RecordForm<typeof transitionInputSchema, never>>();
/** One form (and Fields component) per move, kept: a new component each render would remount the fields. */
function formFor(to: TransitionTarget, escalated: boolean) {
  const key = `${to}:${escalated}`;
  let form = formCache.get(key);
  if (!form) {
    form = {
      schema: transitionInputSchema,
      labels: TRANSITION_LABELS,
      toValues: () => ({}) as never,
      Fields: fieldsFor(to, escalated),
    };
    formCache.set(key, form);
  }
  return form;
}

/** One move of the workflow: acknowledge, start investigating, resolve (with the response sent) or close. */
export function TransitionPage() {
  const { id = '', to = '' } = useParams();
  const complaint = useComplaint(id);
  const crumbs = useComplaintCrumbs(id);
  const transition = useTransitionComplaint(id);
  const t = useMessages(complaintsMessages);
  const target = (TRANSITION_TARGETS as readonly string[]).includes(to) ? (to as TransitionTarget) : null;
  const title = target ? TRANSITION_ACTION_LABELS[target] : t('move.title');
  if (!complaint.data)
    return <PageLoadState query={complaint} title={title} crumbs={crumbs} what={t('what.complaint')} />;
  const data = complaint.data;
  if (!target || !mayMove(data, target)) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('move.notOpen', { reference: data.reference, status: data.status })}
        </Alert>
        <Button component={RouterLink} to={`/complaints/${id}`}>
          {t('back')}
        </Button>
      </>
    );
  }
  const defaults: TransitionFormValues = {
    to: target,
    date: todayIso(),
    note: '',
    outcome: '',
    resolutionSummary: '',
    responseDate: target === 'resolved' ? todayIso() : '',
    responseSummary: '',
  };
  return (
    <NewRecordPage
      form={formFor(target, data.status === 'escalated')}
      title={t('page.titleWithReference', { title, reference: data.reference })}
      crumbs={crumbs}
      formKey={`complaints.${id}.move.${target}`}
      defaultValues={defaults}
      submitLabel={title}
      create={(values) => transition.mutateAsync(values)}
      backTo={`/complaints/${id}`}
    />
  );
}
