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
import { CompareVersions, PolicyVersions } from '../components/policy-versions';
import { CATEGORY_LABELS, POLICY_LABELS, VERSION_LABELS } from '../model/labels';

const CRUMBS = [{ label: 'Policies', to: '/policies' }];
const HISTORY_LABELS = mergeLabels(POLICY_LABELS, VERSION_LABELS);

function RetireButton({ policy }: { policy: Policy }) {
  const [open, setOpen] = useState(false);
  const retire = useRetirePolicy(policy.id);
  return (
    <>
      <Button color="error" onClick={() => setOpen(true)}>
        Retire policy
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="retire-title">
        <DialogTitle id="retire-title">Retire “{policy.title}”?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            A retired policy is asked of nobody: it leaves everyone’s “My policies”. Its versions and the
            acknowledgements stay on record for evidence.
          </DialogContentText>
          {retire.isError && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {describeError(retire.error)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Keep it</Button>
          <Button
            color="error"
            variant="contained"
            disabled={retire.isPending}
            onClick={() => retire.mutate(policy.version, { onSuccess: () => setOpen(false) })}
          >
            Retire policy
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function Details({ policy }: { policy: Policy }) {
  const sites = usePolicySites();
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;
  return (
    <RecordSection id="policy-details" title="Details">
      <Facts>
        <Fact label="Owner">{policy.ownerName}</Fact>
        <Fact label="Category">{CATEGORY_LABELS[policy.category]}</Fact>
        <Fact label="Audience">{describeAudience(policy.audience, siteName)}</Fact>
        <Fact label="Current version">
          {policy.current
            ? `${policy.current.number}, effective ${formatDate(policy.current.effectiveDate)}`
            : 'None published'}
        </Fact>
      </Facts>
    </RecordSection>
  );
}

/** The draft in progress, if any, and the way to publish it; or the way to start the next version. */
function Draft({ policy }: { policy: Policy }) {
  const draft = policy.versions.find((v) => v.status === 'draft');
  if (policy.status === 'retired') return null;
  return (
    <RecordSection id="policy-draft" title="Next version">
      {draft ? (
        <Stack spacing={1}>
          <Typography>
            Version {draft.number} ({draft.minor === 0 ? 'major' : 'minor'}) is a draft, effective{' '}
            {formatDate(draft.effectiveDate)}: {draft.summary}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to={`/policies/${policy.id}/versions/${draft.id}/edit`}>
              Edit draft {draft.number}
            </Button>
            <Button
              variant="contained"
              component={RouterLink}
              to={`/policies/${policy.id}/versions/${draft.id}/publish`}
            >
              Review and publish {draft.number}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography>No draft in progress.</Typography>
          <Button variant="contained" component={RouterLink} to={`/policies/${policy.id}/versions/new`}>
            {policy.versions.length === 0 ? 'Write the first version' : 'Start a new version'}
          </Button>
        </Stack>
      )}
    </RecordSection>
  );
}

/** The officer's page: the policy, its versions and drafts, completion, the people asked, and its history. */
function OfficerPolicyPage({ id }: { id: string }) {
  const query = usePolicy(id);
  return (
    <RecordPage
      query={query}
      what="the policy"
      loadingTitle="Policy"
      crumbs={CRUMBS}
      title={(policy) => policy.title}
      status={(policy) => <PolicyStatusChip status={policy.status} />}
      actions={(policy) =>
        policy.status !== 'retired' && (
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to={`/policies/${policy.id}/edit`}>
              Edit policy
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
          <PolicyVersions versions={policy.versions} />
          <CompareVersions versions={policy.versions} />
        </>
      )}
    </RecordPage>
  );
}

/** A manager's page: the policy and their own team's completion; no drafts, no history of everyone's actions. */
function TeamPolicyPage({ id }: { id: string }) {
  const query = usePolicy(id);
  const crumbs = [{ label: 'Team policies', to: '/policies' }];
  if (!query.data) return <PageLoadState query={query} title="Policy" crumbs={crumbs} what="the policy" />;
  const policy = query.data;
  return (
    <>
      <PageHeader title={policy.title} crumbs={crumbs} status={<PolicyStatusChip status={policy.status} />} />
      <Stack spacing={3}>
        <Details policy={policy} />
        <PolicyCompletion policy={policy} />
        {policy.current && <PolicyPeople policyId={policy.id} />}
        <PolicyVersions versions={policy.versions} />
      </Stack>
    </>
  );
}

export function PolicyPage() {
  const { id = '' } = useParams();
  const canManage = usePermission('policies.manage');
  return canManage ? <OfficerPolicyPage id={id} /> : <TeamPolicyPage id={id} />;
}
