import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { DateField } from '@/shared/forms/date-field';
import { FormSection } from '@/shared/forms/form-section';
import { PersonField } from '@/shared/forms/person-field';
import { RecordPicker } from '@/shared/forms/record-picker';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { valueOptions } from '@/shared/labels/record-labels';
import { COUNTRY_OPTIONS } from '@/shared/model/countries';
import { todayIso } from '@/shared/model/dates';
import { processorsByIds, searchProcessors, type ComplaintForEdit } from '../api/queries';
import { CHANNEL_LABELS, JURISDICTION_LABELS, SUBJECT_LABELS } from '../model/labels';
import { hasRegions, regionOptions } from '../model/regions';
import { suggestedRegulators } from '../model/regulators';
import { jurisdictionOf, RESPONSE_RULES } from '../model/rules';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SUBJECTS,
  type ComplaintCreateFormValues,
  type ComplaintFormValues,
} from '../model/schemas';

const CHANNEL_OPTIONS = valueOptions(COMPLAINT_CHANNELS, CHANNEL_LABELS);
/** On an edit, a referral stays one and nothing else becomes one (the backend refuses both). */
const EDIT_CHANNEL_OPTIONS = (referral: boolean) =>
  CHANNEL_OPTIONS.filter((option) => (option.value === 'regulator_referral') === referral);
const SUBJECT_OPTIONS = valueOptions(COMPLAINT_SUBJECTS, SUBJECT_LABELS);

/** Not chosen yet: the select shows its empty option and the schema asks for a choice. */
const NOT_CHOSEN = '' as never;

export const EMPTY_COMPLAINT: ComplaintCreateFormValues = {
  receivedDate: '',
  channel: NOT_CHOSEN,
  complainantName: '',
  complainantContact: '',
  complainantCountry: '',
  complainantRegion: '',
  subject: NOT_CHOSEN,
  description: '',
  assigneeId: '',
  processorIds: [],
  regulatorCase: { regulatorId: '', regulatorReference: '', regulatorDeadline: '' },
};

/** A complaint as its edit form edits it (nulls become empty fields). */
export function complaintToValues(complaint: ComplaintForEdit): ComplaintFormValues {
  return {
    receivedDate: complaint.receivedDate,
    channel: complaint.channel,
    complainantName: complaint.complainantName,
    complainantContact: complaint.complainantContact ?? '',
    complainantCountry: complaint.complainantCountry,
    complainantRegion: complaint.complainantRegion ?? '',
    subject: complaint.subject,
    description: complaint.description,
    assigneeId: complaint.assigneeId ?? '',
    processorIds: complaint.processorIds,
  };
}

function RegionField() {
  const { control } = useFormContext<ComplaintFormValues>();
  const country = useWatch({ control, name: 'complainantCountry' }) ?? '';
  if (!hasRegions(country)) return null;
  return (
    <SelectField
      name="complainantRegion"
      label={country === 'CA' ? 'Province or territory' : 'State'}
      options={regionOptions(country)}
      required
      helperText="It decides the law and the holidays of the clock."
    />
  );
}

/** Which law's clock will apply, said before saving. */
function JurisdictionHint() {
  const { control } = useFormContext<ComplaintFormValues>();
  const [country, region] = useWatch({ control, name: ['complainantCountry', 'complainantRegion'] });
  if (!country || (hasRegions(country) && !region)) return null;
  const jurisdiction = jurisdictionOf(country, region || null);
  const rule = RESPONSE_RULES[jurisdiction];
  const period =
    rule.period === 'setting'
      ? 'the office’s default response period'
      : 'months' in rule.period
        ? `a response within one month`
        : `a response within ${rule.period.days} days`;
  return (
    <Alert severity="info" role="status">
      {JURISDICTION_LABELS[jurisdiction]}: {period} ({rule.source}).
    </Alert>
  );
}

/** The referring regulator's case, on a new complaint referred by one: the complainant's own regulator first. */
function RegulatorCase() {
  const { control } = useFormContext<ComplaintCreateFormValues>();
  const [channel, country, region] = useWatch({
    control,
    name: ['channel', 'complainantCountry', 'complainantRegion'],
  });
  if (channel !== 'regulator_referral') return null;
  const options = suggestedRegulators(country ?? '', region || null).map((r) => ({
    value: r.id,
    label: r.name,
  }));
  return (
    <FormSection title="The regulator’s case">
      <SelectField name="regulatorCase.regulatorId" label="Referring regulator" options={options} required />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            name="regulatorCase.regulatorReference"
            label="Regulator’s reference"
            autoComplete="off"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField name="regulatorCase.regulatorDeadline" label="Regulator’s deadline" />
        </Grid>
      </Grid>
    </FormSection>
  );
}

/** The complaint's fields, for recording (with a referral's case) and editing. */
function ComplaintFields({ mode }: { mode: 'new' | 'edit' }) {
  const { formState } = useFormContext<ComplaintFormValues>();
  const referral = formState.defaultValues?.channel === 'regulator_referral';
  return (
    <Stack spacing={3}>
      <FormSection title="Complaint">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="receivedDate" label="Received on" max={todayIso()} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField
              name="channel"
              label="Channel"
              options={mode === 'new' ? CHANNEL_OPTIONS : EDIT_CHANNEL_OPTIONS(referral)}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField name="subject" label="Subject" options={SUBJECT_OPTIONS} required />
          </Grid>
        </Grid>
        <TextField name="description" label="Description" multiline minRows={3} required />
      </FormSection>
      <FormSection title="Complainant">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField name="complainantName" label="Name" autoComplete="off" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              name="complainantContact"
              label="Contact (email or phone)"
              autoComplete="off"
              helperText="Personal data: masked in lists, revealed only with a reason."
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField name="complainantCountry" label="Country" options={COUNTRY_OPTIONS} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <RegionField />
          </Grid>
        </Grid>
        <JurisdictionHint />
      </FormSection>
      {mode === 'new' && <RegulatorCase />}
      <FormSection title="Handling">
        <PersonField name="assigneeId" label="Assignee" />
        <RecordPicker
          name="processorIds"
          label="Processors concerned"
          kind="processors"
          search={searchProcessors}
          resolve={processorsByIds}
          noneFound="No processor found"
          helperText="Type two letters of a processor’s name."
        />
      </FormSection>
    </Stack>
  );
}

export const NewComplaintFields = () => <ComplaintFields mode="new" />;
export const EditComplaintFields = () => <ComplaintFields mode="edit" />;
