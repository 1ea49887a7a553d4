import Grid from '@mui/material/Grid';
import { useMessages } from '@/shared/i18n/messages';
import { fieldLabel } from '@/shared/labels/record-labels';
import Stack from '@mui/material/Stack';
import { CheckboxField } from '@/shared/forms/checkbox-field';
import { DateField } from '@/shared/forms/date-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import type { ComplianceReview } from '../api/queries';
import { MAX_ROWS } from '../model/rules';
import { type ReviewFormValues } from '../model/schemas';
import { REVIEW_LABELS } from '../model/labels';
import { processorsMessages } from '../i18n/messages';
import { useProcessorOptions } from './options';
import { RepeatableRows } from '@/shared/forms/repeatable-rows';
import { FormSection } from '@/shared/forms/form-section';

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
  const t = useMessages(processorsMessages);
  return (
    <RepeatableRows
      name="remediationActions"
      title={REVIEW_LABELS.fields.remediationActions}
      rowName={t('row.action')}
      addLabel={t('reviewForm.addAction')}
      newRow={() => ({ description: '', dueDate: '', done: false })}
      max={MAX_ROWS}
      description={t('reviewForm.actionsDescription')}
    >
      {({ index, removeButton }) => (
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              name={`remediationActions.${index}.description`}
              label={fieldLabel(REVIEW_LABELS, `remediationActions.${index}.description`)}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <DateField
              name={`remediationActions.${index}.dueDate`}
              label={fieldLabel(REVIEW_LABELS, `remediationActions.${index}.dueDate`)}
              required
            />
          </Grid>
          <Grid size={{ xs: 6, md: 1.5 }}>
            <CheckboxField name={`remediationActions.${index}.done`} label={t('reviewForm.done')} />
          </Grid>
          <Grid size={{ xs: 6, md: 1.5 }}>{removeButton}</Grid>
        </Grid>
      )}
    </RepeatableRows>
  );
}

/** A compliance review: when, who, what was found, the outcome and what must be fixed by when. */
export function ReviewFields() {
  const t = useMessages(processorsMessages);
  const options = useProcessorOptions();
  const { fields } = REVIEW_LABELS;
  return (
    <Stack spacing={3}>
      <FormSection title={t('reviewForm.section')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DateField name="reviewDate" label={fields.reviewDate} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField name="reviewer" label={fields.reviewer} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField name="outcome" label={fields.outcome} options={options.outcome} required />
          </Grid>
        </Grid>
        <TextField name="findings" label={fields.findings} multiline minRows={3} required />
      </FormSection>
      <RemediationActions />
    </Stack>
  );
}
