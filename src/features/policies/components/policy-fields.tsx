import { useFormContext, useWatch } from 'react-hook-form';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ROLE_LABELS } from '@/shared/auth/permissions';
import { CheckboxField, CheckboxGroupField } from '@/shared/forms/checkbox-field';
import { FormSection } from '@/shared/forms/form-section';
import { PersonField } from '@/shared/forms/person-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import { useAudience, type Policy } from '../api/queries';
import { usePolicySites } from '../api/sites';
import { policiesMessages } from '../i18n/messages';
import { categoryLabel } from '../model/labels';
import {
  AUDIENCE_ROLES,
  POLICY_CATEGORIES,
  type PolicyAudience,
  type PolicyFormValues,
} from '../model/schemas';

export const EMPTY_POLICY: PolicyFormValues = {
  title: '',
  ownerId: '',
  category: '' as never,
  audience: { everyone: true, departments: [], siteIds: [], roles: [] },
};

export function policyToValues(policy: Policy): PolicyFormValues {
  return {
    title: policy.title,
    ownerId: policy.ownerId,
    category: policy.category,
    audience: policy.audience,
  };
}

/** How many people the audience as chosen would ask: the backend's own count, so "nobody" shows before saving. */
function AudienceMatches({ audience }: { audience: PolicyAudience }) {
  const t = useMessages(policiesMessages);
  const matches = useAudience(audience);
  const count = matches.data?.matches;
  return (
    <Typography role="status" color={count === 0 ? 'error' : 'text.secondary'}>
      {count === undefined
        ? t('audienceForm.counting')
        : count === 0
          ? t('audienceForm.nobody')
          : t('audienceForm.matches', { count, formatted: formatNumber(count) })}
    </Typography>
  );
}

function AudienceFields() {
  const { control } = useFormContext<PolicyFormValues>();
  const audience = useWatch({ control, name: 'audience' }) as PolicyAudience;
  const sites = usePolicySites();
  const departments = useAudience(audience).data?.departments ?? [];
  const t = useMessages(policiesMessages);
  const roleOptions = AUDIENCE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
  return (
    <FormSection title={t('field.audience')}>
      <Typography color="text.secondary">{t('audienceForm.intro')}</Typography>
      <CheckboxField name="audience.everyone" label={t('audienceForm.everyone')} />
      {!audience.everyone && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 5 }}>
            <CheckboxGroupField
              name="audience.departments"
              label={t('field.audience.departments')}
              options={departments.map((d) => ({ value: d, label: d }))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <CheckboxGroupField
              name="audience.siteIds"
              label={t('field.audience.siteIds')}
              options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <CheckboxGroupField
              name="audience.roles"
              label={t('field.audience.roles')}
              options={roleOptions}
            />
          </Grid>
        </Grid>
      )}
      <AudienceMatches audience={audience} />
    </FormSection>
  );
}

/** A policy: its title, owner, category and audience. Its text is in its versions. */
export function PolicyFields() {
  const t = useMessages(policiesMessages);
  const categoryOptions = POLICY_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }));
  return (
    <Stack spacing={3}>
      <FormSection title={t('policyForm.policy')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField name="title" label={t('field.title')} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <PersonField name="ownerId" label={t('field.owner')} required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <SelectField name="category" label={t('field.category')} options={categoryOptions} required />
          </Grid>
        </Grid>
      </FormSection>
      <AudienceFields />
    </Stack>
  );
}
