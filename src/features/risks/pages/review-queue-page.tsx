import { Link as RouterLink, useNavigate } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { columnLabel } from '@/shared/labels/record-labels';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { riskQueueList, type RiskListItem } from '../api/risk-list';
import { FlagChips, RatingChip, StatusChip } from '../components/chips';
import { RISK_LABELS } from '../model/labels';

const label = (field: keyof typeof RISK_LABELS.fields) => columnLabel(RISK_LABELS, field);
const CRUMBS = [{ label: 'Risk register', to: '/risks' }];

const col = createDataTableColumnHelper<RiskListItem>();
const columns = col.columns([
  col.accessor('reference', {
    header: label('reference'),
    cell: (c) => (
      <Link component={RouterLink} to={`/risks/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('title', { header: label('title'), enableSorting: false }),
  col.accessor('status', {
    header: label('status'),
    enableSorting: false,
    cell: (c) => <StatusChip status={c.getValue()} />,
  }),
  col.accessor('residualScore', {
    header: label('residualScore'),
    enableSorting: false,
    cell: (c) => <RatingChip score={c.getValue()} rating={c.row.original.residualRating} />,
  }),
  col.accessor('ownerName', { header: label('ownerName'), enableSorting: false }),
  col.accessor('waitingSince', {
    header: label('waitingSince'),
    cell: (c) => {
      const row = c.row.original;
      if (row.status === 'approved') return `Review due ${formatDate(row.nextReviewDue)}`;
      return c.getValue() ? `Submitted ${formatDateTime(c.getValue())}` : '';
    },
  }),
  col.accessor('flags', {
    header: label('flags'),
    enableSorting: false,
    cell: (c) => <FlagChips flags={c.getValue()} />,
  }),
]);

/** A manager's queue: plans in review and approved plans due for review, on risks they neither own nor submitted. */
export function ReviewQueuePage() {
  const navigate = useNavigate();
  const controller = useListController(riskQueueList);
  return (
    <>
      <PageHeader title="Review queue" crumbs={CRUMBS} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Everything waiting for you, oldest first: plans submitted for review, and approved plans whose review
        is due. Risks you own or submitted are reviewed by another manager and are not listed.
      </Typography>
      <ListView
        controller={controller}
        label="Risks waiting for review"
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => `${row.reference} ${row.title}`}
        onRowOpen={(row) => navigate(`/risks/${row.id}`)}
        errorWhat="the review queue"
        emptyState={{ message: 'Nothing is waiting for your review.', filteredMessage: 'Nothing matches.' }}
      />
    </>
  );
}
