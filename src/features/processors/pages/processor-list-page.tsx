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
import { MaskedValue } from '@/shared/masked/masked-value';
import { COUNTRY_OPTIONS, countryName } from '@/shared/model/countries';
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { processorList, type ProcessorListItem } from '../api/processor-list';
import { FlagChips, MissingClauseChips, ReviewStatusChip } from '../components/chips';
import {
  formatLocation,
  CLAUSE_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  FLAG_LABELS,
  PROCESSOR_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STATUS_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
} from '../model/labels';
import {
  DATA_CATEGORIES,
  PROCESSOR_FLAG_CODES,
  PROCESSOR_STATUSES,
  REVIEW_STATUSES,
  RISK_TIERS,
} from '../model/schemas';

const label = (field: keyof typeof PROCESSOR_LABELS.fields) => columnLabel(PROCESSOR_LABELS, field);

const col = createDataTableColumnHelper<ProcessorListItem>();
const columns = col.columns([
  col.accessor('name', {
    header: label('name'),
    meta: { width: 220 },
    cell: (c) => (
      <Link component={RouterLink} to={`/processors/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('status', { header: label('status'), cell: (c) => STATUS_LABELS[c.getValue()] }),
  col.accessor('riskTier', { header: label('riskTier'), cell: (c) => TIER_LABELS[c.getValue()] }),
  // Shown from "Columns": with it, the flags and missing clauses (which must be seen at a glance) made the
  // list scroll sideways on a 1280 px screen. The filter covers the country and the processing locations.
  col.accessor('country', {
    header: label('country'),
    cell: (c) => countryName(c.getValue()),
    meta: { defaultHidden: true },
  }),
  col.accessor('flags', {
    header: label('flags'),
    enableSorting: false,
    cell: (c) => <FlagChips flags={c.getValue()} />,
  }),
  col.accessor('missingClauses', {
    header: label('missingClauses'),
    enableSorting: false,
    cell: (c) => <MissingClauseChips clauses={c.getValue()} />,
  }),
  col.accessor('currentContract', {
    header: label('currentContract'),
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
    header: label('nextReviewDue'),
    cell: (c) => (
      // A plain span, not a Stack: it is on every row (see the chips).
      <span style={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 8 }}>
        {c.getValue() && <span>{formatDate(c.getValue())}</span>}
        <ReviewStatusChip status={c.row.original.reviewStatus} />
      </span>
    ),
  }),
  col.accessor('dataCategories', {
    header: label('dataCategories'),
    enableSorting: false,
    meta: { defaultHidden: true },
    cell: (c) =>
      c
        .getValue()
        .map((category) => DATA_CATEGORY_LABELS[category])
        .join(', '),
  }),
  col.accessor('contactEmailMasked', {
    header: label('contactEmail'),
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
    header: label('updatedAt'),
    meta: { defaultHidden: true },
    cell: (c) => formatDate(c.getValue()),
  }),
]);

// The export is evidence: every fact a reviewer may ask about, in words rather than codes. The contact's email is
// left out: it is personal data and the list only shows it masked.
const csvColumns: CsvColumn<ProcessorListItem>[] = [
  { header: label('name'), value: (p) => p.name },
  { header: label('status'), value: (p) => STATUS_LABELS[p.status] },
  { header: label('riskTier'), value: (p) => TIER_LABELS[p.riskTier] },
  { header: label('riskReason'), value: (p) => p.riskReason },
  { header: label('country'), value: (p) => countryName(p.country) },
  { header: label('services'), value: (p) => p.services },
  { header: label('dataCategories'), value: (p) => p.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]) },
  { header: label('dataSubjects'), value: (p) => p.dataSubjects.map((s) => DATA_SUBJECT_LABELS[s]) },
  { header: label('locations'), value: (p) => p.locations.map(formatLocation) },
  {
    header: label('subProcessors'),
    value: (p) => p.subProcessors.map((s) => `${s.name} (${s.service}, ${countryName(s.country)})`),
  },
  { header: label('flags'), value: (p) => p.flags.map((f) => f.message) },
  { header: label('missingClauses'), value: (p) => p.missingClauses.map((c) => CLAUSE_LABELS[c]) },
  { header: 'Current contract', value: (p) => p.currentContract?.reference },
  { header: 'Contract ends or renews', value: (p) => p.currentContract?.endDate },
  { header: label('lastReviewDate'), value: (p) => p.lastReviewDate },
  {
    header: label('lastReviewOutcome'),
    value: (p) => (p.lastReviewOutcome ? REVIEW_OUTCOME_LABELS[p.lastReviewOutcome] : ''),
  },
  { header: label('nextReviewDue'), value: (p) => p.nextReviewDue },
  { header: label('reviewStatus'), value: (p) => REVIEW_STATUS_LABELS[p.reviewStatus] },
];

const FLAG_FILTER_OPTIONS = [
  { value: 'any', label: 'Any flag' },
  { value: 'none', label: 'No flags' },
  ...valueOptions(PROCESSOR_FLAG_CODES, FLAG_LABELS),
];

const FILTERS = defineFilters(processorList, [
  {
    field: 'q',
    kind: 'search',
    label: 'Search name or services',
    hint: 'Not kept in the address bar.',
    span: 2,
  },
  {
    field: 'status',
    kind: 'select',
    allLabel: 'All statuses',
    options: valueOptions(PROCESSOR_STATUSES, STATUS_LABELS),
  },
  {
    field: 'tier',
    kind: 'select',
    label: label('riskTier'),
    allLabel: 'All tiers',
    options: valueOptions(RISK_TIERS, TIER_LABELS),
  },
  {
    field: 'country',
    kind: 'select',
    label: 'Country or location',
    allLabel: 'All countries',
    options: COUNTRY_OPTIONS,
  },
  {
    field: 'dataCategory',
    kind: 'select',
    label: 'Data category',
    allLabel: 'All categories',
    options: valueOptions(DATA_CATEGORIES, DATA_CATEGORY_LABELS),
  },
  {
    field: 'reviewStatus',
    kind: 'select',
    allLabel: 'All review statuses',
    options: valueOptions(REVIEW_STATUSES, REVIEW_STATUS_LABELS),
  },
  {
    // One "Flags" select over two API filters: flagged=true|false, or one flag by its code.
    field: 'flags',
    kind: 'select',
    allLabel: 'With or without flags',
    options: FLAG_FILTER_OPTIONS,
    fromParams: (filters) =>
      filters.flag ?? (filters.flagged === 'true' ? 'any' : filters.flagged === 'false' ? 'none' : ''),
    toParams: (value) => ({
      flagged: value === 'any' ? 'true' : value === 'none' ? 'false' : undefined,
      flag: value && value !== 'any' && value !== 'none' ? value : undefined,
    }),
  },
]);

export function ProcessorListPage() {
  const navigate = useNavigate();
  const canWrite = usePermission('processors.write');
  const controller = useListController(processorList);
  const register = (
    <Button component={RouterLink} to="/processors/new" variant="contained">
      Register processor
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Processors"
        actions={
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/processors/review-cadence">
              Review cadence
            </Button>
            {canWrite && register}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Every third party that processes personal data on our behalf, with its contracts and compliance
        reviews.
      </Typography>
      <ListView
        controller={controller}
        filters={{ filters: FILTERS, labels: PROCESSOR_LABELS, 'aria-label': 'Filter processors' }}
        label="Processors"
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.name}
        onRowOpen={(row) => navigate(`/processors/${row.id}`)}
        errorWhat="the processors"
        csv={{ columns: csvColumns, fileName: 'processors' }}
        emptyState={{
          message: 'No processors are registered yet.',
          filteredMessage: 'No processor matches these filters.',
          action: canWrite ? register : undefined,
        }}
      />
    </>
  );
}
