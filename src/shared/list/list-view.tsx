// The MUI half of a list page: the declared filter bar above the table (drawn after the rows, in a space
// computed from the declaration), the shared DataTable, and the CSV export of the whole filtered view.
import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { isApiError } from '@/shared/api/errors';
import type { CsvColumn } from '@/shared/data-table/csv';
import { DataTable, type DataTableProps } from '@/shared/data-table/data-table';
import { ExportButton } from '@/shared/data-table/export-button';
import { todayIso } from '@/shared/model/dates';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';
import { filterBarHeight } from './filter-layout';
import { filterCells, ListFilters, type ListFiltersProps } from './list-filters';
import type { ListController } from './use-list-controller';

export interface ListViewProps<TRow extends object> extends Omit<
  DataTableProps<TRow>,
  'tableId' | 'query' | 'listState' | 'emptyState' | 'toolbar'
> {
  controller: ListController<TRow>;
  /** The filter bar; omit for a list without filters. */
  filters?: Pick<ListFiltersProps, 'filters' | 'schema' | 'labels' | 'options' | 'aria-label'>;
  /** The whole filtered view as CSV, for those who may export it (the backend audits each export). */
  csv?: { columns: CsvColumn<TRow>[]; fileName: string };
  emptyState: { message: string; filteredMessage: string; action?: ReactNode };
}

export function ListView<TRow extends object>({
  controller,
  filters,
  csv,
  emptyState,
  ...table
}: ListViewProps<TRow>) {
  const { list, state, query, shownFilters, hasFilters, exportPage } = controller;
  // A 422 on the applied filters (typed into the address bar): said at the fields, not as a failed load.
  const fields = new Set(filters?.filters.map((filter) => filter.field));
  const filterErrors = isApiError(query.error, 422)
    ? (query.error.problem.errors ?? []).filter((error) => fields.has(error.field))
    : [];
  return (
    <>
      {filters && (
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          <AfterPrimaryContent
            primaryShown={query.data !== undefined || query.isError}
            minHeight={filterBarHeight(filterCells(filters.filters))}
          >
            <ListFilters
              {...filters}
              applied={shownFilters}
              setFilters={state.setFilters}
              reset={state.reset}
              serverErrors={filterErrors}
            />
          </AfterPrimaryContent>
        </Paper>
      )}
      <DataTable
        {...table}
        tableId={list.id}
        query={query}
        listState={state}
        errorInFilters={filterErrors.length > 0}
        toolbar={
          csv ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <ExportButton
                fetchPage={exportPage}
                columns={csv.columns}
                fileName={`${csv.fileName}-${todayIso()}.csv`}
              />
            </Stack>
          ) : undefined
        }
        emptyState={{
          message: hasFilters ? emptyState.filteredMessage : emptyState.message,
          action: hasFilters ? undefined : emptyState.action,
        }}
      />
    </>
  );
}
