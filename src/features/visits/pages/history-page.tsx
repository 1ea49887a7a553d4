import { lazy, Suspense, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { formatDateTime } from '@/shared/labels/format';
import { columnLabel, valueOptions } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { ToneChip } from '@/shared/ui/tone-chip';
import { useHistoryWindow, useSites, type Visit } from '../api/queries';
import { visitHistoryList } from '../api/visit-history-list';
import { siteNamer } from '../components/format';
import { HISTORY_FILTER_LABELS, VISIT_LABELS, VISIT_STATUS_LABELS } from '../model/labels';
import { historyFilterSchema } from '../model/schemas';

const label = (field: keyof typeof VISIT_LABELS.fields) => columnLabel(VISIT_LABELS, field);

// The details dialog (history panel, reveal) loads when a row is first opened, not with the list.
const VisitDetailsDialog = lazy(async () => ({
  default: (await import('../components/visit-details-dialog')).VisitDetailsDialog,
}));

const col = createDataTableColumnHelper<Visit>();
const historyColumns = (siteName: (id: string) => string) =>
  col.columns([
    col.accessor('checkedInAt', { header: label('checkedInAt'), cell: (c) => formatDateTime(c.getValue()) }),
    col.accessor('checkedOutAt', {
      header: label('checkedOutAt'),
      cell: (c) => formatDateTime(c.getValue()) || '—',
    }),
    col.accessor('name', { header: label('name') }),
    col.accessor('company', { header: label('company') }),
    col.accessor('hostName', { header: label('hostName') }),
    col.accessor('siteId', { header: label('siteId'), cell: (c) => siteName(c.getValue()) }),
    col.accessor('badge', { header: label('badge') }),
    col.accessor('purpose', {
      header: label('purpose'),
      enableSorting: false,
      meta: { defaultHidden: true },
    }),
    col.accessor('contactMasked', {
      header: label('contactMasked'),
      enableSorting: false,
      cell: (c) => c.getValue() ?? '—',
      meta: { defaultHidden: true },
    }),
    col.accessor('status', {
      header: label('status'),
      enableSorting: false,
      cell: (c) =>
        c.getValue() === 'on_site' ? (
          c.row.original.afterClosing ? (
            <ToneChip tone="warning" icon label="On site after closing" />
          ) : (
            <ToneChip tone="success" label={VISIT_STATUS_LABELS.on_site} />
          )
        ) : (
          VISIT_STATUS_LABELS.checked_out
        ),
    }),
  ]);

const FILTERS = defineFilters(visitHistoryList, [
  { field: 'from', kind: 'date', max: todayIso },
  { field: 'to', kind: 'date' },
  { field: 'hostId', kind: 'person', placeholder: 'Type a name' },
  { field: 'company', kind: 'text' },
  { field: 'siteId', kind: 'select', allLabel: 'All sites' },
  {
    field: 'status',
    kind: 'select',
    allLabel: 'Any',
    options: valueOptions(['on_site', 'checked_out'] as const, VISIT_STATUS_LABELS),
  },
  {
    field: 'q',
    kind: 'search',
    placeholder: 'Visitor, company, host or badge',
    hint: 'Not kept in the address bar.',
    span: 2,
  },
]);

/** Every visit, searchable by dates, host, company, site and status; paged, sorted and filtered on the server. */
export function HistoryPage() {
  const controller = useListController(visitHistoryList);
  const sites = useSites();
  const siteName = useMemo(() => siteNamer(sites.data), [sites.data]);
  const columns = useMemo(() => historyColumns(siteName), [siteName]);
  const siteOptions = useMemo(
    () => ({ siteId: (sites.data ?? []).map((site) => ({ value: site.id, label: site.name })) }),
    [sites.data],
  );
  const isDesk = usePermission('visits.desk');
  const canExport = usePermission('visits.retention');
  // The desk reads a window of the history (the backend filters to it); the page says which.
  const readsAll = usePermission('visits.history.all');
  const deskWindow = useHistoryWindow({ enabled: !readsAll });
  const [open, setOpen] = useState<Visit | null>(null);
  // Exports keep ISO times (machine-readable evidence), with the screen's headers and words.
  const csvColumns: CsvColumn<Visit>[] = [
    { header: label('checkedInAt'), value: (v) => v.checkedInAt },
    { header: label('checkedOutAt'), value: (v) => v.checkedOutAt },
    { header: label('name'), value: (v) => v.name },
    { header: label('company'), value: (v) => v.company },
    { header: label('hostName'), value: (v) => v.hostName },
    { header: label('purpose'), value: (v) => v.purpose },
    { header: label('siteId'), value: (v) => siteName(v.siteId) },
    { header: label('badge'), value: (v) => v.badge },
    { header: label('status'), value: (v) => VISIT_STATUS_LABELS[v.status] },
  ];

  return (
    <>
      <PageHeader
        title="Visit history"
        crumbs={isDesk ? [{ label: 'Visitor log', to: '/visitors' }] : []}
        actions={
          canExport ? (
            <Button component={RouterLink} to="/visitors/retention" variant="outlined">
              Retention
            </Button>
          ) : undefined
        }
      />
      {!readsAll && (
        <Alert severity="info" role="status" sx={{ mb: 2 }}>
          {deskWindow.data
            ? `Showing the visits of the last ${deskWindow.data.days} days (and everyone still on site). Older visits and visitors’ contact details are kept by the privacy office.`
            : 'Showing the visits of the last few days only.'}
        </Alert>
      )}
      <ListView
        controller={controller}
        filters={{
          filters: FILTERS,
          schema: historyFilterSchema,
          labels: HISTORY_FILTER_LABELS,
          options: siteOptions,
          'aria-label': 'Search visits',
        }}
        label="Visits"
        columns={columns}
        getRowId={(visit) => visit.id}
        onRowOpen={setOpen}
        rowLabel={(visit) => `${visit.name}, ${formatDateTime(visit.checkedInAt)}`}
        errorWhat="the visits"
        csv={canExport ? { columns: csvColumns, fileName: 'visits' } : undefined}
        emptyState={{
          message: 'No visits are recorded yet.',
          filteredMessage: 'No visits match these filters.',
        }}
      />
      {open && (
        <Suspense fallback={null}>
          <VisitDetailsDialog visit={open} siteName={siteName} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
