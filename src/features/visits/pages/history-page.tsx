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
import { HISTORY_FILTER_LABELS, VISIT_LABELS, visitStatusLabel } from '../model/labels';
import { useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { historyFilterSchema } from '../model/schemas';

const DESK_PATH = '/visitors';

const label = (field: keyof typeof VISIT_LABELS.fields) => columnLabel(VISIT_LABELS, field);

// The details dialog (history panel, reveal) loads when a row is first opened, not with the list.
const VisitDetailsDialog = lazy(async () => ({
  default: (await import('../components/visit-details-dialog')).VisitDetailsDialog,
}));

type Translate = typeof visitsMessages.t;

const col = createDataTableColumnHelper<Visit>();
const historyColumns = (siteName: (id: string) => string, t: Translate) =>
  col.columns([
    col.accessor('checkedInAt', { header: label('checkedInAt'), cell: (c) => formatDateTime(c.getValue()) }),
    col.accessor('checkedOutAt', {
      header: label('checkedOutAt'),
      cell: (c) => formatDateTime(c.getValue()) || t('history.none'),
    }),
    col.accessor('name', {
      header: label('name'),
      cell: (c) => (c.row.original.anonymised ? t('history.anonymisedName') : c.getValue()),
    }),
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
      cell: (c) => c.getValue() ?? t('history.none'),
      meta: { defaultHidden: true },
    }),
    col.accessor('status', {
      header: label('status'),
      enableSorting: false,
      cell: (c) =>
        c.getValue() === 'on_site' ? (
          c.row.original.afterClosing ? (
            <ToneChip tone="warning" icon label={t('history.onSiteAfterClosing')} />
          ) : (
            <ToneChip tone="success" label={visitStatusLabel('on_site')} />
          )
        ) : (
          visitStatusLabel('checked_out')
        ),
    }),
  ]);

/** The filters, in the active language (made again when it changes). */
const historyFilters = (t: Translate) =>
  defineFilters(visitHistoryList, [
    { field: 'from', kind: 'date', max: todayIso },
    { field: 'to', kind: 'date' },
    { field: 'hostId', kind: 'person', placeholder: t('history.hostPlaceholder') },
    { field: 'company', kind: 'text' },
    { field: 'siteId', kind: 'select', allLabel: t('history.allSites') },
    {
      field: 'status',
      kind: 'select',
      allLabel: t('history.anyStatus'),
      options: valueOptions(['on_site', 'checked_out'] as const, {
        on_site: visitStatusLabel('on_site'),
        checked_out: visitStatusLabel('checked_out'),
      }),
    },
    {
      field: 'q',
      kind: 'search',
      placeholder: t('history.searchPlaceholder'),
      hint: t('history.searchHint'),
      span: 2,
    },
  ]);

/** Every visit, searchable by dates, host, company, site and status; paged, sorted and filtered on the server. */
export function HistoryPage() {
  const t = useMessages(visitsMessages);
  const controller = useListController(visitHistoryList);
  const sites = useSites();
  const siteName = useMemo(() => siteNamer(sites.data), [sites.data]);
  const columns = useMemo(() => historyColumns(siteName, t), [siteName, t]);
  const filters = useMemo(() => historyFilters(t), [t]);
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
    { header: label('name'), value: (v) => (v.anonymised ? t('history.anonymisedName') : v.name) },
    { header: label('company'), value: (v) => v.company },
    { header: label('hostName'), value: (v) => v.hostName },
    { header: label('purpose'), value: (v) => v.purpose },
    { header: label('siteId'), value: (v) => siteName(v.siteId) },
    { header: label('badge'), value: (v) => v.badge },
    { header: label('status'), value: (v) => visitStatusLabel(v.status) },
  ];

  return (
    <>
      <PageHeader
        title={t('history.title')}
        crumbs={isDesk ? [{ label: t('desk.title'), to: DESK_PATH }] : []}
        actions={
          canExport ? (
            <Button component={RouterLink} to="/visitors/retention" variant="outlined">
              {t('history.retention')}
            </Button>
          ) : undefined
        }
      />
      {!readsAll && (
        <Alert severity="info" role="status" sx={{ mb: 2 }}>
          {deskWindow.data
            ? t('history.deskWindow', { days: deskWindow.data.days })
            : t('history.deskWindowUnknown')}
        </Alert>
      )}
      <ListView
        controller={controller}
        filters={{
          filters,
          schema: historyFilterSchema,
          labels: HISTORY_FILTER_LABELS,
          options: siteOptions,
          'aria-label': t('history.searchLabel'),
        }}
        label={t('history.tableLabel')}
        columns={columns}
        getRowId={(visit) => visit.id}
        onRowOpen={setOpen}
        rowLabel={(visit) =>
          t('history.rowLabel', {
            name: visit.anonymised ? t('history.anonymisedName') : visit.name,
            time: formatDateTime(visit.checkedInAt),
          })
        }
        errorWhat={t('history.what')}
        csv={canExport ? { columns: csvColumns, fileName: t('export.fileName') } : undefined}
        emptyState={{
          message: t('history.empty'),
          filteredMessage: t('history.emptyFiltered'),
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
