import { useParams } from 'react-router';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { todayIso } from '@/shared/model/dates';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useCreateVersion, useUpdateVersion } from '../api/mutations';
import { usePolicy, usePolicyVersion, type Policy, type PolicyVersion } from '../api/queries';
import { emptyVersion, VersionFields, versionToValues } from '../components/version-fields';
import { VERSION_LABELS } from '../model/labels';
import { policyVersionInputSchema } from '../model/schemas';

const VERSION_FORM: RecordForm<typeof policyVersionInputSchema, PolicyVersion> = {
  schema: policyVersionInputSchema,
  labels: VERSION_LABELS,
  toValues: versionToValues,
  Fields: VersionFields,
};
const FIRST_VERSION_FORM = { ...VERSION_FORM, Fields: FirstVersionFields };

function FirstVersionFields() {
  return <VersionFields firstVersion />;
}

const crumbsFor = (policy: Policy | undefined, id: string) => [
  { label: 'Policies', to: '/policies' },
  { label: policy?.title ?? 'Policy', to: `/policies/${id}` },
];

/** A new version starts from the last one's text, so the officer edits rather than retypes it. */
export function NewVersionPage() {
  const { id = '' } = useParams();
  const policy = usePolicy(id);
  const create = useCreateVersion(id);
  if (!policy.data) {
    return (
      <PageLoadState query={policy} title="New version" crumbs={crumbsFor(undefined, id)} what="the policy" />
    );
  }
  const last = policy.data.versions.find((v) => v.status !== 'draft');
  return (
    <NewRecordPage
      form={last ? VERSION_FORM : FIRST_VERSION_FORM}
      title={`New version of ${policy.data.title}`}
      crumbs={crumbsFor(policy.data, id)}
      formKey={`policies.${id}.versions.new`}
      defaultValues={emptyVersion(todayIso(), last?.text ?? '')}
      submitLabel="Save draft"
      create={(values) => create.mutateAsync(values)}
      backTo={`/policies/${id}`}
    />
  );
}

export function EditVersionPage() {
  const { id = '', versionId = '' } = useParams();
  const policy = usePolicy(id);
  const query = usePolicyVersion(versionId);
  const update = useUpdateVersion(versionId);
  return (
    <EditRecordPage
      form={VERSION_FORM}
      query={query}
      what="the version"
      loadingTitle="Edit draft version"
      title={(version) => `Edit draft version ${version.number}`}
      crumbs={crumbsFor(policy.data, id)}
      formKey={`policies.versions.edit.${versionId}`}
      submitLabel="Save draft"
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/policies/${id}`}
    />
  );
}
