import { lazy, Suspense, useState } from 'react';
import Grid from '@mui/material/Grid';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate, formatDateTime, formatNumber } from '@/shared/labels/format';
import { ChildTable, type ChildColumn } from '@/shared/record-page/child-records';
import { RecordSection } from '@/shared/record-page/record-section';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { ToneChip } from '@/shared/ui/tone-chip';
import type { PolicyVersion } from '../api/queries';
import { policiesMessages } from '../i18n/messages';
import { versionStatusLabel } from '../model/labels';
import type { PolicyStatus } from '../model/schemas';
import { shortHash } from '../model/text-hash';
import { ScrollRegion } from './scroll-region';

const TextDiff = lazy(async () => ({ default: (await import('./text-diff')).TextDiff }));

/**
 * How a version's status reads: the published version of a retired policy is its last published one, not a
 * "current" one (nobody is asked to acknowledge it), as the policy's details say.
 */
function statusLabel(
  version: PolicyVersion,
  policyStatus: PolicyStatus,
  lastPublishedId: string | undefined,
) {
  return policyStatus === 'retired' && version.id === lastPublishedId
    ? policiesMessages.t('versions.lastPublishedRetired')
    : versionStatusLabel(version.status);
}

/** The latest version published (current or superseded): the newest that is not a draft. */
export const lastPublishedOf = (versions: PolicyVersion[]) => versions.find((v) => v.status !== 'draft');

function useColumns(
  policyStatus: PolicyStatus,
  team: boolean,
  lastPublishedId: string | undefined,
): ChildColumn<PolicyVersion>[] {
  const t = useMessages(policiesMessages);
  return [
    { header: t('versions.version'), cell: (v) => v.number },
    {
      header: t('versions.status'),
      cell: (v) => (
        <ToneChip
          tone={v.status === 'published' && policyStatus !== 'retired' ? 'success' : 'neutral'}
          label={statusLabel(v, policyStatus, lastPublishedId)}
        />
      ),
    },
    { header: t('versions.effective'), cell: (v) => formatDate(v.effectiveDate) },
    {
      header: t('versions.published'),
      cell: (v) =>
        v.publishedAt
          ? t('versions.publishedBy', { at: formatDateTime(v.publishedAt), name: v.publishedBy ?? '' })
          : t('versions.notYet'),
    },
    {
      header: t('versions.dueDate'),
      cell: (v) => (v.minor === 0 && v.dueDate ? formatDate(v.dueDate) : ''),
    },
    {
      header: team ? t('versions.acknowledgementsTeam') : t('versions.acknowledgements'),
      cell: (v) => formatNumber(v.acknowledgements ?? 0),
    },
    { header: t('versions.summary'), cell: (v) => v.summary },
    {
      header: t('versions.textHash'),
      cell: (v) =>
        v.textHash ? (
          <span title={v.textHash}>{t('versions.shortHash', { hash: shortHash(v.textHash) })}</span>
        ) : (
          ''
        ),
    },
  ];
}

/**
 * A policy's versions as a table; on a narrow screen it scrolls sideways in a region a keyboard can reach. A
 * manager (`team`) sees their team's acknowledgements, as beside the team's completion.
 */
export function PolicyVersions({
  versions,
  policyStatus,
  team = false,
}: {
  versions: PolicyVersion[];
  policyStatus: PolicyStatus;
  team?: boolean;
}) {
  const t = useMessages(policiesMessages);
  const columns = useColumns(policyStatus, team, lastPublishedOf(versions)?.id);
  return (
    <RecordSection id="policy-versions" title={t('versions.title')}>
      {versions.length === 0 ? (
        <Typography color="text.secondary">{t('versions.none')}</Typography>
      ) : (
        <ScrollRegion label={t('versions.tableRegion')}>
          <ChildTable
            labelledBy="policy-versions"
            items={versions}
            getRowId={(v) => v.id}
            columns={columns}
          />
        </ScrollRegion>
      )}
    </RecordSection>
  );
}

/** Any two versions side by side as a text diff: the newest against the one before it to start with. */
export function CompareVersions({
  versions,
  policyStatus,
}: {
  versions: PolicyVersion[];
  policyStatus: PolicyStatus;
}) {
  const t = useMessages(policiesMessages);
  const [to, setTo] = useState(versions[0]?.id ?? '');
  const [from, setFrom] = useState(versions[1]?.id ?? '');
  if (versions.length < 2) return null;
  const before = versions.find((v) => v.id === from);
  const after = versions.find((v) => v.id === to);
  const lastId = lastPublishedOf(versions)?.id;
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {t('versions.option', { number: v.number, status: statusLabel(v, policyStatus, lastId).toLowerCase() })}
    </option>
  ));
  return (
    <RecordSection id="policy-compare" title={t('compare.title')}>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <MuiTextField
            select
            fullWidth
            size="small"
            label={t('compare.from')}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true, htmlFor: 'compare-from' } }}
            id="compare-from"
          >
            {options}
          </MuiTextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <MuiTextField
            select
            fullWidth
            size="small"
            label={t('compare.to')}
            value={to}
            onChange={(event) => setTo(event.target.value)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true, htmlFor: 'compare-to' } }}
            id="compare-to"
          >
            {options}
          </MuiTextField>
        </Grid>
      </Grid>
      {before && after && (
        // The diff (its chunk, and the diff of two whole texts) waits until the page above it has painted:
        // on the policy's page, the people asked are what a person opens it for.
        <AfterPrimaryContent primaryShown minHeight={160}>
          <Suspense fallback={<LoadingBlock label={t('diff.loading')} height={160} />}>
            <TextDiff
              before={before.text}
              after={after.text}
              beforeLabel={t('diff.versionLabel', { number: before.number })}
              afterLabel={t('diff.versionLabel', { number: after.number })}
            />
          </Suspense>
        </AfterPrimaryContent>
      )}
    </RecordSection>
  );
}
