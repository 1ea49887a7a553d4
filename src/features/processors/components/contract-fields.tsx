import { useFormContext, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckboxField } from '@/shared/forms/checkbox-field';
import { DateField } from '@/shared/forms/date-field';
import { TextField } from '@/shared/forms/text-field';
import type { ProcessingContract } from '../api/queries';
import { CLAUSE_LABELS } from '../model/labels';
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
  const { control } = useFormContext<ContractFormValues>();
  const [autoRenew, breachClause] = useWatch({ control, name: ['autoRenew', 'clauses.breachNotification'] });
  return (
    <Stack spacing={3}>
      <FormSection title="Agreement">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              name="reference"
              label="Reference"
              required
              helperText="Unique, e.g. DPA-ACME-2026."
              autoComplete="off"
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 8 }}>
            <TextField name="title" label="Title" required />
          </Grid>
        </Grid>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="signedDate" label="Signed on" />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="startDate" label="Start date" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="endDate" label="End or renewal date" required />
          </Grid>
        </Grid>
        <Grid container spacing={2} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <CheckboxField name="autoRenew" label="Renews automatically" />
          </Grid>
          {autoRenew && (
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField name="noticePeriodDays" label="Notice period (days)" inputMode="numeric" required />
            </Grid>
          )}
        </Grid>
        <TextField name="documentUrl" label="Link to the signed document" type="url" placeholder="https://" />
      </FormSection>
      <FormSection title="Clauses in the contract">
        <Typography variant="body2" color="text.secondary">
          Tick each clause the signed agreement contains. An unticked clause is flagged on the processor and
          in the list.
        </Typography>
        {CONTRACT_CLAUSES.map((clause) => (
          <Stack key={clause} spacing={1}>
            <CheckboxField name={`clauses.${clause}`} label={CLAUSE_LABELS[clause]} />
            {clause === 'breachNotification' && breachClause && (
              <Box sx={{ pl: 4, maxWidth: 480 }}>
                <TextField
                  name="breachNotificationHours"
                  label="Breach notification within (hours)"
                  inputMode="numeric"
                  required
                  helperText="How many hours after discovery the processor must notify us, e.g. 72."
                />
              </Box>
            )}
          </Stack>
        ))}
      </FormSection>
    </Stack>
  );
}
