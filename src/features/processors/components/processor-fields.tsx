import type { ReactNode } from 'react';
import { useMessages } from '@/shared/i18n/messages';
import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckboxGroupField } from '@/shared/forms/checkbox-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import type { ProcessorForEdit } from '../api/queries';
import { MAX_ROWS, HOME_COUNTRY } from '../model/rules';
import { type ProcessorFormValues } from '../model/schemas';
import { PROCESSOR_LABELS } from '../model/labels';
import { fieldLabel } from '@/shared/labels/record-labels';
import { FormSection } from '@/shared/forms/form-section';
import { RepeatableRows } from '@/shared/forms/repeatable-rows';
import { processorsMessages } from '../i18n/messages';
import { useProcessorOptions } from './options';

/** Not chosen yet: the select shows its empty option and the schema asks for a choice. */
const NOT_CHOSEN = '' as never;

export const EMPTY_PROCESSOR: ProcessorFormValues = {
  name: '',
  services: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  country: '',
  status: 'onboarding',
  riskTier: NOT_CHOSEN,
  riskReason: '',
  dataCategories: [],
  dataSubjects: [],
  locations: [{ country: '', transferMechanism: '' }],
  subProcessors: [],
};

/** A processor as its form edits it (nulls become empty fields). */
export function processorToValues(processor: ProcessorForEdit): ProcessorFormValues {
  return {
    name: processor.name,
    services: processor.services,
    contactName: processor.contactName,
    contactEmail: processor.contactEmail,
    contactPhone: processor.contactPhone ?? '',
    country: processor.country,
    status: processor.status,
    riskTier: processor.riskTier,
    riskReason: processor.riskReason ?? '',
    dataCategories: processor.dataCategories,
    dataSubjects: processor.dataSubjects,
    locations: processor.locations.map((l) => ({
      country: l.country,
      transferMechanism: l.transferMechanism ?? '',
    })),
    subProcessors: processor.subProcessors,
  };
}

function LocationRow({ index, removeButton }: { index: number; removeButton: ReactNode }) {
  const t = useMessages(processorsMessages);
  const options = useProcessorOptions();
  const { control } = useFormContext<ProcessorFormValues>();
  const country = useWatch({ control, name: `locations.${index}.country` });
  const mechanism = useWatch({ control, name: `locations.${index}.transferMechanism` });
  const inCanada = country === HOME_COUNTRY;
  return (
    <>
      <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <SelectField
            name={`locations.${index}.country`}
            label={fieldLabel(PROCESSOR_LABELS, `locations.${index}.country`)}
            options={options.country}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          {inCanada ? (
            <Typography variant="body2" color="text.secondary" sx={{ pt: 2 }}>
              {t('processorForm.inCanada')}
            </Typography>
          ) : (
            <SelectField
              name={`locations.${index}.transferMechanism`}
              label={fieldLabel(PROCESSOR_LABELS, `locations.${index}.transferMechanism`)}
              options={options.mechanism}
              required
            />
          )}
        </Grid>
        <Grid size={{ xs: 12, sm: 2 }}>{removeButton}</Grid>
      </Grid>
      {!inCanada && mechanism === 'privacy_shield' && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          {t('processorForm.privacyShieldWarning')}
        </Alert>
      )}
    </>
  );
}

function Locations() {
  const t = useMessages(processorsMessages);
  return (
    <RepeatableRows
      name="locations"
      title={PROCESSOR_LABELS.fields.locations}
      rowName={t('row.location')}
      addLabel={t('processorForm.addLocation')}
      newRow={() => ({ country: '', transferMechanism: '' })}
      max={MAX_ROWS}
      min={1}
      description={t('processorForm.locationsDescription')}
    >
      {({ index, removeButton }) => <LocationRow index={index} removeButton={removeButton} />}
    </RepeatableRows>
  );
}

function SubProcessors() {
  const t = useMessages(processorsMessages);
  const options = useProcessorOptions();
  return (
    <RepeatableRows
      name="subProcessors"
      title={PROCESSOR_LABELS.fields.subProcessors}
      rowName={t('row.subProcessor')}
      addLabel={t('processorForm.addSubProcessor')}
      newRow={() => ({ name: '', service: '', country: '' })}
      max={MAX_ROWS}
      emptyText={t('processorForm.noSubProcessors')}
    >
      {({ index, removeButton }) => (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name={`subProcessors.${index}.name`}
              label={fieldLabel(PROCESSOR_LABELS, `subProcessors.${index}.name`)}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <TextField name={`subProcessors.${index}.service`} label={t('processorForm.service')} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <SelectField
              name={`subProcessors.${index}.country`}
              label={PROCESSOR_LABELS.fields.country}
              options={options.country}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 2 }}>{removeButton}</Grid>
        </Grid>
      )}
    </RepeatableRows>
  );
}

/** The sensitive-data rule, said before saving: a low tier needs a reason when children's or payment data is in. */
function TierReasonHint() {
  const t = useMessages(processorsMessages);
  const { control } = useFormContext<ProcessorFormValues>();
  const [tier, subjects, categories, reason] = useWatch({
    control,
    name: ['riskTier', 'dataSubjects', 'dataCategories', 'riskReason'],
  });
  const sensitive = (subjects ?? []).includes('children') || (categories ?? []).includes('payment_data');
  if (tier !== 'low' || !sensitive || (reason ?? '').trim()) return null;
  return (
    <Alert severity="warning" role="status">
      {t('processorForm.tierReasonHint')}
    </Alert>
  );
}

/** The processor's fields, for registering and editing. */
export function ProcessorFields() {
  const t = useMessages(processorsMessages);
  const options = useProcessorOptions();
  const { fields } = PROCESSOR_LABELS;
  return (
    <Stack spacing={3}>
      <FormSection title={t('processorForm.section')}>
        <TextField name="name" label={fields.name} required />
        <TextField name="services" label={fields.services} multiline minRows={2} required />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              name="country"
              label={fields.country}
              options={options.country}
              required
              helperText={t('processorForm.countryHint')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField name="status" label={fields.status} options={options.status} required />
          </Grid>
        </Grid>
      </FormSection>
      <FormSection title={t('processorForm.contact')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField name="contactName" label={fields.contactName} autoComplete="off" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name="contactEmail"
              label={fields.contactEmail}
              type="email"
              autoComplete="off"
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField name="contactPhone" label={fields.contactPhone} type="tel" autoComplete="off" />
          </Grid>
        </Grid>
      </FormSection>
      <FormSection title={t('processorForm.risk')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField name="riskTier" label={fields.riskTier} options={options.tier} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 8 }}>
            <TextField name="riskReason" label={fields.riskReason} multiline minRows={1} />
          </Grid>
        </Grid>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <CheckboxGroupField
              name="dataCategories"
              label={t('processorForm.dataCategories')}
              options={options.dataCategory}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <CheckboxGroupField
              name="dataSubjects"
              label={fields.dataSubjects}
              options={options.dataSubject}
              required
            />
          </Grid>
        </Grid>
        <TierReasonHint />
      </FormSection>
      <Locations />
      <SubProcessors />
    </Stack>
  );
}
