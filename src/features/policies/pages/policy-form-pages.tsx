import { useParams } from 'react-router';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { useCreatePolicy, useUpdatePolicy } from '../api/mutations';
import { usePolicy, type Policy } from '../api/queries';
import { EMPTY_POLICY, PolicyFields, policyToValues } from '../components/policy-fields';
import { POLICY_LABELS } from '../model/labels';
import { policyInputSchema } from '../model/schemas';

const POLICY_FORM: RecordForm<typeof policyInputSchema, Policy> = {
  schema: policyInputSchema,
  labels: POLICY_LABELS,
  toValues: policyToValues,
  Fields: PolicyFields,
};
const CRUMBS = [{ label: 'Policies', to: '/policies' }];

export function NewPolicyPage() {
  const create = useCreatePolicy();
  return (
    <NewRecordPage
      form={POLICY_FORM}
      title="Add a policy"
      crumbs={CRUMBS}
      formKey="policies.new"
      defaultValues={EMPTY_POLICY}
      submitLabel="Add policy"
      create={(values) => create.mutateAsync(values)}
      backTo="/policies"
      savedTo={(policy: Policy) => `/policies/${policy.id}`}
    />
  );
}

export function EditPolicyPage() {
  const { id = '' } = useParams();
  const query = usePolicy(id);
  const update = useUpdatePolicy(id);
  const crumbs = [...CRUMBS, { label: query.data?.title ?? 'Policy', to: `/policies/${id}` }];
  return (
    <EditRecordPage
      form={POLICY_FORM}
      query={query}
      what="the policy"
      loadingTitle="Edit policy"
      title={(policy) => `Edit ${policy.title}`}
      crumbs={crumbs}
      formKey={`policies.edit.${id}`}
      submitLabel="Save policy"
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/policies/${id}`}
    />
  );
}
