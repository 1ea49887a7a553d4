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
import { useMessages } from '@/shared/i18n/messages';
import { valueOptions } from '@/shared/labels/record-labels';
import { processorSource } from '@/shared/records/processor-source';
import type { Risk } from '../api/queries';
import { risksMessages } from '../i18n/messages';
import { RISK_LABELS, riskWords } from '../model/labels';
import {
  ACCEPTANCE_EXPIRING_DAYS,
  MAX_ACTIONS,
  MAX_LINKED_PROCESSORS,
  needsAcceptanceDetails,
  scoreOf,
} from '../model/rules';
import {
  acceptanceRatingOf,
  RISK_ACTION_STATUSES,
  RISK_CATEGORIES,
  RISK_TREATMENTS,
  type RiskFormValues,
} from '../model/schemas';
import { ScoreReadout } from './score-readout';

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

function Levels({ prefix }: { prefix: 'inherent' | 'residual' }) {
  useMessages(risksMessages);
  const { control } = useFormContext<RiskFormValues>();
  const [likelihood, impact] = useWatch({
    control,
    name: [`${prefix}Likelihood`, `${prefix}Impact`],
  });
  const fields = RISK_LABELS.fields;
  const words = riskWords();
  return (
    <>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            name={`${prefix}Likelihood`}
            label={fields[`${prefix}Likelihood`]}
            options={words.likelihoodOptions}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            name={`${prefix}Impact`}
            label={fields[`${prefix}Impact`]}
            options={words.impactOptions}
            required
          />
        </Grid>
      </Grid>
      <ScoreReadout label={fields[`${prefix}Score`]} likelihood={likelihood} impact={impact} />
    </>
  );
}

function Actions() {
  const t = useMessages(risksMessages);
  const { control } = useFormContext<RiskFormValues>();
  const treatment = useWatch({ control, name: 'treatment' });
  const fields = RISK_LABELS.fields;
  const statusOptions = valueOptions(RISK_ACTION_STATUSES, riskWords().actionStatus);
  const label = (index: number, field: string) => t('form.actionField', { position: index + 1, field });
  return (
    <RepeatableRows
      name="actions"
      title={fields.actions}
      rowName={RISK_LABELS.rows.actions}
      addLabel={t('form.addAction')}
      newRow={() => ({ id: '', description: '', ownerId: '', dueDate: '', status: 'planned' })}
      max={MAX_ACTIONS}
      emptyText={treatment === 'mitigate' ? t('form.noActionMitigate') : t('treatment.noActions')}
      description={t('form.actionsHelp')}
    >
      {({ index, removeButton }) => (
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField
              name={`actions.${index}.description`}
              label={label(index, fields['actions.description'])}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <PersonField
              name={`actions.${index}.ownerId`}
              label={label(index, fields['actions.ownerId'])}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 2 }}>
            <DateField
              name={`actions.${index}.dueDate`}
              label={label(index, fields['actions.dueDate'])}
              required
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <SelectField
              name={`actions.${index}.status`}
              label={label(index, fields['actions.status'])}
              options={statusOptions}
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
  const t = useMessages(risksMessages);
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
      label={RISK_LABELS.fields.residualReason}
      multiline
      minRows={1}
      required={higher}
      helperText={higher ? t('form.residualHigher') : t('form.residualHelp')}
    />
  );
}

function Acceptance() {
  const t = useMessages(risksMessages);
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
    <FormSection title={t('form.sectionAcceptance')}>
      <Alert severity={needed ? 'warning' : 'info'} role="status">
        {needed
          ? t('form.acceptanceNeeded', { rating, days: ACCEPTANCE_EXPIRING_DAYS })
          : t('form.acceptanceOptional')}
      </Alert>
      <TextField
        name="acceptanceJustification"
        label={RISK_LABELS.fields.acceptanceJustification}
        multiline
        minRows={2}
        required={needed}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <PersonField name="acceptedById" label={RISK_LABELS.fields.acceptedById} required={needed} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateField
            name="acceptanceExpiry"
            label={RISK_LABELS.fields.acceptanceExpiry}
            required={needed}
            helperText={t('form.expiryHelp')}
          />
        </Grid>
      </Grid>
    </FormSection>
  );
}

/** A risk's fields, for writing and editing. */
export function RiskFields() {
  const t = useMessages(risksMessages);
  const fields = RISK_LABELS.fields;
  const words = riskWords();
  const treatmentOptions = RISK_TREATMENTS.map((value) => ({
    value,
    label: t('treatment.withMeaning', {
      treatment: words.treatment[value],
      meaning: words.treatmentMeaning[value],
    }),
  }));
  return (
    <Stack spacing={3}>
      <FormSection title={t('form.sectionRisk')}>
        <TextField name="title" label={fields.title} required />
        <TextField name="description" label={fields.description} multiline minRows={2} required />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              name="category"
              label={fields.category}
              options={valueOptions(RISK_CATEGORIES, words.category)}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <PersonField name="ownerId" label={fields.ownerId} required helperText={t('form.ownerHelp')} />
          </Grid>
        </Grid>
        <TextField name="threat" label={fields.threat} multiline minRows={1} required />
        <TextField name="affectedAssets" label={fields.affectedAssets} multiline minRows={1} required />
        <RecordPickerField
          name="linkedProcessorIds"
          label={fields.linkedProcessorIds}
          source={processorSource}
          max={MAX_LINKED_PROCESSORS}
          helperText={t('form.processorsHelp')}
        />
      </FormSection>
      <FormSection title={t('form.sectionInherent')}>
        <Levels prefix="inherent" />
      </FormSection>
      <FormSection title={t('treatment.title')}>
        <SelectField name="treatment" label={fields.treatment} options={treatmentOptions} required />
      </FormSection>
      <Actions />
      <FormSection title={t('form.sectionResidual')}>
        <Levels prefix="residual" />
        <ResidualReason />
      </FormSection>
      <Acceptance />
    </Stack>
  );
}
