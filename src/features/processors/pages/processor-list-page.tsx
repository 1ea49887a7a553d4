import { memo, useDeferredValue, useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import MuiTextField from '@mui/material/TextField';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { DataTable } from '@/shared/data-table/data-table';
import { ExportButton } from '@/shared/data-table/export-button';
import { useListState, type ListState } from '@/shared/data-table/use-list-state';
import { todayIso } from '@/shared/model/dates';
import { MaskedValue } from '@/shared/masked/masked-value';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';
import { PageHeader } from '@/shared/ui/page-header';
import {
  fetchProcessorPage,
  toListQuery,
  PROCESSOR_LIST,
  useProcessorList,
  type ProcessorListItem,
} from '../api/queries';
import { FlagChips, MissingClauseChips, ReviewStatusChip } from '../components/chips';
import { formatDate } from '@/shared/labels/format';
import {
  formatLocation,
  CLAUSE_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  FLAG_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STATUS_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
} from '../model/labels';
import { COUNTRY_OPTIONS, countryName } from '@/shared/model/countries';
import {
  DATA_CATEGORIES,
  PROCESSOR_FLAG_CODES,
  PROCESSOR_STATUSES,
  REVIEW_STATUSES,
  RISK_TIERS,
} from '../model/schemas';

const col = createDataTableColumnHelper<ProcessorListItem>();
const columns = col.columns([
  col.accessor('name', {
    header: 'Name',
    meta: { width: 220 },
    cell: (c) => (
      <Link component={RouterLink} to={`/processors/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('status', { header: 'Status', cell: (c) => STATUS_LABELS[c.getValue()] }),
  col.accessor('riskTier', { header: 'Risk tier', cell: (c) => TIER_LABELS[c.getValue()] }),
  // Shown from "Columns": with it, the flags and missing clauses (which must be seen at a glance) made the
  // list scroll sideways on a 1280 px screen. The filter covers the country and the processing locations.
  col.accessor('country', {
    header: 'Country',
    cell: (c) => countryName(c.getValue()),
    meta: { defaultHidden: true },
  }),
  col.accessor('flags', {
    header: 'Flags',
    enableSorting: false,
    cell: (c) => <FlagChips flags={c.getValue()} />,
  }),
  col.accessor('missingClauses', {
    header: 'Missing clauses',
    enableSorting: false,
    cell: (c) => <MissingClauseChips clauses={c.getValue()} />,
  }),
  col.accessor('currentContract', {
    header: 'Contract ends',
    enableSorting: false,
    cell: (c) => {
      const contract = c.getValue();
      if (!contract) return <Typography variant="body2">No current contract</Typography>;
      if (!contract.autoRenew) return formatDate(contract.endDate);
      // Past its renewal date, an auto-renewing contract has rolled over to a term we do not know the end of.
      return contract.endDate >= todayIso()
        ? `Renews ${formatDate(contract.endDate)}`
        : 'Renews automatically';
    },
  }),
  col.accessor('nextReviewDue', {
    header: 'Next review',
    cell: (c) => (
      // A plain span, not a Stack: it is on every row (see the chips).
      <span style={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 8 }}>
        {c.getValue() && <span>{formatDate(c.getValue())}</span>}
        <ReviewStatusChip status={c.row.original.reviewStatus} />
      </span>
    ),
  }),
  col.accessor('dataCategories', {
    header: 'Data categories',
    enableSorting: false,
    meta: { defaultHidden: true },
    cell: (c) =>
      c
        .getValue()
        .map((category) => DATA_CATEGORY_LABELS[category])
        .join(', '),
  }),
  col.accessor('contactEmailMasked', {
    header: 'Contact email',
    enableSorting: false,
    meta: { defaultHidden: true },
    cell: (c) => (
      <MaskedValue
        entityType="processor"
        entityId={c.row.original.id}
        field="contactEmail"
        masked={c.getValue()}
        fieldLabel={`contact email of ${c.row.original.name}`}
      />
    ),
  }),
  col.accessor('updatedAt', {
    header: 'Last changed',
    meta: { defaultHidden: true },
    cell: (c) => formatDate(c.getValue().slice(0, 10)),
  }),
]);

// The export is evidence: every fact a reviewer may ask about, in words rather than codes. The contact's email is
// left out: it is personal data and the list only shows it masked.
const csvColumns: CsvColumn<ProcessorListItem>[] = [
  { header: 'Name', value: (p) => p.name },
  { header: 'Status', value: (p) => STATUS_LABELS[p.status] },
  { header: 'Risk tier', value: (p) => TIER_LABELS[p.riskTier] },
  { header: 'Reason for the risk tier', value: (p) => p.riskReason },
  { header: 'Country', value: (p) => countryName(p.country) },
  { header: 'Services', value: (p) => p.services },
  { header: 'Data categories', value: (p) => p.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]) },
  { header: 'Data subjects', value: (p) => p.dataSubjects.map((s) => DATA_SUBJECT_LABELS[s]) },
  { header: 'Processing locations', value: (p) => p.locations.map(formatLocation) },
  {
    header: 'Sub-processors',
    value: (p) => p.subProcessors.map((s) => `${s.name} (${s.service}, ${countryName(s.country)})`),
  },
  { header: 'Flags', value: (p) => p.flags.map((f) => f.message) },
  { header: 'Missing clauses', value: (p) => p.missingClauses.map((c) => CLAUSE_LABELS[c]) },
  { header: 'Current contract', value: (p) => p.currentContract?.reference },
  { header: 'Contract ends or renews', value: (p) => p.currentContract?.endDate },
  { header: 'Last review', value: (p) => p.lastReviewDate },
  {
    header: 'Last review outcome',
    value: (p) => (p.lastReviewOutcome ? REVIEW_OUTCOME_LABELS[p.lastReviewOutcome] : ''),
  },
  { header: 'Next review due', value: (p) => p.nextReviewDue },
  { header: 'Review status', value: (p) => REVIEW_STATUS_LABELS[p.reviewStatus] },
];

const option = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

function FilterSelect({
  label,
  value,
  onChange,
  options,
  allLabel,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  allLabel: string;
}) {
  return (
    <MuiTextField
      select
      size="small"
      fullWidth
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </MuiTextField>
  );
}

const FLAG_FILTER_OPTIONS = [
  { value: 'any', label: 'Any flag' },
  { value: 'none', label: 'No flags' },
  ...option(PROCESSOR_FLAG_CODES, FLAG_LABELS),
];

/** One "Flags" select over two API filters: flagged=true|false, or one flag by its code. */
function flagFilterValue(filters: Record<string, string>) {
  if (filters.flag) return filters.flag;
  if (filters.flagged === 'true') return 'any';
  if (filters.flagged === 'false') return 'none';
  return '';
}

/** Memoised on the filter values: a new sort or page re-renders the table, not seven filter fields. */
const Filters = memo(function Filters({
  filters,
  setFilter,
  setFilters,
}: Pick<ListState, 'filters' | 'setFilter' | 'setFilters'>) {
  // The search box applies on Enter or on leaving it, so a request is not made per keystroke.
  const [search, setSearch] = useState(filters.q ?? '');
  // When the applied search changes from elsewhere ("Clear filters"), the box follows it.
  const [appliedSearch, setAppliedSearch] = useState(filters.q ?? '');
  if ((filters.q ?? '') !== appliedSearch) {
    setAppliedSearch(filters.q ?? '');
    setSearch(filters.q ?? '');
  }
  const applySearch = () => {
    if (search.trim() !== (filters.q ?? '')) setFilter('q', search.trim());
  };
  const filterCells: ReactNode[] = [
    <MuiTextField
      key="q"
      size="small"
      fullWidth
      type="search"
      label="Search name or services"
      value={search}
      onChange={(event) => setSearch(event.target.value)}
      onBlur={applySearch}
      onKeyDown={(event) => {
        if (event.key === 'Enter') applySearch();
      }}
    />,
    <FilterSelect
      key="status"
      label="Status"
      allLabel="All statuses"
      value={filters.status ?? ''}
      onChange={(v) => setFilter('status', v)}
      options={option(PROCESSOR_STATUSES, STATUS_LABELS)}
    />,
    <FilterSelect
      key="tier"
      label="Risk tier"
      allLabel="All tiers"
      value={filters.tier ?? ''}
      onChange={(v) => setFilter('tier', v)}
      options={option(RISK_TIERS, TIER_LABELS)}
    />,
    <FilterSelect
      key="country"
      label="Country or location"
      allLabel="All countries"
      value={filters.country ?? ''}
      onChange={(v) => setFilter('country', v)}
      options={COUNTRY_OPTIONS}
    />,
    <FilterSelect
      key="dataCategory"
      label="Data category"
      allLabel="All categories"
      value={filters.dataCategory ?? ''}
      onChange={(v) => setFilter('dataCategory', v)}
      options={option(DATA_CATEGORIES, DATA_CATEGORY_LABELS)}
    />,
    <FilterSelect
      key="reviewStatus"
      label="Review status"
      allLabel="All review statuses"
      value={filters.reviewStatus ?? ''}
      onChange={(v) => setFilter('reviewStatus', v)}
      options={option(REVIEW_STATUSES, REVIEW_STATUS_LABELS)}
    />,
    <FilterSelect
      key="flags"
      label="Flags"
      allLabel="With or without flags"
      value={flagFilterValue(filters)}
      onChange={(v) =>
        setFilters({
          flagged: v === 'any' ? 'true' : v === 'none' ? 'false' : undefined,
          flag: v && v !== 'any' && v !== 'none' ? v : undefined,
        })
      }
      options={FLAG_FILTER_OPTIONS}
    />,
  ];
  return (
    <Grid container spacing={1.5} role="search" aria-label="Filter processors" sx={{ width: '100%' }}>
      {filterCells.map((cell, index) => (
        <Grid key={index} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
          {cell}
        </Grid>
      ))}
    </Grid>
  );
});

/** The filters' height: rows of 40 px fields, 12 px apart (seven fields; one, two, three or four to a row). */
const FILTERS_HEIGHT = { xs: 7 * 40 + 6 * 12, sm: 4 * 40 + 3 * 12, md: 3 * 40 + 2 * 12, lg: 2 * 40 + 12 };

export function ProcessorListPage() {
  const navigate = useNavigate();
  const canWrite = usePermission('processors.write');
  const list = useListState(PROCESSOR_LIST.tableId, PROCESSOR_LIST);
  // The filter fields follow a change after the rows have rendered, not in the same step.
  const shownFilters = useDeferredValue(list.filters);
  const query = useProcessorList(list.params);
  const hasFilters = Object.values(list.filters).some(Boolean);
  return (
    <>
      <PageHeader
        title="Processors"
        actions={
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/processors/review-cadence">
              Review cadence
            </Button>
            {canWrite && (
              <Button component={RouterLink} to="/processors/new" variant="contained">
                Register processor
              </Button>
            )}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Every third party that processes personal data on our behalf, with its contracts and compliance
        reviews.
      </Typography>
      {/* Above the table and as tall as the fields will be (seven of them, four, three, two or one to a row
          by screen width): arriving a frame after the rows, they move nothing. Inside the table's toolbar
          they used to push the table and its controls down as they appeared. */}
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <AfterPrimaryContent
          primaryShown={query.data !== undefined || query.isError}
          minHeight={FILTERS_HEIGHT}
        >
          <Filters filters={shownFilters} setFilter={list.setFilter} setFilters={list.setFilters} />
        </AfterPrimaryContent>
      </Paper>
      <DataTable
        tableId={PROCESSOR_LIST.tableId}
        label="Processors"
        columns={columns}
        query={query}
        listState={list}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.name}
        onRowOpen={(row) => navigate(`/processors/${row.id}`)}
        errorWhat="the processors"
        toolbar={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <ExportButton
              fetchPage={(page, pageSize) =>
                fetchProcessorPage(toListQuery({ ...list.params, page, pageSize }, { export: true }))
              }
              columns={csvColumns}
              fileName={`processors-${todayIso()}.csv`}
            />
            {hasFilters && (
              <Button size="small" onClick={() => list.reset()}>
                Clear filters
              </Button>
            )}
          </Stack>
        }
        emptyState={{
          message: hasFilters ? 'No processor matches these filters.' : 'No processors are registered yet.',
          action:
            canWrite && !hasFilters ? (
              <Button component={RouterLink} to="/processors/new" variant="contained">
                Register processor
              </Button>
            ) : undefined,
        }}
      />
    </>
  );
}
