import { useFieldArray, useFormContext } from 'react-hook-form';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckboxField } from '@/shared/forms/checkbox-field';
import { DateField } from '@/shared/forms/date-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import type { ComplianceReview } from '../api/queries';
import { MAX_ROWS } from '../model/rules';
import { REVIEW_OUTCOMES, type ReviewFormValues } from '../model/schemas';
import { REVIEW_OUTCOME_LABELS } from '../model/labels';

const OUTCOME_OPTIONS = REVIEW_OUTCOMES.map((value) => ({ value, label: REVIEW_OUTCOME_LABELS[value] }));

export function emptyReview(today: string, reviewer: string): ReviewFormValues {
  return { reviewDate: today, reviewer, findings: '', outcome: '' as never, remediationActions: [] };
}

export function reviewToValues(review: ComplianceReview): ReviewFormValues {
  return {
    reviewDate: review.reviewDate,
    reviewer: review.reviewer,
    findings: review.findings,
    outcome: review.outcome,
    remediationActions: review.remediationActions,
  };
}

function RemediationActions() {
  const { control, formState } = useFormContext<ReviewFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'remediationActions' });
  // The list as a whole can be wrong ("add at least one"): say so here, not only in the summary.
  const listError = formState.errors.remediationActions;
  const listMessage = listError?.message ?? listError?.root?.message;
  return (
    <Paper variant="outlined" component="fieldset" sx={{ p: 2, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="h6" sx={{ px: 0.5 }}>
        Remediation actions
      </Typography>
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          Required when the outcome is not compliant. An action not done by its due date is flagged.
        </Typography>
        {fields.map((field, index) => (
          <Grid
            key={field.id}
            container
            spacing={2}
            role="group"
            aria-label={`Action ${index + 1}`}
            sx={{ alignItems: 'flex-start' }}
          >
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField
                name={`remediationActions.${index}.description`}
                label={`Action ${index + 1}: what to do`}
                required
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <DateField
                name={`remediationActions.${index}.dueDate`}
                label={`Action ${index + 1}: due date`}
                required
              />
            </Grid>
            <Grid size={{ xs: 6, md: 1.5 }}>
              <CheckboxField name={`remediationActions.${index}.done`} label="Done" />
            </Grid>
            <Grid size={{ xs: 6, md: 1.5 }}>
              <Button onClick={() => remove(index)} aria-label={`Remove action ${index + 1}`} sx={{ mt: 1 }}>
                Remove
              </Button>
            </Grid>
          </Grid>
        ))}
        {listMessage && <FormHelperText error>{listMessage}</FormHelperText>}
        {fields.length < MAX_ROWS && (
          <Box>
            <Button variant="outlined" onClick={() => append({ description: '', dueDate: '', done: false })}>
              Add remediation action
            </Button>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}

/** A compliance review: when, who, what was found, the outcome and what must be fixed by when. */
export function ReviewFields() {
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" component="fieldset" sx={{ p: 2, m: 0, minWidth: 0 }}>
        <Typography component="legend" variant="h6" sx={{ px: 0.5 }}>
          Review
        </Typography>
        <Stack spacing={2}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <DateField name="reviewDate" label="Review date" required />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField name="reviewer" label="Reviewer" required />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <SelectField name="outcome" label="Outcome" options={OUTCOME_OPTIONS} required />
            </Grid>
          </Grid>
          <TextField name="findings" label="Findings" multiline minRows={3} required />
        </Stack>
      </Paper>
      <RemediationActions />
    </Stack>
  );
}
