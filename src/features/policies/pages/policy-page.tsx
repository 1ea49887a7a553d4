import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { usePermission } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { mergeLabels } from '@/shared/labels/record-labels';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordPage } from '@/shared/record-page/record-page';
import { RecordSection } from '@/shared/record-page/record-section';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useRetirePolicy } from '../api/mutations';
import { usePolicy, type Policy } from '../api/queries';
import { usePolicySites } from '../api/sites';
import { describeAudience } from '../components/audience';
import { PolicyStatusChip } from '../components/policy-chips';
import { PolicyCompletion } from '../components/policy-completion';
import { PolicyPeople } from '../components/policy-people';
import { CompareVersions, lastPublishedOf, PolicyVersions } from '../components/policy-versions';
import { policiesMessages } from '../i18n/messages';
import { categoryLabel, POLICY_LABELS, VERSION_LABELS } from '../model/labels';

const HISTORY_LABELS = mergeLabels(POLICY_LABELS, VERSION_LABELS);

function RetireButton({ policy }: { policy: Policy }) {
  const t = useMessages(policiesMessages);
  const [open, setOpen] = useState(false);
  const retire = useRetirePolicy(policy.id);
  return (
    <>
      <Button color="error" onClick={() => setOpen(true)}>
        {t('retire.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="retire-title">
        <DialogTitle id="retire-title">{t('retire.title', { title: policy.title })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('retire.text')}</DialogContentText>
          {retire.isError && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {describeError(retire.error)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('retire.keep')}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={retire.isPending}
            onClick={() => retire.mutate(policy.version, { onSuccess: () => setOpen(false) })}
          >
            {t('retire.button')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/**
 * The version people are asked to acknowledge; for a retired policy, the last one published (nobody is asked
 * now), which is what the Versions table marks too.
 */
function VersionFact({ policy }: { policy: Policy }) {
  const t = useMessages(policiesMessages);
  if (policy.current) {
    return (
      <Fact label={t('details.current')}>
        {t('details.currentValue', {
          number: policy.current.number,
          date: formatDate(policy.current.effectiveDate),
        })}
      </Fact>
    );
  }
  const last = lastPublishedOf(policy.versions);
  if (policy.status === 'retired' && last) {
    return (
      <Fact label={t('details.lastPublished')}>
        {t('details.lastPublishedValue', { number: last.number, date: formatDate(last.effectiveDate) })}
      </Fact>
    );
  }
  return <Fact label={t('details.current')}>{t('details.nonePublished')}</Fact>;
}

function Details({ policy }: { policy: Policy }) {
  const t = useMessages(policiesMessages);
  const sites = usePolicySites();
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;
  return (
    <RecordSection id="policy-details" title={t('details.title')}>
      <Facts>
        <Fact label={t('field.owner')}>{policy.ownerName}</Fact>
        <Fact label={t('field.category')}>{categoryLabel(policy.category)}</Fact>
        <Fact label={t('field.audience')}>{describeAudience(policy.audience, siteName)}</Fact>
        <VersionFact policy={policy} />
      </Facts>
    </RecordSection>
  );
}

/** The draft in progress, if any, and the way to publish it; or the way to start the next version. */
function Draft({ policy }: { policy: Policy }) {
  const t = useMessages(policiesMessages);
  const draft = policy.versions.find((v) => v.status === 'draft');
  if (policy.status === 'retired') return null;
  return (
    <RecordSection id="policy-draft" title={t('draft.title')}>
      {draft ? (
        <Stack spacing={1}>
          <Typography>
            {t('draft.summary', {
              number: draft.number,
              kind: draft.minor === 0 ? 'major' : 'minor',
              date: formatDate(draft.effectiveDate),
              summary: draft.summary,
            })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button component={RouterLink} to={`/policies/${policy.id}/versions/${draft.id}/edit`}>
              {t('draft.edit', { number: draft.number })}
            </Button>
            <Button
              variant="contained"
              component={RouterLink}
              to={`/policies/${policy.id}/versions/${draft.id}/publish`}
            >
              {t('draft.publish', { number: draft.number })}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography>{t('draft.none')}</Typography>
          <Button variant="contained" component={RouterLink} to={`/policies/${policy.id}/versions/new`}>
            {policy.versions.length === 0 ? t('draft.writeFirst') : t('draft.startNew')}
          </Button>
        </Stack>
      )}
    </RecordSection>
  );
}

/** The officer's page: the policy, its versions and drafts, completion, the people asked, and its history. */
function OfficerPolicyPage({ id }: { id: string }) {
  const t = useMessages(policiesMessages);
  const query = usePolicy(id);
  return (
    <RecordPage
      query={query}
      what={t('policy.what')}
      loadingTitle={t('policy.loadingTitle')}
      crumbs={[{ label: t('library.title'), to: '/policies' }]}
      title={(policy) => policy.title}
      status={(policy) => <PolicyStatusChip status={policy.status} />}
      actions={(policy) =>
        policy.status !== 'retired' && (
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to={`/policies/${policy.id}/edit`}>
              {t('policy.edit')}
            </Button>
            {policy.status === 'published' && <RetireButton policy={policy} />}
          </Stack>
        )
      }
      history={{ entityType: 'policy', entityId: id, labels: HISTORY_LABELS }}
    >
      {(policy) => (
        <>
          <Details policy={policy} />
          <Draft policy={policy} />
          <PolicyCompletion policy={policy} />
          {policy.current && <PolicyPeople policyId={policy.id} />}
          <PolicyVersions versions={policy.versions} policyStatus={policy.status} />
          <CompareVersions versions={policy.versions} policyStatus={policy.status} />
        </>
      )}
    </RecordPage>
  );
}

/** A manager's page: the policy and their own team's completion; no drafts, no history of everyone's actions. */
function TeamPolicyPage({ id }: { id: string }) {
  const t = useMessages(policiesMessages);
  const query = usePolicy(id);
  const crumbs = [{ label: t('library.titleTeam'), to: '/policies' }];
  if (!query.data) {
    return (
      <PageLoadState query={query} title={t('policy.loadingTitle')} crumbs={crumbs} what={t('policy.what')} />
    );
  }
  const policy = query.data;
  return (
    <>
      <PageHeader title={policy.title} crumbs={crumbs} status={<PolicyStatusChip status={policy.status} />} />
      <Stack spacing={3}>
        <Details policy={policy} />
        <PolicyCompletion policy={policy} />
        {policy.current && <PolicyPeople policyId={policy.id} />}
        <PolicyVersions versions={policy.versions} policyStatus={policy.status} team />
      </Stack>
    </>
  );
}

export function PolicyPage() {
  const { id = '' } = useParams();
  const canManage = usePermission('policies.manage');
  return canManage ? <OfficerPolicyPage id={id} /> : <TeamPolicyPage id={id} />;
}
