import { useMemo } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
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
import { useRefetchOnLanguageChange } from '../api/use-refetch-on-language-change';
import { complaintsMessages } from '../i18n/messages';
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
import { regulatorName, REGULATORS } from '../model/regulators';
import { COMPLAINT_STATUSES, COMPLAINT_SUBJECTS, DEADLINE_STATUSES, JURISDICTIONS } from '../model/schemas';

const label = (field: keyof typeof COMPLAINT_LABELS.fields) => columnLabel(COMPLAINT_LABELS, field);
type Say = (key: Parameters<typeof complaintsMessages.t>[0], values?: Record<string, unknown>) => string;

const place = (c: Pick<ComplaintListItem, 'complainantCountry' | 'complainantRegion'>) =>
  c.complainantRegion
    ? complaintsMessages.t('place.regionCountry', {
        region: regionName(c.complainantCountry, c.complainantRegion),
        country: countryName(c.complainantCountry),
      })
    : countryName(c.complainantCountry);

const col = createDataTableColumnHelper<ComplaintListItem>();

/** The table's columns in the active language (made again when it changes: `t` is the memo's dependency). */
const columnsIn = (t: Say) =>
  col.columns([
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
    col.accessor('complainantName', {
      header: label('complainantName'),
      // A long unbroken name wraps in its cell rather than widen a phone's table.
      cell: (c) => <span style={{ overflowWrap: 'anywhere' }}>{c.getValue()}</span>,
    }),
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
          fieldLabel={t('list.contactOf', { name: c.row.original.complainantName })}
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
      cell: (c) => c.getValue() ?? t('list.none'),
      meta: { defaultHidden: true },
    }),
    col.accessor('receivedDate', { header: label('receivedDate'), cell: (c) => formatDate(c.getValue()) }),
    col.accessor('assigneeName', {
      header: label('assigneeId'),
      enableSorting: false,
      cell: (c) => c.getValue() ?? t('record.unassigned'),
      meta: { defaultHidden: true },
    }),
  ]);

// The export is evidence for an auditor or a regulator: every clock in words and ISO dates, its headers in the
// active language. The complainant's contact is left out: it is personal data and the list only shows it
// masked. A deadline the complaint closed without meeting has no "met on" date.
const csvColumnsIn = (t: Say): CsvColumn<ComplaintListItem>[] => [
  { header: label('reference'), value: (c) => c.reference },
  { header: label('receivedDate'), value: (c) => c.receivedDate },
  { header: label('channel'), value: (c) => CHANNEL_LABELS[c.channel] },
  { header: label('status'), value: (c) => STATUS_LABELS[c.status] },
  { header: label('subject'), value: (c) => SUBJECT_LABELS[c.subject] },
  { header: label('complainantName'), value: (c) => c.complainantName },
  { header: t('export.where'), value: place },
  { header: label('jurisdiction'), value: (c) => JURISDICTION_LABELS[c.jurisdiction] },
  { header: label('assigneeId'), value: (c) => c.assigneeName },
  { header: t('export.regulator'), value: (c) => c.regulatorName },
  { header: t('export.regulatorReference'), value: (c) => c.regulatorReference },
  {
    header: t('export.nextDeadline'),
    value: (c) => (c.nextDeadline ? DEADLINE_KIND_LABELS[c.nextDeadline.kind] : ''),
  },
  { header: t('export.nextDeadlineDue'), value: (c) => c.nextDeadline?.due },
  { header: t('export.deadlineStatus'), value: (c) => DEADLINE_STATUS_LABELS[c.deadlineStatus] },
  ...(['acknowledgement', 'response', 'regulator'] as const).flatMap((kind) => [
    {
      header: t('export.kindDue', { kind: DEADLINE_KIND_LABELS[kind] }),
      value: (c: ComplaintListItem) => c.deadlines.find((d) => d.kind === kind)?.due,
    },
    {
      header: t('export.kindMetOn', { kind: DEADLINE_KIND_LABELS[kind] }),
      value: (c: ComplaintListItem) => c.deadlines.find((d) => d.kind === kind)?.metOn,
    },
  ]),
];

const filtersIn = (t: Say) =>
  defineFilters(complaintList, [
    {
      field: 'q',
      kind: 'search',
      label: t('filter.search'),
      hint: t('filter.searchHint'),
      span: 2,
    },
    {
      field: 'deadline',
      kind: 'select',
      label: t('field.deadlineStatus'),
      allLabel: t('filter.anyDeadline'),
      options: valueOptions(DEADLINE_STATUSES, DEADLINE_STATUS_LABELS),
    },
    {
      field: 'status',
      kind: 'select',
      allLabel: t('filter.allStatuses'),
      options: valueOptions(COMPLAINT_STATUSES, STATUS_LABELS),
    },
    {
      field: 'subject',
      kind: 'select',
      allLabel: t('filter.allSubjects'),
      options: valueOptions(COMPLAINT_SUBJECTS, SUBJECT_LABELS),
    },
    {
      field: 'jurisdiction',
      kind: 'select',
      allLabel: t('filter.allJurisdictions'),
      options: valueOptions(JURISDICTIONS, JURISDICTION_LABELS),
    },
    { field: 'assigneeId', kind: 'person', label: t('field.assigneeId') },
    {
      // One "Regulator" select over escalated= and regulatorId=.
      field: 'regulator',
      kind: 'select',
      label: t('field.regulatorId'),
      allLabel: t('filter.anyRegulator'),
      options: [
        { value: 'any', label: t('filter.escalatedOrReferred') },
        { value: 'none', label: t('filter.noRegulator') },
        ...REGULATORS.map((r) => ({ value: r.id, label: regulatorName(r.id) })),
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
  const t = useMessages(complaintsMessages);
  const navigate = useNavigate();
  const canWrite = usePermission('complaints.write');
  const controller = useListController(complaintList);
  const columns = useMemo(() => columnsIn(t), [t]);
  const csvColumns = useMemo(() => csvColumnsIn(t), [t]);
  const filters = useMemo(() => filtersIn(t), [t]);
  useRefetchOnLanguageChange();
  const record = (
    <Button component={RouterLink} to="/complaints/new" variant="contained">
      {t('new.submit')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button component={RouterLink} to="/complaints/regulators">
              {t('list.regulators')}
            </Button>
            <Button component={RouterLink} to="/complaints/deadline-settings">
              {t('list.deadlineSettings')}
            </Button>
            {canWrite && record}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('list.intro')}
      </Typography>
      <ListView
        controller={controller}
        filters={{ filters, labels: COMPLAINT_LABELS, 'aria-label': t('list.filterLabel') }}
        label={t('list.title')}
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.reference}
        onRowOpen={(row) => navigate(`/complaints/${row.id}`)}
        errorWhat={t('what.complaints')}
        csv={{ columns: csvColumns, fileName: t('export.fileName') }}
        emptyState={{
          message: t('list.empty'),
          filteredMessage: t('list.emptyFiltered'),
          action: canWrite ? record : undefined,
        }}
      />
    </>
  );
}
