import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { DateField } from '@/shared/forms/date-field';
import { FormSection } from '@/shared/forms/form-section';
import { PersonField } from '@/shared/forms/person-field';
import { RecordPickerField } from '@/shared/forms/record-picker-field';
import { RepeatableRows } from '@/shared/forms/repeatable-rows';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { valueOptions } from '@/shared/labels/record-labels';
import { processorSource } from '@/shared/records/processor-source';
import type { Risk } from '../api/queries';
import {
  ACTION_STATUS_LABELS,
  CATEGORY_LABELS,
  IMPACT_OPTIONS,
  LIKELIHOOD_OPTIONS,
  RATING_LABELS,
  TREATMENT_LABELS,
  TREATMENT_MEANINGS,
} from '../model/labels';
import { MAX_ACTIONS, MAX_LINKED_PROCESSORS, needsAcceptanceDetails, scoreOf } from '../model/rules';
import {
  acceptanceRatingOf,
  RISK_ACTION_STATUSES,
  RISK_CATEGORIES,
  RISK_TREATMENTS,
  type RiskFormValues,
} from '../model/schemas';
import { ScoreReadout } from './score-readout';

const CATEGORY_OPTIONS = valueOptions(RISK_CATEGORIES, CATEGORY_LABELS);
const TREATMENT_OPTIONS = RISK_TREATMENTS.map((value) => ({
  value,
  label: `${TREATMENT_LABELS[value]}: ${TREATMENT_MEANINGS[value]}`,
}));
const ACTION_STATUS_OPTIONS = valueOptions(RISK_ACTION_STATUSES, ACTION_STATUS_LABELS);

/** Not chosen yet: the select shows its empty option and the schema asks for a choice. */
const NOT_CHOSEN = '' as never;

export const EMPTY_RISK: RiskFormValues = {
  title: '',
  description: '',
  category: NOT_CHOSEN,
  threat: '',
  affectedAssets: '',
  ownerId: '',
  linkedProcessorIds: [],
  inherentLikelihood: '',
  inherentImpact: '',
  treatment: NOT_CHOSEN,
  actions: [],
  residualLikelihood: '',
  residualImpact: '',
  residualReason: '',
  acceptanceJustification: '',
  acceptedById: '',
  acceptanceExpiry: '',
};

/** A risk as its form edits it: numbers as the selects' strings, nulls as empty fields. */
export function riskToValues(risk: Risk): RiskFormValues {
  return {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    threat: risk.threat,
    affectedAssets: risk.affectedAssets,
    ownerId: risk.ownerId,
    linkedProcessorIds: risk.linkedProcessors.map((p) => p.id),
    inherentLikelihood: String(risk.inherentLikelihood),
    inherentImpact: String(risk.inherentImpact),
    treatment: risk.treatment,
    actions: risk.actions.map((a) => ({
      id: a.id,
      description: a.description,
      ownerId: a.ownerId,
      dueDate: a.dueDate,
      status: a.status,
    })),
    residualLikelihood: String(risk.residualLikelihood),
    residualImpact: String(risk.residualImpact),
    residualReason: risk.residualReason ?? '',
    acceptanceJustification: risk.acceptanceJustification ?? '',
    acceptedById: risk.acceptedById ?? '',
    acceptanceExpiry: risk.acceptanceExpiry ?? '',
  };
}

function Levels({ prefix, title }: { prefix: 'inherent' | 'residual'; title: string }) {
  const { control } = useFormContext<RiskFormValues>();
  const [likelihood, impact] = useWatch({
    control,
    name: [`${prefix}Likelihood`, `${prefix}Impact`],
  });
  const word = prefix === 'inherent' ? 'Inherent' : 'Residual';
  return (
    <>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            name={`${prefix}Likelihood`}
            label={`${word} likelihood`}
            options={LIKELIHOOD_OPTIONS}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField name={`${prefix}Impact`} label={`${word} impact`} options={IMPACT_OPTIONS} required />
        </Grid>
      </Grid>
      <ScoreReadout label={title} likelihood={likelihood} impact={impact} />
    </>
  );
}

