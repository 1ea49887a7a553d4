import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ApiError, isApiError } from '@/shared/api/errors';
import { ConsoleForm } from '@/shared/forms/console-form';
import { DateField } from '@/shared/forms/date-field';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate, formatNumber } from '@/shared/labels/format';
import { mergeLabels } from '@/shared/labels/record-labels';
import { todayIso } from '@/shared/model/dates';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { policyKeys } from '../api/keys';
import { usePublishVersion } from '../api/mutations';
import { useAudience, usePolicy, type Policy, type PolicyVersion } from '../api/queries';
import { usePolicySites } from '../api/sites';
import { describeAudience } from '../components/audience';
import { policiesMessages } from '../i18n/messages';
import { POLICY_LABELS, VERSION_LABELS } from '../model/labels';
import { DEFAULT_DUE_DAYS, defaultDueDate } from '../model/rules';
import { publishInputSchema } from '../model/schemas';

const PolicyMarkdown = lazy(async () => ({
  default: (await import('../components/policy-markdown')).PolicyMarkdown,
}));
const TextDiff = lazy(async () => ({ default: (await import('../components/text-diff')).TextDiff }));

const PUBLISH_LABELS = mergeLabels(VERSION_LABELS, POLICY_LABELS);

interface Blocker {
  field: 'text' | 'effectiveDate' | 'audience' | 'status';
  message: string;
}

/** What would stop the publish, said before the officer tries (the backend checks the same and answers 422). */
function blockers(
  policy: Policy,
  draft: PolicyVersion,
  previous: PolicyVersion | undefined,
  matches?: number,
): Blocker[] {
  const t = policiesMessages.t;
  const found: Blocker[] = [];
  if (draft.text.trim() === '') found.push({ field: 'text', message: t('publish.noText') });
  if (previous && draft.effectiveDate < previous.effectiveDate) {
    found.push({
      field: 'effectiveDate',
      message: t('publish.effectiveBefore', {
        date: formatDate(draft.effectiveDate),
        number: previous.number,
        previous: formatDate(previous.effectiveDate),
      }),
    });
  }
  if (matches === 0) found.push({ field: 'audience', message: t('publish.nobody') });
  if (policy.status === 'retired') found.push({ field: 'status', message: t('publish.retired') });
  return found;
}

/** The problems that stop a publish, each with where to put it right (the draft, or the policy's audience). */
function Blockers({
  problems,
  policyId,
  draftId,
}: {
  problems: Blocker[];
  policyId: string;
  draftId: string;
}) {
  const t = useMessages(policiesMessages);
  return (
    <Alert severity="warning">
      {t('publish.cannotYet')}
      <ul style={{ margin: 0 }}>
        {problems.map((problem) => (
          <li key={problem.field}>{problem.message}</li>
        ))}
      </ul>
      {problems.some((p) => p.field === 'audience') ? (
        <RouterLink to={`/policies/${policyId}/edit`}>{t('publish.changeAudience')}</RouterLink>
      ) : (
        <RouterLink to={`/policies/${policyId}/versions/${draftId}/edit`}>
          {t('publish.editDraft')}
        </RouterLink>
      )}
    </Alert>
  );
}

function PublishForm({
  policy,
  draft,
  onRefused,
}: {
  policy: Policy;
  draft: PolicyVersion;
  /** The backend's reasons about the draft or the policy (not this form's field), for the list above. */
  onRefused: (problems: Blocker[]) => void;
}) {
  const t = useMessages(policiesMessages);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const publish = usePublishVersion(draft.id);
  const isMajor = draft.minor === 0;
  // The backend may find what this page did not (the draft or the audience changed meanwhile): its reasons
  // are about the draft, not this form's one field, so they join the list of problems above, with the way to
  // the draft, instead of an error summary linking to fields this page does not have; the policy reloads.
  async function submit(values: { dueDate: string | null }, version: number) {
    try {
      return await publish.mutateAsync({ body: values, version });
    } catch (error) {
      const elsewhere = isApiError(error, 422) ? error.fieldErrors.filter((e) => e.field !== 'dueDate') : [];
      if (!isApiError(error) || elsewhere.length === 0) throw error;
      onRefused(elsewhere.map((e) => ({ field: e.field as Blocker['field'], message: e.message })));
      void queryClient.invalidateQueries({ queryKey: policyKeys.detail(policy.id) });
      throw new ApiError(409, { ...error.problem, errors: [] });
    }
  }
  return (
    <ConsoleForm
      aria-label={t('publish.submit', { number: draft.number })}
      schema={publishInputSchema}
      defaultValues={{ dueDate: isMajor ? defaultDueDate(todayIso()) : null }}
      version={draft.version}
      formKey={`policies.publish.${draft.id}`}
      labels={PUBLISH_LABELS}
      submitLabel={t('publish.submit', { number: draft.number })}
      onSubmit={(values, { version }) => submit(values, version!)}
      onSuccess={() => navigate(`/policies/${policy.id}`)}
      secondaryActions={
        <Button component={RouterLink} to={`/policies/${policy.id}`}>
          {t('publish.cancel')}
        </Button>
      }
    >
      {isMajor ? (
        <>
          <Typography>{t('publish.majorIntro')}</Typography>
          <DateField
            name="dueDate"
            label={t('field.version.dueDate')}
            required
            helperText={t('publish.dueHint', { days: DEFAULT_DUE_DAYS })}
          />
        </>
      ) : (
        <Typography>{t('publish.minorIntro', { major: draft.major })}</Typography>
      )}
    </ConsoleForm>
  );
}

