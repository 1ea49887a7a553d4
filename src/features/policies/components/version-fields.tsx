import { lazy, Suspense } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DateField } from '@/shared/forms/date-field';
import { FormSection } from '@/shared/forms/form-section';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { LoadingBlock } from '@/shared/ui/loading-block';
import type { PolicyVersion } from '../api/queries';
import { VERSION_KIND_LABELS } from '../model/labels';
import { VERSION_KINDS, type PolicyVersionFormValues } from '../model/schemas';

const PolicyMarkdown = lazy(async () => ({ default: (await import('./policy-markdown')).PolicyMarkdown }));

const KIND_OPTIONS = VERSION_KINDS.map((kind) => ({ value: kind, label: VERSION_KIND_LABELS[kind] }));

export function emptyVersion(today: string, text = ''): PolicyVersionFormValues {
  return { kind: 'major', effectiveDate: today, summary: '', text };
}

export function versionToValues(version: PolicyVersion): PolicyVersionFormValues {
  return {
    kind: version.kind,
    effectiveDate: version.effectiveDate,
    summary: version.summary,
    text: version.text,
  };
}

function Preview() {
  const { control } = useFormContext<PolicyVersionFormValues>();
  const text = useWatch({ control, name: 'text' }) ?? '';
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="version-preview">
      <Typography id="version-preview" variant="subtitle1" component="h3" gutterBottom>
        Preview
      </Typography>
      {text.trim() === '' ? (
        <Typography color="text.secondary">Nothing written yet.</Typography>
      ) : (
        <Suspense fallback={<LoadingBlock label="Loading the preview" height={120} />}>
          <PolicyMarkdown text={text} />
        </Suspense>
      )}
    </Paper>
  );
}

/** A version: major or minor, when it takes effect, what changed, and its text in Markdown with a preview. */
export function VersionFields({ firstVersion = false }: { firstVersion?: boolean }) {
  return (
    <Stack spacing={3}>
      <FormSection title="Version">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectField
              name="kind"
              label="Kind of change"
              options={KIND_OPTIONS}
              required
              helperText={firstVersion ? 'The first version is a major one (1.0).' : undefined}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <DateField
              name="effectiveDate"
              label="Effective date"
              required
              helperText="Not before the previous version’s."
            />
          </Grid>
        </Grid>
        <TextField name="summary" label="Summary of changes" multiline minRows={2} required />
      </FormSection>
      <FormSection title="Text">
        <TextField
          name="text"
          label="Text (Markdown)"
          multiline
          minRows={12}
          helperText="Headings with #, lists with - or 1., **bold**. HTML is shown as nothing. A draft may be saved without text; publishing needs it."
        />
        <Preview />
      </FormSection>
    </Stack>
  );
}