function Actions() {
  const { control } = useFormContext<RiskFormValues>();
  const treatment = useWatch({ control, name: 'treatment' });
  return (
    <RepeatableRows
      name="actions"
      title="Mitigation actions"
      rowName="Action"
      addLabel="Add action"
      newRow={() => ({ id: '', description: '', ownerId: '', dueDate: '', status: 'planned' })}
      max={MAX_ACTIONS}
      emptyText={
        treatment === 'mitigate'
          ? 'No action yet: a mitigation plan needs at least one.'
          : 'No actions recorded.'
      }
      description="What will be done, by whom and by when. A new action cannot be due in the past; an action not done by its due date is flagged as overdue."
    >
      {({ index, removeButton }) => (
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              name={`actions.${index}.description`}
              label={`Action ${index + 1}: what to do`}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <PersonField name={`actions.${index}.ownerId`} label={`Action ${index + 1}: owner`} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 2 }}>
            <DateField name={`actions.${index}.dueDate`} label={`Action ${index + 1}: due date`} required />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <SelectField
              name={`actions.${index}.status`}
              label={`Action ${index + 1}: status`}
              options={ACTION_STATUS_OPTIONS}
              required
            />
          </Grid>
          <Grid size={{ xs: 6, md: 1 }}>{removeButton}</Grid>
        </Grid>
      )}
    </RepeatableRows>
  );
}

/** The residual reason, said before saving: a residual score above the inherent one must be explained. */
function ResidualReason() {
  const { control } = useFormContext<RiskFormValues>();
  const [il, ii, rl, ri] = useWatch({
    control,
    name: ['inherentLikelihood', 'inherentImpact', 'residualLikelihood', 'residualImpact'],
  });
  const higher =
    [il, ii, rl, ri].every((v) => Number(v) >= 1) &&
    scoreOf(Number(rl), Number(ri)) > scoreOf(Number(il), Number(ii));
  return (
    <TextField
      name="residualReason"
      label="Why the residual score is higher"
      multiline
      minRows={1}
      required={higher}
      helperText={
        higher
          ? 'The residual score is above the inherent one: say why.'
          : 'Needed only when the residual score is above the inherent one.'
      }
    />
  );
}

function Acceptance() {
  const { control } = useFormContext<RiskFormValues>();
  const [treatment, il, ii, rl, ri] = useWatch({
    control,
    name: ['treatment', 'inherentLikelihood', 'inherentImpact', 'residualLikelihood', 'residualImpact'],
  });
  if (treatment !== 'accept') return null;
  const rating = acceptanceRatingOf({
    inherentLikelihood: Number(il) || null,
    inherentImpact: Number(ii) || null,
    residualLikelihood: Number(rl) || null,
    residualImpact: Number(ri) || null,
  });
  const needed = needsAcceptanceDetails(rating);
  return (
    <FormSection title="Acceptance">
      <Alert severity={needed ? 'warning' : 'info'} role="status">
        {needed
          ? `This risk is rated ${RATING_LABELS[rating].toLowerCase()}: accepting it needs a justification, the accepting manager and an expiry date. As the expiry nears (30 days), the risk comes due for review again.`
          : 'A low or medium risk may be accepted without these; give them if you have them.'}
      </Alert>
      <TextField
        name="acceptanceJustification"
        label="Justification for accepting"
        multiline
        minRows={2}
        required={needed}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <PersonField name="acceptedById" label="Accepting manager" required={needed} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField
            name="acceptanceExpiry"
            label="Acceptance expires"
            required={needed}
            helperText="Not in the past."
          />
        </Grid>
      </Grid>
    </FormSection>
  );
}

/** A risk's fields, for writing and editing. */
export function RiskFields() {
  return (
    <Stack spacing={3}>
      <FormSection title="Risk">
        <TextField name="title" label="Title" required />
        <TextField name="description" label="Description" multiline minRows={2} required />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField name="category" label="Category" options={CATEGORY_OPTIONS} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <PersonField
              name="ownerId"
              label="Owner"
              required
              helperText="Accountable for the risk; cannot review it."
            />
          </Grid>
        </Grid>
        <TextField name="threat" label="Threat" multiline minRows={1} required />
        <TextField
          name="affectedAssets"
          label="Affected processing or assets"
          multiline
          minRows={1}
          required
        />
        <RecordPickerField
          name="linkedProcessorIds"
          label="Linked processors"
          source={processorSource}
          max={MAX_LINKED_PROCESSORS}
          helperText="Type part of a processor’s name to search the register."
        />
      </FormSection>
      <FormSection title="Inherent risk (before mitigation)">
        <Levels prefix="inherent" title="Inherent score" />
      </FormSection>
      <FormSection title="Treatment">
        <SelectField name="treatment" label="Treatment" options={TREATMENT_OPTIONS} required />
      </FormSection>
      <Actions />
      <FormSection title="Residual risk (after mitigation)">
        <Levels prefix="residual" title="Residual score" />
        <ResidualReason />
      </FormSection>
      <Acceptance />
    </Stack>
  );
}
