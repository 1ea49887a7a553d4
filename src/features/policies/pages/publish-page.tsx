import { lazy, Suspense } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ConsoleForm } from '@/shared/forms/console-form';
import { DateField } from '@/shared/forms/date-field';
import { formatDate } from '@/shared/labels/format';
import { mergeLabels } from '@/shared/labels/record-labels';
import { todayIso } from '@/shared/model/dates';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { usePublishVersion } from '../api/mutations';
import { useAudience, usePolicy, type Policy, type PolicyVersion } from '../api/queries';
import { usePolicySites } from '../api/sites';
import { describeAudience } from '../components/audience';
import { POLICY_LABELS, VERSION_LABELS } from '../model/labels';
import { defaultDueDate } from '../model/rules';
import { publishInputSchema } from '../model/schemas';

const PolicyMarkdown = lazy(async () => ({
  default: (await import('../components/policy-markdown')).PolicyMarkdown,
}));
const TextDiff = lazy(async () => ({ default: (await import('../components/text-diff')).TextDiff }));

const PUBLISH_LABELS = mergeLabels(VERSION_LABELS, POLICY_LABELS);

/** What would stop the publish, said before the officer tries (the backend checks the same and answers 422). */
function blockers(
  policy: Policy,
  draft: PolicyVersion,
  previous: PolicyVersion | undefined,
  matches?: number,
) {
  const found: { field: string; message: string }[] = [];
  if (draft.text.trim() === '') found.push({ field: 'text', message: 'This version has no text yet.' });
  if (previous && draft.effectiveDate < previous.effectiveDate) {
    found.push({
      field: 'effectiveDate',
      message: `Its effective date (${formatDate(draft.effectiveDate)}) is before version ${previous.number}’s (${formatDate(previous.effectiveDate)}).`,
    });
  }
  if (matches === 0) found.push({ field: 'audience', message: 'Nobody matches the policy’s audience.' });
  if (policy.status === 'retired') found.push({ field: 'status', message: 'The policy is retired.' });
  return found;
}

function PublishForm({ policy, draft }: { policy: Policy; draft: PolicyVersion }) {
  const navigate = useNavigate();
  const publish = usePublishVersion(draft.id);
  const isMajor = draft.minor === 0;
  return (
    <ConsoleForm
      aria-label={`Publish version ${draft.number}`}
      schema={publishInputSchema}
      defaultValues={{ dueDate: isMajor ? defaultDueDate(todayIso()) : null }}
      version={draft.version}
      formKey={`policies.publish.${draft.id}`}
      labels={PUBLISH_LABELS}
      submitLabel={`Publish version ${draft.number}`}
      onSubmit={(values, { version }) => publish.mutateAsync({ body: values, version: version! })}
      onSuccess={() => navigate(`/policies/${policy.id}`)}
      secondaryActions={
        <Button component={RouterLink} to={`/policies/${policy.id}`}>
          Cancel
        </Button>
      }
    >
      {isMajor ? (
        <>
          <Typography>
            A major version: everyone in the audience is asked to read and acknowledge it again, by this date.
          </Typography>
          <DateField
            name="dueDate"
            label="Acknowledge by"
            required
            helperText="14 days from today unless you choose."
          />
        </>
      ) : (
        <Typography>
          A minor version: acknowledgements of version {draft.major}.x still count, so nobody is asked again.
          Readers see what changed.
        </Typography>
      )}
    </ConsoleForm>
  );
}

/** Publishing a draft: what changed since the last version, the text as readers will see it, then the due date. */
export function PublishPage() {
  const { id = '', versionId = '' } = useParams();
  const query = usePolicy(id);
  const sites = usePolicySites();
  const audience = useAudience(
    query.data?.audience ?? { everyone: false, departments: [], siteIds: [], roles: [] },
  );
  const crumbs = [
    { label: 'Policies', to: '/policies' },
    { label: query.data?.title ?? 'Policy', to: `/policies/${id}` },
  ];
  if (!query.data) return <PageLoadState query={query} title="Publish" crumbs={crumbs} what="the policy" />;
  const policy = query.data;
  const draft = policy.versions.find((v) => v.id === versionId);
  if (!draft || draft.status !== 'draft') {
    return (
      <>
        <PageHeader title="Publish" crumbs={crumbs} />
        <Alert severity="info">
          This version is not a draft any more: it has been published.{' '}
          <RouterLink to={`/policies/${id}`}>Back to the policy</RouterLink>
        </Alert>
      </>
    );
  }
  const previous = policy.versions.find((v) => v.status !== 'draft');
  const siteName = (siteId: string) => sites.data?.find((s) => s.id === siteId)?.name ?? siteId;
  const problems = blockers(policy, draft, previous, audience.data?.matches);
  const editDraft = (
    <Button component={RouterLink} to={`/policies/${id}/versions/${draft.id}/edit`}>
      Edit the draft
    </Button>
  );
  return (
    <>
      <PageHeader
        title={`Publish version ${draft.number} of ${policy.title}`}
        crumbs={crumbs}
        actions={editDraft}
      />
      <Stack spacing={3}>
        <Facts>
          <Fact label="Kind of change">{draft.minor === 0 ? 'Major' : 'Minor'}</Fact>
          <Fact label="Effective date">{formatDate(draft.effectiveDate)}</Fact>
          <Fact label="Summary of changes">{draft.summary}</Fact>
          <Fact label="Audience">
            {describeAudience(policy.audience, siteName)}
            {audience.data && ` (${new Intl.NumberFormat().format(audience.data.matches)} people)`}
          </Fact>
        </Facts>
        {problems.length > 0 && (
          <Alert severity="warning">
            This version cannot be published yet:
            <ul style={{ margin: 0 }}>
              {problems.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
            {problems.some((p) => p.field === 'audience') ? (
              <RouterLink to={`/policies/${id}/edit`}>Change the audience</RouterLink>
            ) : (
              <RouterLink to={`/policies/${id}/versions/${draft.id}/edit`}>Edit the draft</RouterLink>
            )}
          </Alert>
        )}
        <RecordSection
          id="publish-changes"
          title={previous ? `What changed since version ${previous.number}` : 'What changed'}
        >
          {previous ? (
            <Suspense fallback={<LoadingBlock label="Comparing the versions" height={160} />}>
              <TextDiff
                before={previous.text}
                after={draft.text}
                beforeLabel={`version ${previous.number}`}
                afterLabel={`version ${draft.number}`}
              />
            </Suspense>
          ) : (
            <Typography>This is the policy’s first version: nothing to compare it with.</Typography>
          )}
        </RecordSection>
        <RecordSection id="publish-text" title="The text as readers will see it">
          {draft.text.trim() === '' ? (
            <Typography color="text.secondary">No text yet.</Typography>
          ) : (
            <Suspense fallback={<LoadingBlock label="Loading the text" height={240} />}>
              <PolicyMarkdown text={draft.text} />
            </Suspense>
          )}
        </RecordSection>
        <RecordSection id="publish-form" title="Publish">
          <PublishForm policy={policy} draft={draft} />
        </RecordSection>
      </Stack>
    </>
  );
}
