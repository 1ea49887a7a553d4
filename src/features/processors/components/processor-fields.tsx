import type { ReactNode } from 'react';
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
import { COUNTRY_OPTIONS } from '@/shared/model/countries';
import {
  DATA_CATEGORIES,
  DATA_SUBJECTS,
  PROCESSOR_STATUSES,
  RISK_TIERS,
  TRANSFER_MECHANISMS,
  type ProcessorFormValues,
} from '../model/schemas';
import {
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  TRANSFER_MECHANISM_LABELS,
} from '../model/labels';
import { valueOptions } from '@/shared/labels/record-labels';
import { FormSection } from '@/shared/forms/form-section';
import { RepeatableRows } from '@/shared/forms/repeatable-rows';

const STATUS_OPTIONS = valueOptions(PROCESSOR_STATUSES, STATUS_LABELS);
const TIER_OPTIONS = valueOptions(RISK_TIERS, TIER_LABELS);
const CATEGORY_OPTIONS = valueOptions(DATA_CATEGORIES, DATA_CATEGORY_LABELS);
const SUBJECT_OPTIONS = valueOptions(DATA_SUBJECTS, DATA_SUBJECT_LABELS);
// The Privacy Shield stays choosable only so existing records can say what they rely on; it sorts last and says
// it is invalid.
const MECHANISM_OPTIONS = valueOptions(TRANSFER_MECHANISMS, TRANSFER_MECHANISM_LABELS);

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
            label={`Location ${index + 1}: country`}
            options={COUNTRY_OPTIONS}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          {inCanada ? (
            <Typography variant="body2" color="text.secondary" sx={{ pt: 2 }}>
              Processed in Canada: no transfer mechanism needed.
            </Typography>
          ) : (
            <SelectField
              name={`locations.${index}.transferMechanism`}
              label={`Location ${index + 1}: transfer mechanism`}
              options={MECHANISM_OPTIONS}
              required
            />
          )}
        </Grid>
        <Grid size={{ xs: 12, sm: 2 }}>{removeButton}</Grid>
      </Grid>
      {!inCanada && mechanism === 'privacy_shield' && (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          The EU-US Privacy Shield was invalidated in July 2020 and no longer covers a transfer. The processor
          will be flagged until you record a valid mechanism, such as the EU-US Data Privacy Framework or
          standard contractual clauses.
        </Alert>
      )}
    </>
  );
}

function Locations() {
  return (
    <RepeatableRows
      name="locations"
      title="Processing locations"
      rowName="Location"
      addLabel="Add location"
      newRow={() => ({ country: '', transferMechanism: '' })}
      max={MAX_ROWS}
      min={1}
      description="Every country where the processor stores or accesses the data. Outside Canada, say which mechanism covers the transfer."
    >
      {({ index, removeButton }) => <LocationRow index={index} removeButton={removeButton} />}
    </RepeatableRows>
  );
}

function SubProcessors() {
  return (
    <RepeatableRows
      name="subProcessors"
      title="Sub-processors"
      rowName="Sub-processor"
      addLabel="Add sub-processor"
      newRow={() => ({ name: '', service: '', country: '' })}
      max={MAX_ROWS}
      emptyText="No sub-processors recorded."
    >
      {({ index, removeButton }) => (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name={`subProcessors.${index}.name`}
              label={`Sub-processor ${index + 1}: name`}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <TextField name={`subProcessors.${index}.service`} label="Service" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <SelectField
              name={`subProcessors.${index}.country`}
              label="Country"
              options={COUNTRY_OPTIONS}
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
  const { control } = useFormContext<ProcessorFormValues>();
  const [tier, subjects, categories, reason] = useWatch({
    control,
    name: ['riskTier', 'dataSubjects', 'dataCategories', 'riskReason'],
  });
  const sensitive = (subjects ?? []).includes('children') || (categories ?? []).includes('payment_data');
  if (tier !== 'low' || !sensitive || (reason ?? '').trim()) return null;
  return (
    <Alert severity="warning" role="status">
      This processor handles children’s or payment data at the low tier. State the reason for the low tier, or
      it will be flagged.
    </Alert>
  );
}

/** The processor's fields, for registering and editing. */
export function ProcessorFields() {
  return (
    <Stack spacing={3}>
      <FormSection title="Processor">
        <TextField name="name" label="Name" required />
        <TextField name="services" label="Services provided" multiline minRows={2} required />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              name="country"
              label="Country"
              options={COUNTRY_OPTIONS}
              required
              helperText="Where it is based."
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField name="status" label="Status" options={STATUS_OPTIONS} required />
          </Grid>
        </Grid>
      </FormSection>
      <FormSection title="Contact">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField name="contactName" label="Contact name" autoComplete="off" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField name="contactEmail" label="Contact email" type="email" autoComplete="off" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField name="contactPhone" label="Contact phone" type="tel" autoComplete="off" />
          </Grid>
        </Grid>
      </FormSection>
      <FormSection title="Risk and data">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField name="riskTier" label="Risk tier" options={TIER_OPTIONS} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 8 }}>
            <TextField name="riskReason" label="Reason for the risk tier" multiline minRows={1} />
          </Grid>
        </Grid>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <CheckboxGroupField
              name="dataCategories"
              label="Data categories processed"
              options={CATEGORY_OPTIONS}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <CheckboxGroupField
              name="dataSubjects"
              label="Data subjects"
              options={SUBJECT_OPTIONS}
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
