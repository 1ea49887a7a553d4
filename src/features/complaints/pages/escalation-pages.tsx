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
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useEscalateComplaint, useUpdateEscalation } from '../api/mutations';
import { useComplaint, type Complaint } from '../api/queries';
import { useComplaintCrumbs } from '../components/complaint-crumbs';
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
  const options = suggestedRegulators(country, region).map((r) => ({
    value: r.id,
    label: r.id === suggested?.id ? `${r.name} (suggested)` : r.name,
  }));
  return function EscalationFields() {
    const { control } = useFormContext<EscalationFormValues>();
    const chosen = useWatch({ control, name: 'regulatorId' });
    return (
      <Stack spacing={2}>
        <SelectField
          name="regulatorId"
          label="Regulator"
          options={options}
          required
          helperText={
            suggested
              ? `Suggested for where the complainant lives: ${suggested.name}.`
              : 'The directory has no regulator for where the complainant lives: choose the one they turned to.'
          }
        />
        {suggested && chosen && chosen !== suggested.id && (
          <Alert severity="info" role="status">
            Not the regulator for where the complainant lives ({suggested.name}).
          </Alert>
        )}
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="escalatedOn" label="Escalated on" max={todayIso()} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name="regulatorReference"
              label="Regulator’s reference"
              autoComplete="off"
              helperText="Once it gives one."
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="regulatorDeadline" label="Regulator’s deadline" />
          </Grid>
        </Grid>
        <TextField name="note" label="Note" multiline minRows={2} />
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
  const title = 'Escalate to a regulator';
  if (!complaint.data)
    return <PageLoadState query={complaint} title={title} crumbs={crumbs} what="the complaint" />;
  const data = complaint.data;
  if (data.escalation || !ESCALATABLE.includes(data.status)) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {data.escalation
            ? `${data.escalation.regulatorName} already has this complaint.`
            : 'A closed complaint cannot be escalated.'}
        </Alert>
        <Button component={RouterLink} to={`/complaints/${id}`}>
          Back to the complaint
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
      title={`${title}: ${data.reference}`}
      crumbs={crumbs}
      formKey={`complaints.${id}.escalate`}
      defaultValues={defaults}
      submitLabel="Escalate"
      create={(values) => escalate.mutateAsync(values)}
      backTo={`/complaints/${id}`}
    />
  );
}

function EscalationUpdateFields() {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextField name="regulatorReference" label="Regulator’s reference" autoComplete="off" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DateField name="regulatorDeadline" label="Regulator’s deadline" />
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
  return (
    <EditRecordPage
      form={UPDATE_FORM}
      query={complaint}
      what="the complaint"
      loadingTitle="Edit the escalation"
      title={(data) =>
        `Edit the escalation of ${data.reference} to ${data.escalation ? regulatorName(data.escalation.regulatorId) : 'a regulator'}`
      }
      formLabel={() => 'Edit the escalation'}
      crumbs={crumbs}
      formKey={`complaints.${id}.escalation.edit`}
      submitLabel="Save"
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/complaints/${id}`}
    />
  );
}
