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
import { valueOptions } from '@/shared/labels/record-labels';
import { useAudience, type Policy } from '../api/queries';
import { usePolicySites } from '../api/sites';
import { CATEGORY_LABELS } from '../model/labels';
import {
  AUDIENCE_ROLES,
  POLICY_CATEGORIES,
  type PolicyAudience,
  type PolicyFormValues,
} from '../model/schemas';

const CATEGORY_OPTIONS = valueOptions(POLICY_CATEGORIES, CATEGORY_LABELS);
const ROLE_OPTIONS = AUDIENCE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

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
  const matches = useAudience(audience);
  const count = matches.data?.matches;
  return (
    <Typography role="status" color={count === 0 ? 'error' : 'text.secondary'}>
      {count === undefined
        ? 'Counting the people this audience names…'
        : count === 0
          ? 'Nobody matches this audience: choose departments, sites or roles that people are in.'
          : `${new Intl.NumberFormat().format(count)} ${count === 1 ? 'person matches' : 'people match'} this audience.`}
    </Typography>
  );
}

function AudienceFields() {
  const { control } = useFormContext<PolicyFormValues>();
  const audience = useWatch({ control, name: 'audience' }) as PolicyAudience;
  const sites = usePolicySites();
  const departments = useAudience(audience).data?.departments ?? [];
  return (
    <FormSection title="Audience">
      <Typography color="text.secondary">
        Who must read and acknowledge it: everyone, or the people who match every list you tick (for example
        Finance at the Toronto head office). A retired policy is asked of nobody.
      </Typography>
      <CheckboxField name="audience.everyone" label="Everyone in the company" />
      {!audience.everyone && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 5 }}>
            <CheckboxGroupField
              name="audience.departments"
              label="Departments"
              options={departments.map((d) => ({ value: d, label: d }))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <CheckboxGroupField
              name="audience.siteIds"
              label="Sites"
              options={(sites.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <CheckboxGroupField name="audience.roles" label="Roles" options={ROLE_OPTIONS} />
          </Grid>
        </Grid>
      )}
      <AudienceMatches audience={audience} />
    </FormSection>
  );
}

/** A policy: its title, owner, category and audience. Its text is in its versions. */
export function PolicyFields() {
  return (
    <Stack spacing={3}>
      <FormSection title="Policy">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField name="title" label="Title" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <PersonField name="ownerId" label="Owner" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <SelectField name="category" label="Category" options={CATEGORY_OPTIONS} required />
          </Grid>
        </Grid>
      </FormSection>
      <AudienceFields />
    </Stack>
  );
}
