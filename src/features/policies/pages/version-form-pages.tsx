import { useParams } from 'react-router';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { useMessages } from '@/shared/i18n/messages';
import { todayIso } from '@/shared/model/dates';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useCreateVersion, useUpdateVersion } from '../api/mutations';
import { usePolicy, usePolicyVersion, type Policy, type PolicyVersion } from '../api/queries';
import { emptyVersion, VersionFields, versionToValues } from '../components/version-fields';
import { policiesMessages } from '../i18n/messages';
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
  { label: policiesMessages.t('library.title'), to: '/policies' },
  { label: policy?.title ?? policiesMessages.t('policy.loadingTitle'), to: `/policies/${id}` },
];

/** A new version starts from the last one's text, so the officer edits rather than retypes it. */
export function NewVersionPage() {
  const t = useMessages(policiesMessages);
  const { id = '' } = useParams();
  const policy = usePolicy(id);
  const create = useCreateVersion(id);
  if (!policy.data) {
    return (
      <PageLoadState
        query={policy}
        title={t('versionForm.newLoadingTitle')}
        crumbs={crumbsFor(undefined, id)}
        what={t('policy.what')}
      />
    );
  }
  const last = policy.data.versions.find((v) => v.status !== 'draft');
  return (
    <NewRecordPage
      form={last ? VERSION_FORM : FIRST_VERSION_FORM}
      title={t('versionForm.newTitle', { title: policy.data.title })}
      crumbs={crumbsFor(policy.data, id)}
      formKey={`policies.${id}.versions.new`}
      defaultValues={emptyVersion(todayIso(), last?.text ?? '')}
      submitLabel={t('versionForm.save')}
      create={(values) => create.mutateAsync(values)}
      backTo={`/policies/${id}`}
    />
  );
}

export function EditVersionPage() {
  const t = useMessages(policiesMessages);
  const { id = '', versionId = '' } = useParams();
  const policy = usePolicy(id);
  const query = usePolicyVersion(versionId);
  const update = useUpdateVersion(versionId);
  return (
    <EditRecordPage
      form={VERSION_FORM}
      query={query}
      what={t('versionForm.what')}
      loadingTitle={t('versionForm.editLoadingTitle')}
      title={(version) => t('versionForm.editTitle', { number: version.number })}
      crumbs={crumbsFor(policy.data, id)}
      formKey={`policies.versions.edit.${versionId}`}
      submitLabel={t('versionForm.save')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/policies/${id}`}
    />
  );
}
