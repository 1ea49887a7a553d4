import { lazy, Suspense, useState } from 'react';
import Grid from '@mui/material/Grid';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { ChildTable } from '@/shared/record-page/child-records';
import { RecordSection } from '@/shared/record-page/record-section';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { ToneChip } from '@/shared/ui/tone-chip';
import type { PolicyVersion } from '../api/queries';
import { VERSION_STATUS_LABELS } from '../model/labels';
import { shortHash } from '../model/text-hash';

const TextDiff = lazy(async () => ({ default: (await import('./text-diff')).TextDiff }));

const numberFormat = new Intl.NumberFormat();

const COLUMNS = [
  { header: 'Version', cell: (v: PolicyVersion) => v.number },
  {
    header: 'Status',
    cell: (v: PolicyVersion) => (
      <ToneChip
        tone={v.status === 'published' ? 'success' : 'neutral'}
        label={VERSION_STATUS_LABELS[v.status]}
      />
    ),
  },
  { header: 'Effective', cell: (v: PolicyVersion) => formatDate(v.effectiveDate) },
  {
    header: 'Published',
    cell: (v: PolicyVersion) =>
      v.publishedAt ? `${formatDateTime(v.publishedAt)} by ${v.publishedBy}` : 'Not yet',
  },
  {
    header: 'Acknowledge by',
    cell: (v: PolicyVersion) => (v.minor === 0 && v.dueDate ? formatDate(v.dueDate) : ''),
  },
  { header: 'Acknowledgements', cell: (v: PolicyVersion) => numberFormat.format(v.acknowledgements ?? 0) },
  { header: 'Summary of changes', cell: (v: PolicyVersion) => v.summary },
  {
    header: 'SHA-256 of the text',
    cell: (v: PolicyVersion) => (v.textHash ? <span title={v.textHash}>{shortHash(v.textHash)}…</span> : ''),
  },
];

export function PolicyVersions({ versions }: { versions: PolicyVersion[] }) {
  return (
    <RecordSection id="policy-versions" title="Versions">
      {versions.length === 0 ? (
        <Typography color="text.secondary">No version written yet.</Typography>
      ) : (
        <ChildTable labelledBy="policy-versions" items={versions} getRowId={(v) => v.id} columns={COLUMNS} />
      )}
    </RecordSection>
  );
}

/** Any two versions side by side as a text diff: the newest against the one before it to start with. */
export function CompareVersions({ versions }: { versions: PolicyVersion[] }) {
  const [to, setTo] = useState(versions[0]?.id ?? '');
  const [from, setFrom] = useState(versions[1]?.id ?? '');
  if (versions.length < 2) return null;
  const before = versions.find((v) => v.id === from);
  const after = versions.find((v) => v.id === to);
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {v.number} ({VERSION_STATUS_LABELS[v.status].toLowerCase()})
    </option>
  ));
  return (
    <RecordSection id="policy-compare" title="Compare versions">
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <MuiTextField
            select
            fullWidth
            size="small"
            label="From version"
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
            label="To version"
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
        <Suspense fallback={<LoadingBlock label="Comparing the versions" height={160} />}>
          <TextDiff
            before={before.text}
            after={after.text}
            beforeLabel={`version ${before.number}`}
            afterLabel={`version ${after.number}`}
          />
        </Suspense>
      )}
    </RecordSection>
  );
}
