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
import { formatDate } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useAddCorrespondence } from '../api/mutations';
import { useComplaint } from '../api/queries';
import { useComplaintCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { DIRECTION_LABELS, ESCALATION_LABELS } from '../model/labels';
import { correspondenceInputSchema, DIRECTIONS, type CorrespondenceFormValues } from '../model/schemas';

function fieldsFor(escalatedOn: string, hasReference: boolean) {
  return function CorrespondenceFields() {
    const t = useMessages(complaintsMessages);
    return (
      <Stack spacing={2}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateField
              name="date"
              label={t('escalationField.date')}
              min={escalatedOn}
              max={todayIso()}
              required
              helperText={t('letter.dateHelp', { date: formatDate(escalatedOn) })}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              name="direction"
              label={t('escalationField.direction')}
              options={valueOptions(DIRECTIONS, DIRECTION_LABELS)}
              required
            />
          </Grid>
        </Grid>
        <TextField name="summary" label={t('escalationField.summary')} multiline minRows={2} required />
        <TextField
          name="documentUrl"
          label={t('escalationField.documentUrl')}
          type="url"
          autoComplete="off"
        />
        {!hasReference && (
          <TextField
            name="regulatorReference"
            label={t('escalationField.regulatorReference')}
            autoComplete="off"
            helperText={t('letter.referenceHelp')}
          />
        )}
      </Stack>
    );
  };
}

const formCache = new Map<string, RecordForm<typeof correspondenceInputSchema, never>>();
function formFor(escalatedOn: string, hasReference: boolean) {
  const key = `${escalatedOn}:${hasReference}`;
  let form = formCache.get(key);
  if (!form) {
    form = {
      schema: correspondenceInputSchema,
      labels: ESCALATION_LABELS,
      toValues: () => ({}) as never,
      Fields: fieldsFor(escalatedOn, hasReference),
    };
    formCache.set(key, form);
  }
  return form;
}

const EMPTY: CorrespondenceFormValues = {
  date: '',
  direction: '' as never,
  summary: '',
  documentUrl: '',
  regulatorReference: '',
};

/** Logs one letter or message to or from the regulator, in the complaint's timeline. */
export function CorrespondencePage() {
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const crumbs = useComplaintCrumbs(id);
  const add = useAddCorrespondence(id);
  const t = useMessages(complaintsMessages);
  const title = t('record.logCorrespondence');
  if (!complaint.data)
    return <PageLoadState query={complaint} title={title} crumbs={crumbs} what={t('what.complaint')} />;
  const escalation = complaint.data.escalation;
  if (!escalation) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('letter.noRegulator')}
        </Alert>
        <Button component={RouterLink} to={`/complaints/${id}`}>
          {t('back')}
        </Button>
      </>
    );
  }
  return (
    <NewRecordPage
      form={formFor(escalation.escalatedOn, escalation.regulatorReference !== null)}
      title={t('letter.title', { name: escalation.regulatorName })}
      crumbs={crumbs}
      formKey={`complaints.${id}.correspondence.new`}
      defaultValues={{ ...EMPTY, date: todayIso() }}
      submitLabel={t('record.logCorrespondence')}
      create={(values) => add.mutateAsync(values)}
      backTo={`/complaints/${id}`}
    />
  );
}