/** Publishing a draft: what changed since the last version, the text as readers will see it, then the due date. */
export function PublishPage() {
  const t = useMessages(policiesMessages);
  const { id = '', versionId = '' } = useParams();
  const query = usePolicy(id);
  const sites = usePolicySites();
  // The backend's refusal of this very draft (its version): listed until the draft changes.
  const [refused, setRefused] = useState<{ version: number; problems: Blocker[] } | null>(null);
  const audience = useAudience(
    query.data?.audience ?? { everyone: false, departments: [], siteIds: [], roles: [] },
  );
  const crumbs = [
    { label: t('library.title'), to: '/policies' },
    { label: query.data?.title ?? t('policy.loadingTitle'), to: `/policies/${id}` },
  ];
  if (!query.data) {
    return <PageLoadState query={query} title={t('publish.title')} crumbs={crumbs} what={t('policy.what')} />;
  }
  const policy = query.data;
  const draft = policy.versions.find((v) => v.id === versionId);
  if (!draft || draft.status !== 'draft') {
    return (
      <>
        <PageHeader title={t('publish.title')} crumbs={crumbs} />
        <Alert severity="info">
          {t('publish.notDraft')} <RouterLink to={`/policies/${id}`}>{t('publish.backToPolicy')}</RouterLink>
        </Alert>
      </>
    );
  }
  const previous = policy.versions.find((v) => v.status !== 'draft');
  const siteName = (siteId: string) => sites.data?.find((s) => s.id === siteId)?.name ?? siteId;
  const known = blockers(policy, draft, previous, audience.data?.matches);
  const fromServer =
    refused?.version === draft.version
      ? refused.problems.filter((p) => !known.some((k) => k.field === p.field))
      : [];
  const problems = [...known, ...fromServer];
  const editDraft = (
    <Button component={RouterLink} to={`/policies/${id}/versions/${draft.id}/edit`}>
      {t('publish.editDraftButton')}
    </Button>
  );
  const beforeLabel = previous && t('diff.versionLabel', { number: previous.number });
  const afterLabel = t('diff.versionLabel', { number: draft.number });
  return (
    <>
      <PageHeader
        title={t('publish.heading', { number: draft.number, title: policy.title })}
        crumbs={crumbs}
        actions={editDraft}
      />
      <Stack spacing={3}>
        <Facts>
          <Fact label={t('field.version.kind')}>
            {draft.minor === 0 ? t('publish.kindMajor') : t('publish.kindMinor')}
          </Fact>
          <Fact label={t('field.version.effectiveDate')}>{formatDate(draft.effectiveDate)}</Fact>
          <Fact label={t('field.version.summary')}>{draft.summary}</Fact>
          <Fact label={t('field.audience')}>
            {audience.data
              ? t('publish.audienceWithCount', {
                  audience: describeAudience(policy.audience, siteName),
                  count: audience.data.matches,
                  formatted: formatNumber(audience.data.matches),
                })
              : describeAudience(policy.audience, siteName)}
          </Fact>
        </Facts>
        {problems.length > 0 && <Blockers problems={problems} policyId={id} draftId={draft.id} />}
        <RecordSection
          id="publish-changes"
          title={previous ? t('publish.changesSince', { number: previous.number }) : t('publish.changes')}
        >
          {previous ? (
            <Suspense fallback={<LoadingBlock label={t('diff.loading')} height={160} />}>
              <TextDiff
                before={previous.text}
                after={draft.text}
                beforeLabel={beforeLabel!}
                afterLabel={afterLabel}
              />
            </Suspense>
          ) : (
            <Typography>{t('publish.firstVersion')}</Typography>
          )}
        </RecordSection>
        <RecordSection id="publish-text" title={t('publish.textTitle')}>
          {draft.text.trim() === '' ? (
            <Typography color="text.secondary">{t('publish.noTextYet')}</Typography>
          ) : (
            <Suspense fallback={<LoadingBlock label={t('publish.loadingText')} height={240} />}>
              <PolicyMarkdown text={draft.text} />
            </Suspense>
          )}
        </RecordSection>
        <RecordSection id="publish-form" title={t('publish.title')}>
          {problems.length > 0 ? (
            // Nothing to publish until the problems above are put right: no button that can only fail.
            <Typography>{t('publish.fixFirst')}</Typography>
          ) : (
            <PublishForm
              policy={policy}
              draft={draft}
              onRefused={(found) => setRefused({ version: draft.version, problems: found })}
            />
          )}
        </RecordSection>
      </Stack>
    </>
  );
}
