import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useCurrentUser, usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { formatDate } from '@/shared/labels/format';
import { columnLabel, valueOptions } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { policyList, type PolicyListItem } from '../api/policy-list';
import { PolicyStatusChip } from '../components/policy-chips';
import { CATEGORY_LABELS, POLICY_LABELS, POLICY_STATUS_LABELS } from '../model/labels';
import { TEAM_RULE } from '../model/rules';
import { POLICY_CATEGORIES, POLICY_STATUSES } from '../model/schemas';

const label = (field: keyof typeof POLICY_LABELS.fields) => columnLabel(POLICY_LABELS, field);
const numberFormat = new Intl.NumberFormat();

function completionText(item: PolicyListItem) {
  const counts = item.completion;
  if (!counts) return item.status === 'retired' ? 'Asked of nobody' : 'Not published';
  const share = counts.total === 0 ? 0 : Math.round((counts.acknowledged / counts.total) * 100);
  return `${numberFormat.format(counts.acknowledged)} of ${numberFormat.format(counts.total)} (${share}%)${
    counts.overdue > 0 ? `, ${numberFormat.format(counts.overdue)} overdue` : ''
  }`;
}

const col = createDataTableColumnHelper<PolicyListItem>();
const columns = col.columns([
  col.accessor('title', {
    header: label('title'),
    meta: { width: 260 },
    cell: (c) => (
      <Link component={RouterLink} to={`/policies/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('category', { header: label('category'), cell: (c) => CATEGORY_LABELS[c.getValue()] }),
  col.accessor('status', {
    header: label('status'),
    cell: (c) => (
      <span style={{ display: 'inline-flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <PolicyStatusChip status={c.getValue()} />
        {c.row.original.hasDraft && <span>draft in progress</span>}
      </span>
    ),
  }),
  col.accessor('current', {
    header: label('current'),
    enableSorting: false,
    cell: (c) => {
      const current = c.getValue();
      return current ? `${current.number}, effective ${formatDate(current.effectiveDate)}` : 'None';
    },
  }),
  col.accessor('completion', {
    header: label('completion'),
    enableSorting: false,
    cell: (c) => completionText(c.row.original),
  }),
  col.accessor('ownerName', { header: label('ownerName'), enableSorting: false }),
]);

const FILTERS = defineFilters(policyList, [
  { field: 'q', kind: 'search', label: 'Search titles', span: 2 },
  {
    field: 'status',
    kind: 'select',
    allLabel: 'All statuses',
    options: valueOptions(POLICY_STATUSES, POLICY_STATUS_LABELS),
  },
  {
    field: 'category',
    kind: 'select',
    allLabel: 'All categories',
    options: valueOptions(POLICY_CATEGORIES, CATEGORY_LABELS),
  },
]);

/** The policy library (officers) or, for a manager, the published policies with their team's completion. */
export function PolicyLibraryPage() {
  const navigate = useNavigate();
  const canManage = usePermission('policies.manage');
  const user = useCurrentUser();
  const controller = useListController(policyList);
  const add = (
    <Button component={RouterLink} to="/policies/new" variant="contained">
      Add policy
    </Button>
  );
  return (
    <>
      <PageHeader title={canManage ? 'Policies' : 'Team policies'} actions={canManage && add} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {canManage
          ? 'Every data-protection policy, its versions, and how many of the people asked have acknowledged the current one.'
          : `Each published policy and how many of your team have acknowledged it. ${TEAM_RULE} (${user.department}).`}
      </Typography>
      <ListView
        controller={controller}
        filters={{ filters: FILTERS, labels: POLICY_LABELS, 'aria-label': 'Filter policies' }}
        label="Policies"
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.title}
        onRowOpen={(row) => navigate(`/policies/${row.id}`)}
        errorWhat="the policies"
        emptyState={{
          message: canManage ? 'No policies yet.' : 'No policy is published yet.',
          filteredMessage: 'No policy matches these filters.',
          action: canManage ? add : undefined,
        }}
      />
    </>
  );
}
