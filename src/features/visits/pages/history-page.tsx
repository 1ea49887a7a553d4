import { lazy, memo, Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import { usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { DataTable } from '@/shared/data-table/data-table';
import { ExportButton } from '@/shared/data-table/export-button';
import { useListState } from '@/shared/data-table/use-list-state';
import { FilterForm } from '@/shared/forms/filter-form';
import { DateField } from '@/shared/forms/date-field';
import { PersonField } from '@/shared/forms/person-field';
import { SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';
import { ToneChip } from '@/shared/ui/tone-chip';
import { PageHeader } from '@/shared/ui/page-header';
import {
  fetchVisitHistory,
  toHistoryQuery,
  useSites,
  HISTORY_LIST,
  useVisitHistory,
  type Site,
  type Visit,
} from '../api/queries';
import { formatDateTime } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { siteNamer } from '../components/format';
import { historyFilterSchema, type HistoryFilterValues } from '../model/schemas';
import { HISTORY_FILTER_LABELS } from '../model/labels';

// The details dialog (history panel, reveal) loads when a row is first opened, not with the list.
const VisitDetailsDialog = lazy(async () => ({
  default: (await import('../components/visit-details-dialog')).VisitDetailsDialog,
}));

const col = createDataTableColumnHelper<Visit>();
const historyColumns = (siteName: (id: string) => string) =>
  col.columns([
    col.accessor('checkedInAt', { header: 'Checked in', cell: (c) => formatDateTime(c.getValue()) }),
    col.accessor('checkedOutAt', { header: 'Checked out', cell: (c) => formatDateTime(c.getValue()) || '—' }),
    col.accessor('name', { header: 'Visitor' }),
    col.accessor('company', { header: 'Company' }),
    col.accessor('hostName', { header: 'Host' }),
    col.accessor('siteId', { header: 'Site', cell: (c) => siteName(c.getValue()) }),
    col.accessor('badge', { header: 'Badge' }),
    col.accessor('purpose', { header: 'Purpose', enableSorting: false, meta: { defaultHidden: true } }),
    col.accessor('contactMasked', {
      header: 'Contact',
      enableSorting: false,
      cell: (c) => c.getValue() ?? '—',
      meta: { defaultHidden: true },
    }),
    col.accessor('status', {
      header: 'Status',
      enableSorting: false,
      cell: (c) =>
        c.getValue() === 'on_site' ? (
          c.row.original.afterClosing ? (
            <ToneChip tone="warning" icon label="On site after closing" />
          ) : (
            <ToneChip tone="success" label="On site" />
          )
        ) : (
          'Left'
        ),
    }),
  ]);

const STATUS_OPTIONS = [
  { value: 'on_site', label: 'On site' },
  { value: 'checked_out', label: 'Left' },
];

/** The form's values for filters from the URL (or from a submitted form, to compare the two). */
function filterValues(
  filters: Partial<Record<keyof HistoryFilterValues, string | undefined>>,
): HistoryFilterValues {
  return {
    from: filters.from || '',
    to: filters.to || '',
    hostId: filters.hostId || '',
    company: filters.company || '',
    siteId: filters.siteId || '',
    status: (filters.status as HistoryFilterValues['status']) || '',
    q: filters.q || '',
  };
}

/**
 * The host search and the two selects mount a frame after the rest of the form: all seven fields in one
 * commit were a task of 55-80 ms just after the rows appeared, and a click in that moment waited for it.
 * The placeholder holds a field's height, so nothing moves when they arrive.
 */
function AfterFirstFields({ children }: { children: ReactNode }) {
  return (
    <AfterPrimaryContent primaryShown minHeight={56}>
      {children}
    </AfterPrimaryContent>
  );
}

/**
 * The search form. Memoised on the URL's filter values: a new sort or page re-renders the table, not seven
 * form fields.
 */
const HistoryFilters = memo(function HistoryFilters({
  filters,
  setFilters,
  reset,
  sites,
}: {
  filters: Record<string, string>;
  setFilters: (values: Record<string, string | undefined>) => void;
  reset: () => void;
  sites: Site[] | undefined;
}) {
  const defaults = filterValues(filters);
  // The form starts afresh when the filters change from outside it (Back, "Clear filters", a shared link),
  // not after its own search: rebuilding it then would cost a long task and drop the focus from "Search".
  const signature = JSON.stringify(defaults);
  const [form, setForm] = useState({ shows: signature, generation: 0, ownSearch: null as string | null });
  if (signature !== form.shows) {
    setForm({
      shows: signature,
      generation: signature === form.ownSearch ? form.generation : form.generation + 1,
      ownSearch: null,
    });
  }
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <FilterForm
        key={form.generation}
        schema={historyFilterSchema}
        defaultValues={defaults}
        aria-label="Search visits"
        labels={HISTORY_FILTER_LABELS}
        onSearch={(values) => {
          const ownSearch = JSON.stringify(filterValues(values));
          setForm((current) => ({ ...current, ownSearch }));
          setFilters({ ...values });
        }}
        secondaryActions={
          <Button onClick={reset} disabled={Object.keys(filters).length === 0}>
            Clear filters
          </Button>
        }
      >
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <DateField name="from" label="From" max={todayIso()} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <DateField name="to" label="To" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <AfterFirstFields>
              <PersonField name="hostId" label="Host" placeholder="Type a name" />
            </AfterFirstFields>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField name="company" label="Company" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <AfterFirstFields>
              <SelectField
                name="siteId"
                label="Site"
                emptyLabel="All sites"
                options={(sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
            </AfterFirstFields>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <AfterFirstFields>
              <SelectField name="status" label="Status" emptyLabel="Any" options={STATUS_OPTIONS} />
            </AfterFirstFields>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              name="q"
              label="Search"
              type="search"
              helperText="Visitor, company, host or badge. Not kept in the address bar."
            />
          </Grid>
        </Grid>
      </FilterForm>
    </Paper>
  );
});

/**
 * The search form's height with its margin, by screen width (its seven fields wrap to two, three, four or
 * seven rows), as measured in Chromium: the placeholder that stands in for it until the rows are shown must
 * be as tall, or the table jumps when the form arrives.
 */
const FORM_HEIGHT = { xs: 633, sm: 397, md: 273, lg: 253 };

/** Every visit, searchable by dates, host, company, site and status; paged, sorted and filtered on the server. */
export function HistoryPage() {
  const list = useListState(HISTORY_LIST.tableId, HISTORY_LIST);
  // The form follows new filters after the rows have rendered (it is rebuilt with them), not in the same step.
  const shownFilters = useDeferredValue(list.filters);
  const query = useVisitHistory(list.params);
  const sites = useSites();
  const siteName = useMemo(() => siteNamer(sites.data), [sites.data]);
  const columns = useMemo(() => historyColumns(siteName), [siteName]);
  const isDesk = usePermission('visits.desk');
  const canExport = usePermission('visits.retention');
  const [open, setOpen] = useState<Visit | null>(null);
  const csvColumns: CsvColumn<Visit>[] = [
    { header: 'Checked in', value: (v) => v.checkedInAt },
    { header: 'Checked out', value: (v) => v.checkedOutAt },
    { header: 'Visitor', value: (v) => v.name },
    { header: 'Company', value: (v) => v.company },
    { header: 'Host', value: (v) => v.hostName },
    { header: 'Purpose', value: (v) => v.purpose },
    { header: 'Site', value: (v) => siteName(v.siteId) },
    { header: 'Badge', value: (v) => v.badge },
    { header: 'Status', value: (v) => (v.status === 'on_site' ? 'On site' : 'Left') },
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
      <AfterPrimaryContent primaryShown={query.data !== undefined || query.isError} minHeight={FORM_HEIGHT}>
        <HistoryFilters
          filters={shownFilters}
          setFilters={list.setFilters}
          reset={list.reset}
          sites={sites.data}
        />
      </AfterPrimaryContent>
      <DataTable
        tableId={HISTORY_LIST.tableId}
        label="Visits"
        columns={columns}
        query={query}
        listState={list}
        getRowId={(visit) => visit.id}
        onRowOpen={setOpen}
        rowLabel={(visit) => `${visit.name}, ${formatDateTime(visit.checkedInAt)}`}
        errorWhat="the visits"
        emptyState={{ message: 'No visits match these filters.' }}
        toolbar={
          canExport ? (
            <Box>
              <ExportButton
                fetchPage={(page, pageSize) =>
                  fetchVisitHistory({ ...toHistoryQuery(list.params), page, pageSize, export: true })
                }
                columns={csvColumns}
                fileName={`visits-${todayIso()}.csv`}
              />
            </Box>
          ) : undefined
        }
      />
      {open && (
        <Suspense fallback={null}>
          <VisitDetailsDialog visit={open} siteName={siteName} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
