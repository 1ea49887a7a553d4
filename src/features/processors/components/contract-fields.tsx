import { useFormContext, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckboxField } from '@/shared/forms/checkbox-field';
import { DateField } from '@/shared/forms/date-field';
import { TextField } from '@/shared/forms/text-field';
import type { ProcessingContract } from '../api/queries';
import { useMessages } from '@/shared/i18n/messages';
import { processorsMessages } from '../i18n/messages';
import { CONTRACT_LABELS, clauseLabel } from '../model/labels';
import { CONTRACT_CLAUSES, type ContractFormValues } from '../model/schemas';
import { FormSection } from '@/shared/forms/form-section';

export const EMPTY_CONTRACT: ContractFormValues = {
  reference: '',
  title: '',
  signedDate: '',
  startDate: '',
  endDate: '',
  autoRenew: false,
  noticePeriodDays: '',
  documentUrl: '',
  breachNotificationHours: '',
  // A checklist starts unticked: each clause is ticked on reading it in the signed document.
  clauses: {
    documentedInstructions: false,
    confidentiality: false,
    securityMeasures: false,
    subProcessorConditions: false,
    dataSubjectRights: false,
    breachNotification: false,
    deletionOrReturn: false,
    auditRights: false,
  },
};

export function contractToValues(contract: ProcessingContract): ContractFormValues {
  return {
    reference: contract.reference,
    title: contract.title,
    signedDate: contract.signedDate ?? '',
    startDate: contract.startDate,
    endDate: contract.endDate,
    autoRenew: contract.autoRenew,
    noticePeriodDays: contract.noticePeriodDays === null ? '' : String(contract.noticePeriodDays),
    documentUrl: contract.documentUrl ?? '',
    breachNotificationHours:
      contract.breachNotificationHours === null ? '' : String(contract.breachNotificationHours),
    clauses: contract.clauses,
  };
}

/** The fields of a data processing agreement, with its clause checklist. */
export function ContractFields() {
  const t = useMessages(processorsMessages);
  const { fields } = CONTRACT_LABELS;
  const { control } = useFormContext<ContractFormValues>();
  const [autoRenew, breachClause] = useWatch({ control, name: ['autoRenew', 'clauses.breachNotification'] });
  return (
    <Stack spacing={3}>
      <FormSection title={t('contractForm.agreement')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name="reference"
              label={fields.reference}
              required
              helperText={t('contractForm.referenceHint')}
              autoComplete="off"
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 8 }}>
            <TextField name="title" label={fields.title} required />
          </Grid>
        </Grid>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="signedDate" label={fields.signedDate} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="startDate" label={fields.startDate} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="endDate" label={fields.endDate} required />
          </Grid>
        </Grid>
        <Grid container spacing={2} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <CheckboxField name="autoRenew" label={fields.autoRenew} />
          </Grid>
          {autoRenew && (
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                name="noticePeriodDays"
                label={fields.noticePeriodDays}
                inputMode="numeric"
                required
              />
            </Grid>
          )}
        </Grid>
        <TextField name="documentUrl" label={fields.documentUrl} type="url" placeholder="https://" />
      </FormSection>
      <FormSection title={t('contractForm.clausesTitle')}>
        <Typography variant="body2" color="text.secondary">
          {t('contractForm.clausesIntro')}
        </Typography>
        {CONTRACT_CLAUSES.map((clause) => (
          <Stack key={clause} spacing={1}>
            <CheckboxField name={`clauses.${clause}`} label={clauseLabel(clause)} />
            {clause === 'breachNotification' && breachClause && (
              <Box sx={{ pl: 4, maxWidth: 480 }}>
                <TextField
                  name="breachNotificationHours"
                  label={fields.breachNotificationHours}
                  inputMode="numeric"
                  required
                  helperText={t('contractForm.breachHint')}
                />
              </Box>
            )}
          </Stack>
        ))}
      </FormSection>
    </Stack>
  );
}
