import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { ApiError } from '@/shared/api/errors';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import { useCreatePolicy, useUpdatePolicy } from '../api/mutations';
import { audienceQuery, usePolicy, type Policy } from '../api/queries';
import { EMPTY_POLICY, PolicyFields, policyToValues } from '../components/policy-fields';
import { policiesMessages } from '../i18n/messages';
import { POLICY_LABELS } from '../model/labels';
import { policyInputSchema, type PolicyAudience, type PolicyInput } from '../model/schemas';

const POLICY_FORM: RecordForm<typeof policyInputSchema, Policy> = {
  schema: policyInputSchema,
  labels: POLICY_LABELS,
  toValues: policyToValues,
  Fields: PolicyFields,
};

export function NewPolicyPage() {
  const t = useMessages(policiesMessages);
  const create = useCreatePolicy();
  return (
    <NewRecordPage
      form={POLICY_FORM}
      title={t('policyForm.newTitle')}
      crumbs={[{ label: t('library.title'), to: '/policies' }]}
      formKey="policies.new"
      defaultValues={EMPTY_POLICY}
      submitLabel={t('library.add')}
      create={(values) => create.mutateAsync(values)}
      backTo="/policies"
      savedTo={(policy: Policy) => `/policies/${policy.id}`}
    />
  );
}

const sorted = (list: readonly string[]) => [...list].sort().join('\n');
function sameAudience(a: PolicyAudience, b: PolicyAudience) {
  return (
    a.everyone === b.everyone &&
    sorted(a.departments) === sorted(b.departments) &&
    sorted(a.siteIds) === sorted(b.siteIds) &&
    sorted(a.roles) === sorted(b.roles)
  );
}

interface AudienceChange {
  from: number;
  to: number;
  answer: (confirmed: boolean) => void;
}

/**
 * Changing who a published policy is asked of changes its figures at once (asked, acknowledged, overdue): the
 * officer confirms with both counts before it is saved.
 */
function useConfirmAudience(policy: Policy | undefined) {
  const queryClient = useQueryClient();
  const [change, setChange] = useState<AudienceChange | null>(null);
  const open = useRef(false);
  async function confirm(audience: PolicyAudience): Promise<boolean> {
    if (!policy || policy.status !== 'published' || sameAudience(audience, policy.audience)) return true;
    if (open.current) return false;
    open.current = true;
    const [before, after] = await Promise.all([
      queryClient.fetchQuery(audienceQuery(policy.audience)),
      queryClient.fetchQuery(audienceQuery(audience)),
    ]);
    return new Promise<boolean>((resolve) =>
      setChange({
        from: before.matches,
        to: after.matches,
        answer: (confirmed) => {
          open.current = false;
          setChange(null);
          resolve(confirmed);
        },
      }),
    );
  }
  return { change, confirm };
}

function ConfirmAudienceDialog({ change }: { change: AudienceChange | null }) {
  const t = useMessages(policiesMessages);
  return (
    <Dialog
      open={change !== null}
      onClose={() => change?.answer(false)}
      aria-labelledby="audience-change-title"
      aria-describedby="audience-change-text"
    >
      <DialogTitle id="audience-change-title">{t('audienceChange.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="audience-change-text">
          {change &&
            t('audienceChange.text', {
              to: change.to,
              toFormatted: formatNumber(change.to),
              fromFormatted: formatNumber(change.from),
            })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => change?.answer(false)}>{t('audienceChange.keep')}</Button>
        <Button variant="contained" onClick={() => change?.answer(true)}>
          {t('audienceChange.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function EditPolicyPage() {
  const t = useMessages(policiesMessages);
  const { id = '' } = useParams();
  const query = usePolicy(id);
  const update = useUpdatePolicy(id);
  const { change, confirm } = useConfirmAudience(query.data);
  const crumbs = [
    { label: t('library.title'), to: '/policies' },
    { label: query.data?.title ?? t('policy.loadingTitle'), to: `/policies/${id}` },
  ];
  async function save(body: PolicyInput, version: number) {
    if (!(await confirm(body.audience))) {
      // Not saved, and said so; the form keeps everything typed.
      throw new ApiError(409, {
        type: 'about:blank',
        title: t('audienceChange.notSavedTitle'),
        status: 409,
        detail: t('audienceChange.notSaved'),
      });
    }
    return update.mutateAsync({ body, version });
  }
  return (
    <>
      <EditRecordPage
        form={POLICY_FORM}
        query={query}
        what={t('policy.what')}
        loadingTitle={t('policyForm.editLoadingTitle')}
        title={(policy) => t('policyForm.editTitle', { title: policy.title })}
        crumbs={crumbs}
        formKey={`policies.edit.${id}`}
        submitLabel={t('policyForm.save')}
        update={save}
        backTo={`/policies/${id}`}
      />
      <ConfirmAudienceDialog change={change} />
    </>
  );
}
