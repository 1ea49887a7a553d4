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
import { countryName } from '@/shared/model/countries';
import { PageHeader } from '@/shared/ui/page-header';
import { complaintList, type ComplaintListItem } from '../api/complaint-list';
import { NextDeadlineCell } from '../components/deadline-chips';
import {
  COMPLAINT_LABELS,
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_LABELS,
  JURISDICTION_LABELS,
  STATUS_LABELS,
  SUBJECT_LABELS,
  CHANNEL_LABELS,
} from '../model/labels';
import { regionName } from '../model/regions';
import { REGULATORS } from '../model/regulators';
import { COMPLAINT_STATUSES, COMPLAINT_SUBJECTS, DEADLINE_STATUSES, JURISDICTIONS } from '../model/schemas';

const label = (field: keyof typeof COMPLAINT_LABELS.fields) => columnLabel(COMPLAINT_LABELS, field);

const place = (c: Pick<ComplaintListItem, 'complainantCountry' | 'complainantRegion'>) =>
  c.complainantRegion
    ? `${regionName(c.complainantCountry, c.complainantRegion)}, ${countryName(c.complainantCountry)}`
    : countryName(c.complainantCountry);

const col = createDataTableColumnHelper<ComplaintListItem>();
const columns = col.columns([
  col.accessor('reference', {
    header: label('reference'),
    meta: { width: 150 },
    cell: (c) => (
      <Link component={RouterLink} to={`/complaints/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('nextDeadline', {
    id: 'nextDeadline',
    header: label('nextDeadline'),
    meta: { width: 220 },
    cell: (c) => <NextDeadlineCell deadline={c.getValue()} />,
  }),
  col.accessor('status', { header: label('status'), cell: (c) => STATUS_LABELS[c.getValue()] }),
  col.accessor('complainantName', { header: label('complainantName') }),
  col.accessor('complainantContactMasked', {
    header: label('complainantContact'),
    enableSorting: false,
    cell: (c) => (
      <MaskedValue
        entityType="complaint"
        entityId={c.row.original.id}
        field="complainantContact"
        masked={c.getValue()}
        askReason
        fieldLabel={`contact of ${c.row.original.complainantName}`}
      />
    ),
  }),
  col.accessor('subject', { header: label('subject'), cell: (c) => SUBJECT_LABELS[c.getValue()] }),
  col.accessor('jurisdiction', {
    header: label('jurisdiction'),
    enableSorting: false,
    cell: (c) => (
      <>
        {JURISDICTION_LABELS[c.getValue()]}
        <Typography variant="body2" color="text.secondary">
          {place(c.row.original)}
        </Typography>
      </>
    ),
  }),
  col.accessor('regulatorName', {
    header: label('regulatorId'),
    enableSorting: false,
    cell: (c) => c.getValue() ?? '—',
    meta: { defaultHidden: true },
  }),
  col.accessor('receivedDate', { header: label('receivedDate'), cell: (c) => formatDate(c.getValue()) }),
  col.accessor('assigneeName', {
    header: label('assigneeId'),
    enableSorting: false,
    cell: (c) => c.getValue() ?? 'Unassigned',
    meta: { defaultHidden: true },
  }),
]);

// The export is evidence for an auditor or a regulator: every clock in words and ISO dates. The complainant's
// contact is left out: it is personal data and the list only shows it masked.
const csvColumns: CsvColumn<ComplaintListItem>[] = [
  { header: label('reference'), value: (c) => c.reference },
  { header: label('receivedDate'), value: (c) => c.receivedDate },
  { header: label('channel'), value: (c) => CHANNEL_LABELS[c.channel] },
  { header: label('status'), value: (c) => STATUS_LABELS[c.status] },
  { header: label('subject'), value: (c) => SUBJECT_LABELS[c.subject] },
  { header: label('complainantName'), value: (c) => c.complainantName },
  { header: 'Where', value: place },
  { header: label('jurisdiction'), value: (c) => JURISDICTION_LABELS[c.jurisdiction] },
  { header: label('assigneeId'), value: (c) => c.assigneeName },
  { header: 'Regulator', value: (c) => c.regulatorName },
  { header: 'Regulator’s reference', value: (c) => c.regulatorReference },
  {
    header: 'Next deadline',
    value: (c) => (c.nextDeadline ? DEADLINE_KIND_LABELS[c.nextDeadline.kind] : ''),
  },
  { header: 'Next deadline due', value: (c) => c.nextDeadline?.due },
  { header: 'Deadline status', value: (c) => DEADLINE_STATUS_LABELS[c.deadlineStatus] },
  ...(['acknowledgement', 'response', 'regulator'] as const).flatMap((kind) => [
    {
      header: `${DEADLINE_KIND_LABELS[kind]} due`,
      value: (c: ComplaintListItem) => c.deadlines.find((d) => d.kind === kind)?.due,
    },
    {
      header: `${DEADLINE_KIND_LABELS[kind]} met on`,
      value: (c: ComplaintListItem) => c.deadlines.find((d) => d.kind === kind)?.metOn,
    },
  ]),
];

const FILTERS = defineFilters(complaintList, [
  {
    field: 'q',
    kind: 'search',
    label: 'Search reference or name',
    hint: 'Not kept in the address bar.',
    span: 2,
  },
  {
    field: 'deadline',
    kind: 'select',
    label: 'Deadline',
    allLabel: 'Any deadline',
    options: valueOptions(DEADLINE_STATUSES, DEADLINE_STATUS_LABELS),
  },
  {
    field: 'status',
    kind: 'select',
    allLabel: 'All statuses',
    options: valueOptions(COMPLAINT_STATUSES, STATUS_LABELS),
  },
  {
    field: 'subject',
    kind: 'select',
    allLabel: 'All subjects',
    options: valueOptions(COMPLAINT_SUBJECTS, SUBJECT_LABELS),
  },
  {
    field: 'jurisdiction',
    kind: 'select',
    allLabel: 'All jurisdictions',
    options: valueOptions(JURISDICTIONS, JURISDICTION_LABELS),
  },
  { field: 'assigneeId', kind: 'person', label: 'Assignee' },
  {
    // One "Regulator" select over escalated= and regulatorId=.
    field: 'regulator',
    kind: 'select',
    label: 'Regulator',
    allLabel: 'With or without a regulator',
    options: [
      { value: 'any', label: 'Escalated or referred' },
      { value: 'none', label: 'No regulator involved' },
      ...REGULATORS.map((r) => ({ value: r.id, label: r.name })),
    ],
    fromParams: (filters) =>
      filters.regulatorId ??
      (filters.escalated === 'true' ? 'any' : filters.escalated === 'false' ? 'none' : ''),
    toParams: (value) => ({
      escalated: value === 'any' ? 'true' : value === 'none' ? 'false' : undefined,
      regulatorId: value && value !== 'any' && value !== 'none' ? value : undefined,
    }),
  },
]);

export function ComplaintListPage() {
  const navigate = useNavigate();
  const canWrite = usePermission('complaints.write');
  const controller = useListController(complaintList);
  const record = (
    <Button component={RouterLink} to="/complaints/new" variant="contained">
      Record complaint
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Complaints"
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button component={RouterLink} to="/complaints/regulators">
              Regulators
            </Button>
            <Button component={RouterLink} to="/complaints/deadline-settings">
              Deadline settings
            </Button>
            {canWrite && record}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Every complaint with its clock: the next deadline first, overdue and due this week marked.
      </Typography>
      <ListView
        controller={controller}
        filters={{ filters: FILTERS, labels: COMPLAINT_LABELS, 'aria-label': 'Filter complaints' }}
        label="Complaints"
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.reference}
        onRowOpen={(row) => navigate(`/complaints/${row.id}`)}
        errorWhat="the complaints"
        csv={{ columns: csvColumns, fileName: 'complaints' }}
        emptyState={{
          message: 'No complaints are recorded yet.',
          filteredMessage: 'No complaint matches these filters.',
          action: canWrite ? record : undefined,
        }}
      />
    </>
  );
}
