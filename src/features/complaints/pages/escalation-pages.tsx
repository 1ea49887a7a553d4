import { useParams } from 'react-router';
import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import { DateField } from '@/shared/forms/date-field';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { useMessages } from '@/shared/i18n/messages';
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useEscalateComplaint, useUpdateEscalation } from '../api/mutations';
import { useComplaint, type Complaint } from '../api/queries';
import { useComplaintCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { ESCALATION_LABELS } from '../model/labels';
import { regulatorName, suggestedRegulator, suggestedRegulators } from '../model/regulators';
import { ESCALATABLE } from '../model/rules';
import {
  escalationInputSchema,
  escalationUpdateSchema,
  type EscalationFormValues,
  type EscalationUpdateFormValues,
} from '../model/schemas';

/** The regulator select, the complainant's own regulator first and marked as suggested. */
function escalationFieldsFor(country: string, region: string | null) {
  const suggested = suggestedRegulator(country, region);
  return function EscalationFields() {
    const t = useMessages(complaintsMessages);
    const { control } = useFormContext<EscalationFormValues>();
    const chosen = useWatch({ control, name: 'regulatorId' });
    // Made in render: the names in the active language, the complainant's own regulator first.
    const options = suggestedRegulators(country, region).map((r) => ({
      value: r.id,
      label:
        r.id === suggested?.id
          ? t('escalate.suggestedOption', { name: regulatorName(r.id) })
          : regulatorName(r.id),
    }));
    return (
      <Stack spacing={2}>
        <SelectField
          name="regulatorId"
          label={t('escalationField.regulatorId')}
          options={options}
          required
          helperText={
            suggested
              ? t('escalate.suggestedHelp', { name: regulatorName(suggested.id) })
              : t('escalate.noSuggestion')
          }
        />
        {suggested && chosen && chosen !== suggested.id && (
          <Alert severity="info" role="status">
            {t('escalate.notSuggested', { name: regulatorName(suggested.id) })}
          </Alert>
        )}
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField
              name="escalatedOn"
              label={t('escalationField.escalatedOn')}
              max={todayIso()}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name="regulatorReference"
              label={t('escalationField.regulatorReference')}
              autoComplete="off"
              helperText={t('escalate.referenceHelp')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="regulatorDeadline" label={t('escalationField.regulatorDeadline')} />
          </Grid>
        </Grid>
        <TextField name="note" label={t('escalationField.note')} multiline minRows={2} />
      </Stack>
    );
  };
}

const formCache = new Map<string, RecordForm<typeof escalationInputSchema, never>>();
function escalationForm(complaint: Complaint) {
  const key = `${complaint.complainantCountry}-${complaint.complainantRegion ?? ''}`;
  let form = formCache.get(key);
  if (!form) {
    form = {
      schema: escalationInputSchema,
      labels: ESCALATION_LABELS,
      toValues: () => ({}) as never,
      Fields: escalationFieldsFor(complaint.complainantCountry, complaint.complainantRegion),
    };
    formCache.set(key, form);
  }
  return form;
}

export function EscalatePage() {
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const crumbs = useComplaintCrumbs(id);
  const escalate = useEscalateComplaint(id);
  const t = useMessages(complaintsMessages);
  const title = t('record.escalate');
  if (!complaint.data)
    return <PageLoadState query={complaint} title={title} crumbs={crumbs} what={t('what.complaint')} />;
  const data = complaint.data;
  if (data.escalation || !ESCALATABLE.includes(data.status)) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {data.escalation
            ? t('escalate.already', { name: data.escalation.regulatorName })
            : t('escalate.closed')}
        </Alert>
        <Button component={RouterLink} to={`/complaints/${id}`}>
          {t('back')}
        </Button>
      </>
    );
  }
  const defaults: EscalationFormValues = {
    regulatorId: suggestedRegulator(data.complainantCountry, data.complainantRegion)?.id ?? '',
    escalatedOn: todayIso(),
    regulatorReference: '',
    regulatorDeadline: '',
    note: '',
  };
  return (
    <NewRecordPage
      form={escalationForm(data)}
      title={t('page.titleWithReference', { title, reference: data.reference })}
      crumbs={crumbs}
      formKey={`complaints.${id}.escalate`}
      defaultValues={defaults}
      submitLabel={t('escalate.submit')}
      create={(values) => escalate.mutateAsync(values)}
      backTo={`/complaints/${id}`}
    />
  );
}

function EscalationUpdateFields() {
  const t = useMessages(complaintsMessages);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField
          name="regulatorReference"
          label={t('escalationField.regulatorReference')}
          autoComplete="off"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DateField name="regulatorDeadline" label={t('escalationField.regulatorDeadline')} />
      </Grid>
    </Grid>
  );
}

const toUpdateValues = (complaint: Complaint): EscalationUpdateFormValues => ({
  regulatorReference: complaint.escalation?.regulatorReference ?? '',
  regulatorDeadline: complaint.escalation?.regulatorDeadline ?? '',
});

const UPDATE_FORM: RecordForm<typeof escalationUpdateSchema, Complaint> = {
  schema: escalationUpdateSchema,
  labels: ESCALATION_LABELS,
  toValues: toUpdateValues,
  Fields: EscalationUpdateFields,
};

export function EditEscalationPage() {
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const crumbs = useComplaintCrumbs(id);
  const update = useUpdateEscalation(id);
  const t = useMessages(complaintsMessages);
  return (
    <EditRecordPage
      form={UPDATE_FORM}
      query={complaint}
      what={t('what.complaint')}
      loadingTitle={t('escalationEdit.title')}
      title={(data) =>
        data.escalation
          ? t('escalationEdit.titleWith', {
              reference: data.reference,
              name: regulatorName(data.escalation.regulatorId),
            })
          : t('escalationEdit.titleWithout', { reference: data.reference })
      }
      formLabel={() => t('escalationEdit.title')}
      crumbs={crumbs}
      formKey={`complaints.${id}.escalation.edit`}
      submitLabel={t('escalationEdit.submit')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/complaints/${id}`}
    />
  );
}
