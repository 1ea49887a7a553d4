import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { CheckboxField } from '@/shared/forms/checkbox-field';
import { DateField } from '@/shared/forms/date-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import type { ComplianceReview } from '../api/queries';
import { MAX_ROWS } from '../model/rules';
import { REVIEW_OUTCOMES, type ReviewFormValues } from '../model/schemas';
import { REVIEW_OUTCOME_LABELS } from '../model/labels';
import { RepeatableRows } from '@/shared/forms/repeatable-rows';
import { FormSection } from '@/shared/forms/form-section';

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
  return (
    <RepeatableRows
      name="remediationActions"
      title="Remediation actions"
      rowName="Action"
      addLabel="Add remediation action"
      newRow={() => ({ description: '', dueDate: '', done: false })}
      max={MAX_ROWS}
      description="Required when the outcome is not compliant. An action not done by its due date is flagged."
    >
      {({ index, removeButton }) => (
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
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
          <Grid size={{ xs: 6, md: 1.5 }}>{removeButton}</Grid>
        </Grid>
      )}
    </RepeatableRows>
  );
}

/** A compliance review: when, who, what was found, the outcome and what must be fixed by when. */
export function ReviewFields() {
  return (
    <Stack spacing={3}>
      <FormSection title="Review">
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
      </FormSection>
      <RemediationActions />
    </Stack>
  );
}
