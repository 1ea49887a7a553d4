import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { formatDate } from '@/shared/labels/format';
import { columnLabel, valueOptions } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { riskList, type RiskListItem } from '../api/risk-list';
import { FlagChips, RatingChip, StatusChip } from '../components/chips';
import { useProcessorOptions } from '../components/processor-options';
import {
  BASIS_LABELS,
  CATEGORY_LABELS,
  impactLabel,
  likelihoodLabel,
  RATING_LABELS,
  REVIEW_STATUS_LABELS,
  RISK_LABELS,
  STATUS_LABELS,
  TREATMENT_LABELS,
} from '../model/labels';
import { LEVELS } from '../model/rules';
import { RISK_CATEGORIES, RISK_RATINGS, RISK_STATUSES } from '../model/schemas';

const label = (field: keyof typeof RISK_LABELS.fields) => columnLabel(RISK_LABELS, field);

const col = createDataTableColumnHelper<RiskListItem>();
const columns = col.columns([
  col.accessor('reference', {
    header: label('reference'),
    meta: { width: 110 },
    cell: (c) => (
      <Link component={RouterLink} to={`/risks/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('title', { header: label('title'), meta: { width: 260 } }),
  col.accessor('category', {
    header: label('category'),
    meta: { defaultHidden: true },
    cell: (c) => CATEGORY_LABELS[c.getValue()],
  }),
  col.accessor('status', { header: label('status'), cell: (c) => <StatusChip status={c.getValue()} /> }),
  col.accessor('inherentScore', {
    header: label('inherentScore'),
    cell: (c) => <RatingChip score={c.getValue()} rating={c.row.original.inherentRating} />,
  }),
  col.accessor('residualScore', {
    header: label('residualScore'),
    cell: (c) => <RatingChip score={c.getValue()} rating={c.row.original.residualRating} />,
  }),
  col.accessor('ownerName', { header: label('ownerName'), enableSorting: false }),
  col.accessor('flags', {
    header: label('flags'),
    enableSorting: false,
    cell: (c) => <FlagChips flags={c.getValue()} />,
  }),
  col.accessor('nextReviewDue', {
    header: label('nextReviewDue'),
    cell: (c) => (c.getValue() ? formatDate(c.getValue()) : 'Not approved'),
  }),
  col.accessor('treatment', {
    header: label('treatment'),
    meta: { defaultHidden: true },
    cell: (c) => TREATMENT_LABELS[c.getValue()],
  }),
  col.accessor('linkedProcessors', {
    header: label('linkedProcessors'),
    enableSorting: false,
    meta: { defaultHidden: true },
    cell: (c) =>
      c
        .getValue()
        .map((p) => p.name)
        .join(', '),
  }),
  col.accessor('updatedAt', {
    header: label('updatedAt'),
    meta: { defaultHidden: true },
    cell: (c) => formatDate(c.getValue().slice(0, 10)),
  }),
]);

// The export is evidence: every fact a reviewer may ask about, in words.
const csvColumns: CsvColumn<RiskListItem>[] = [
  { header: 'Reference', value: (r) => r.reference },
  { header: label('title'), value: (r) => r.title },
  { header: label('category'), value: (r) => CATEGORY_LABELS[r.category] },
  { header: label('status'), value: (r) => STATUS_LABELS[r.status] },
  { header: label('ownerName'), value: (r) => r.ownerName },
  { header: 'Inherent likelihood', value: (r) => likelihoodLabel(r.inherentLikelihood) },
  { header: 'Inherent impact', value: (r) => impactLabel(r.inherentImpact) },
  { header: 'Inherent score', value: (r) => r.inherentScore },
  { header: 'Inherent rating', value: (r) => RATING_LABELS[r.inherentRating] },
  { header: label('treatment'), value: (r) => TREATMENT_LABELS[r.treatment] },
  { header: 'Residual likelihood', value: (r) => likelihoodLabel(r.residualLikelihood) },
  { header: 'Residual impact', value: (r) => impactLabel(r.residualImpact) },
  { header: 'Residual score', value: (r) => r.residualScore },
  { header: 'Residual rating', value: (r) => RATING_LABELS[r.residualRating] },
  { header: 'Actions', value: (r) => r.actionCount },
  { header: 'Overdue actions', value: (r) => r.overdueActionCount },
  { header: 'Linked processors', value: (r) => r.linkedProcessors.map((p) => p.name) },
  { header: 'Next review due', value: (r) => r.nextReviewDue },
  { header: 'Review', value: (r) => REVIEW_STATUS_LABELS[r.reviewStatus] },
  { header: label('flags'), value: (r) => r.flags.map((f) => f.message) },
];

const LEVEL_OPTIONS = (name: (level: number) => string) =>
  LEVELS.map((level) => ({ value: String(level), label: name(level) }));

const FILTERS = defineFilters(riskList, [
  {
    field: 'q',
    kind: 'search',
    label: 'Search reference, title or threat',
    hint: 'Not kept in the address bar.',
    span: 2,
  },
  {
    field: 'category',
    kind: 'select',
    allLabel: 'All categories',
    options: valueOptions(RISK_CATEGORIES, CATEGORY_LABELS),
  },
  {
    field: 'rating',
    kind: 'select',
    allLabel: 'All ratings',
    options: valueOptions(RISK_RATINGS, RATING_LABELS),
  },
  {
    field: 'status',
    kind: 'select',
    allLabel: 'All statuses',
    options: valueOptions(RISK_STATUSES, STATUS_LABELS),
  },
  { field: 'ownerId', kind: 'person', label: 'Owner' },
  {
    field: 'overdue',
    kind: 'select',
    label: 'Overdue',
    allLabel: 'Overdue or not',
    options: [
      { value: 'true', label: 'Overdue action or review' },
      { value: 'false', label: 'Nothing overdue' },
    ],
  },
  { field: 'processorId', kind: 'select', label: 'Linked processor', allLabel: 'Any processor' },
  {
    field: 'basis',
    kind: 'select',
    label: 'Scores',
    allLabel: 'Residual (after mitigation)',
    options: [{ value: 'inherent', label: BASIS_LABELS.inherent }],
    hint: 'Which scores rating, likelihood and impact mean.',
  },
  {
    field: 'likelihood',
    kind: 'select',
    allLabel: 'Any likelihood',
    options: LEVEL_OPTIONS(likelihoodLabel),
  },
  { field: 'impact', kind: 'select', allLabel: 'Any impact', options: LEVEL_OPTIONS(impactLabel) },
]);

export function RiskListPage() {
  const navigate = useNavigate();
  const canWrite = usePermission('risks.write');
  const canReview = usePermission('risks.review');
  const controller = useListController(riskList);
  const processorOptions = useProcessorOptions(
    controller.state.filters.processorId,
    controller.query.isSuccess,
  );
  const write = (
    <Button component={RouterLink} to="/risks/new" variant="contained">
      Write a risk
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Risk register"
        actions={
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/risks/heat-map">
              Heat map
            </Button>
            {canReview && (
              <Button component={RouterLink} to="/risks/review-queue">
                Review queue
              </Button>
            )}
            {canWrite && write}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Threats to the personal data we hold, how likely and how harmful each is before and after mitigation,
        and the plans managers review.
      </Typography>
      <ListView
        controller={controller}
        filters={{
          filters: FILTERS,
          labels: RISK_LABELS,
          options: { processorId: processorOptions },
          'aria-label': 'Filter risks',
        }}
        label="Risks"
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => `${row.reference} ${row.title}`}
        onRowOpen={(row) => navigate(`/risks/${row.id}`)}
        errorWhat="the risks"
        csv={{ columns: csvColumns, fileName: 'risk-register' }}
        emptyState={{
          message: 'No risks are recorded yet.',
          filteredMessage: 'No risk matches these filters.',
          action: canWrite ? write : undefined,
        }}
      />
    </>
  );
}
