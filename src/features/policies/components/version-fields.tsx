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
import { useMessages } from '@/shared/i18n/messages';
import { LoadingBlock } from '@/shared/ui/loading-block';
import type { PolicyVersion } from '../api/queries';
import { policiesMessages } from '../i18n/messages';
import { versionKindLabel } from '../model/labels';
import { VERSION_KINDS, type PolicyVersionFormValues } from '../model/schemas';

const PolicyMarkdown = lazy(async () => ({ default: (await import('./policy-markdown')).PolicyMarkdown }));

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
  const t = useMessages(policiesMessages);
  // An h2, as the page's h1 is the only heading above it (the form's sections are fieldsets, not headings).
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="version-preview">
      <Typography id="version-preview" variant="subtitle1" component="h2" gutterBottom>
        {t('versionForm.preview')}
      </Typography>
      {text.trim() === '' ? (
        <Typography color="text.secondary">{t('versionForm.nothingYet')}</Typography>
      ) : (
        <Suspense fallback={<LoadingBlock label={t('versionForm.loadingPreview')} height={120} />}>
          <PolicyMarkdown text={text} />
        </Suspense>
      )}
    </Paper>
  );
}

/** A version: major or minor, when it takes effect, what changed, and its text in Markdown with a preview. */
export function VersionFields({ firstVersion = false }: { firstVersion?: boolean }) {
  const t = useMessages(policiesMessages);
  const kindOptions = VERSION_KINDS.map((kind) => ({ value: kind, label: versionKindLabel(kind) }));
  return (
    <Stack spacing={3}>
      <FormSection title={t('versionForm.version')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectField
              name="kind"
              label={t('field.version.kind')}
              options={kindOptions}
              required
              helperText={firstVersion ? t('versionForm.firstMajor') : undefined}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <DateField
              name="effectiveDate"
              label={t('field.version.effectiveDate')}
              required
              helperText={t('versionForm.effectiveHint')}
            />
          </Grid>
        </Grid>
        <TextField name="summary" label={t('field.version.summary')} multiline minRows={2} required />
      </FormSection>
      <FormSection title={t('versionForm.text')}>
        <TextField
          name="text"
          label={t('field.version.text')}
          multiline
          minRows={12}
          helperText={t('versionForm.textHint')}
        />
        <Preview />
      </FormSection>
    </Stack>
  );
}
