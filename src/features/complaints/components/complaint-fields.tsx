import { useEffect } from 'react';
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
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { valueOptions, type RecordLabels } from '@/shared/labels/record-labels';
import { COUNTRY_OPTIONS } from '@/shared/model/countries';
import { todayIso } from '@/shared/model/dates';
import { processorsByIds, searchProcessors, type ComplaintForEdit } from '../api/queries';
import { complaintsMessages } from '../i18n/messages';
import { CHANNEL_LABELS, COMPLAINT_LABELS, JURISDICTION_LABELS, SUBJECT_LABELS } from '../model/labels';
import { hasRegions, regionOptions } from '../model/regions';
import { regulatorName, suggestedRegulators } from '../model/regulators';
import { jurisdictionOf, RESPONSE_RULES } from '../model/rules';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SUBJECTS,
  type ComplaintCreateFormValues,
  type ComplaintFormValues,
} from '../model/schemas';

// Options are made in render: their labels are in the language active then.
const channelOptions = () => valueOptions(COMPLAINT_CHANNELS, CHANNEL_LABELS);
/** On an edit, a referral stays one and nothing else becomes one (the backend refuses both). */
const editChannelOptions = (referral: boolean) =>
  channelOptions().filter((option) => (option.value === 'regulator_referral') === referral);

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

/** The region field's label: what Canada has (provinces and territories) or the United States (states). */
const regionLabel = (country: string) =>
  complaintsMessages.t(
    country === 'CA' ? 'form.province' : country === 'US' ? 'form.state' : 'field.complainantRegion',
  );

// The country the form on screen has chosen, as its region field last rendered it (one complaint form is open
// at a time): the error summary names the region field as the field itself reads.
const formCountry = { current: '' };

/**
 * The complaint's labels as its form reads them: the error summary names each field by the label beside it
 * ("Received on", "Province or territory", "Name"), not by the record's shorter column words.
 */
export const COMPLAINT_FORM_LABELS: RecordLabels = new Proxy(COMPLAINT_LABELS, {
  get: (labels, property) =>
    property === 'fields'
      ? {
          ...labels.fields,
          complainantName: complaintsMessages.t('form.name'),
          complainantContact: complaintsMessages.t('form.contact'),
          complainantRegion: regionLabel(formCountry.current),
        }
      : Reflect.get(labels, property),
});

function RegionField() {
  const t = useMessages(complaintsMessages);
  const { control } = useFormContext<ComplaintFormValues>();
  const country = useWatch({ control, name: 'complainantCountry' }) ?? '';
  useEffect(() => {
    formCountry.current = country;
  }, [country]);
  if (!hasRegions(country)) return null;
  return (
    <SelectField
      name="complainantRegion"
      label={regionLabel(country)}
      options={regionOptions(country)}
      required
      helperText={t('form.regionHelp')}
    />
  );
}

/** Which law's clock will apply, said before saving. */
function JurisdictionHint() {
  const t = useMessages(complaintsMessages);
  const { control } = useFormContext<ComplaintFormValues>();
  const [country, region] = useWatch({ control, name: ['complainantCountry', 'complainantRegion'] });
  if (!country || (hasRegions(country) && !region)) return null;
  const jurisdiction = jurisdictionOf(country, region || null);
  const rule = RESPONSE_RULES[jurisdiction];
  return (
    <Alert severity="info" role="status">
      {t('form.jurisdictionHint', {
        jurisdiction: JURISDICTION_LABELS[jurisdiction],
        period: rule.period === 'setting' ? 'setting' : 'months' in rule.period ? 'months' : 'days',
        months: rule.period !== 'setting' && 'months' in rule.period ? rule.period.months : 0,
        days: rule.period !== 'setting' && 'days' in rule.period ? rule.period.days : 0,
        source: translateMessage(rule.source),
      })}
    </Alert>
  );
}

/** The referring regulator's case, on a new complaint referred by one: the complainant's own regulator first. */
function RegulatorCase() {
  const t = useMessages(complaintsMessages);
  const { control } = useFormContext<ComplaintCreateFormValues>();
  const [channel, country, region] = useWatch({
    control,
    name: ['channel', 'complainantCountry', 'complainantRegion'],
  });
  if (channel !== 'regulator_referral') return null;
  const options = suggestedRegulators(country ?? '', region || null).map((r) => ({
    value: r.id,
    label: regulatorName(r.id),
  }));
  return (
    <FormSection title={t('form.regulatorCase')}>
      <SelectField
        name="regulatorCase.regulatorId"
        label={t('field.regulatorCase.regulatorId')}
        options={options}
        required
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            name="regulatorCase.regulatorReference"
            label={t('field.regulatorCase.regulatorReference')}
            autoComplete="off"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField
            name="regulatorCase.regulatorDeadline"
            label={t('field.regulatorCase.regulatorDeadline')}
          />
        </Grid>
      </Grid>
    </FormSection>
  );
}

/** The complaint's fields, for recording (with a referral's case) and editing. */
function ComplaintFields({ mode }: { mode: 'new' | 'edit' }) {
  const t = useMessages(complaintsMessages);
  const { formState } = useFormContext<ComplaintFormValues>();
  const referral = formState.defaultValues?.channel === 'regulator_referral';
  return (
    <Stack spacing={3}>
      <FormSection title={t('form.complaint')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="receivedDate" label={t('field.receivedDate')} max={todayIso()} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField
              name="channel"
              label={t('field.channel')}
              options={mode === 'new' ? channelOptions() : editChannelOptions(referral)}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField
              name="subject"
              label={t('field.subject')}
              options={valueOptions(COMPLAINT_SUBJECTS, SUBJECT_LABELS)}
              required
            />
          </Grid>
        </Grid>
        <TextField name="description" label={t('field.description')} multiline minRows={3} required />
      </FormSection>
      <FormSection title={t('form.complainant')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField name="complainantName" label={t('form.name')} autoComplete="off" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              name="complainantContact"
              label={t('form.contact')}
              autoComplete="off"
              helperText={t('form.contactHelp')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              name="complainantCountry"
              label={t('field.complainantCountry')}
              options={COUNTRY_OPTIONS}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <RegionField />
          </Grid>
        </Grid>
        <JurisdictionHint />
      </FormSection>
      {mode === 'new' && <RegulatorCase />}
      <FormSection title={t('form.handling')}>
        <PersonField name="assigneeId" label={t('field.assigneeId')} />
        <RecordPicker
          name="processorIds"
          label={t('field.processorIds')}
          kind="processors"
          search={searchProcessors}
          resolve={processorsByIds}
          noneFound={t('form.noProcessorFound')}
          helperText={t('form.processorHelp')}
        />
      </FormSection>
    </Stack>
  );
}

export const NewComplaintFields = () => <ComplaintFields mode="new" />;
export const EditComplaintFields = () => <ComplaintFields mode="edit" />;
