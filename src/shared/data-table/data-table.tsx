import { useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { UseQueryResult } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { QueryError } from '@/shared/ui/query-error';
import { ListPagination } from './list-pagination';
import { dataTableFeatures, type DataTableColumn } from './columns';
import { DataRow } from './data-row';
import { DataTableHead } from './table-head';
import { useDefaultVisibility, useTableColumns } from './table-columns';
import { EmptyRow, SkeletonRows } from './table-placeholders';
import { tableStyles } from './table-styles';
import { BulkActionsToolbar, TableToolbar } from './table-toolbar';
import type { ListPage } from './types';
import { useLastPageRule, useListSelection } from '@/shared/list/use-list-rules';
import { sortingToSort, sortToSorting, type ListState } from '@/shared/list/use-list-state';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { useRowKeyboard } from './use-row-keyboard';
import { useTablePreferences, type Density } from './use-table-preferences';
import { PaddingRow, useVirtualRows } from './virtual-rows';

const ROW_HEIGHT: Record<Density, number> = { compact: 37, comfortable: 53 };
const EMPTY_ROWS: never[] = [];

type ListQuery<TRow> = Pick<
  UseQueryResult<ListPage<TRow>>,
  'data' | 'error' | 'isPending' | 'isFetching' | 'isError' | 'refetch'
>;

export interface DataTableProps<TRow extends object> {
  tableId: string;
  /** The table's accessible name. */
  label: string;
  /** A visible caption; the label still names the table. */
  caption?: string;
  columns: DataTableColumn<TRow>[];
  query: ListQuery<TRow>;
  listState: ListState;
  getRowId: (row: TRow) => string;
  onRowOpen?: (row: TRow) => void;
  rowLabel?: (row: TRow) => string;
  /** Memoise it (useCallback): rows render again whenever this function changes. */
  rowActions?: (row: TRow) => ReactNode;
  enableRowSelection?: boolean | ((row: TRow) => boolean);
  bulkActions?: (selectedIds: string[], clearSelection: () => void) => ReactNode;
  toolbar?: ReactNode;
  emptyState?: { message: string; action?: ReactNode };
  errorWhat?: string;
  /** The failure is the filters' (a 422 shown at their fields): say so here, with nothing to retry. */
  errorInFilters?: boolean;
  pageSizeOptions?: number[];
}

/**
 * The one list table of the console: TanStack Table for state and column logic, MUI for the look, the server
 * for paging, sorting and filtering. The feature owns the query and the columns; the table owns presentation.
 */
export function DataTable<TRow extends object>({
  tableId,
  label,
  caption,
  columns,
  query,
  listState,
  getRowId,
  onRowOpen,
  rowLabel,
  rowActions,
  enableRowSelection,
  bulkActions,
  toolbar,
  emptyState,
  errorWhat,
  errorInFilters = false,
  pageSizeOptions = [10, 25, 50, 100],
}: DataTableProps<TRow>) {
  const t = useMessages(sharedMessages);
  // The feature's names for the table may be message references (declared at module level).
  label = translateMessage(label);
  caption = caption === undefined ? undefined : translateMessage(caption);
  const selectable = Boolean(enableRowSelection);
  const defaultVisibility = useDefaultVisibility(columns);
  const { prefs, update: updatePrefs } = useTablePreferences(tableId, defaultVisibility);
  const allColumns = useTableColumns(columns, selectable, rowActions, rowLabel);
  const { rowSelection, setRowSelection, clearSelection } = useListSelection(listState);

  const sorting = useMemo(() => sortToSorting(listState.sort), [listState.sort]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: listState.page - 1, pageSize: listState.pageSize }),
    [listState.page, listState.pageSize],
  );
  // A new page of rows renders as a transition: React builds it in slices instead of one long task in the
  // moment the answer arrives, and the previous rows stay until it is ready.
  const shownPage = useDeferredValue(query.data);
  const data = shownPage?.items ?? EMPTY_ROWS;
  const total = shownPage?.total ?? 0;

  const table = useTable({
    features: dataTableFeatures,
    columns: allColumns,
    data,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowSelection:
      typeof enableRowSelection === 'function' ? (row) => enableRowSelection(row.original) : selectable,
    state: { sorting, pagination, columnVisibility: prefs.columnVisibility, rowSelection },
    onSortingChange: (updater: Updater<SortingState>) =>
      listState.setSort(sortingToSort(functionalUpdate(updater, sorting))),
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) listState.setPageSize(next.pageSize);
      else listState.setPage(next.pageIndex + 1);
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) =>
      updatePrefs((current) => ({
        ...current,
        columnVisibility: functionalUpdate(updater, current.columnVisibility),
      })),
    onRowSelectionChange: setRowSelection,
  });

  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const visibleColumnCount = visibleColumns.length;
  const visibleColumnsKey = visibleColumns.map((column) => column.id).join(',');
  const density = prefs.density;
  const selectedIds = selectable ? table.getSelectedRowIds() : [];
  const { scrollRef, virtual, virtualizer, indexes, paddingTop, paddingBottom } = useVirtualRows(
    rows.length,
    ROW_HEIGHT[density],
  );
  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    [virtualizer],
  );
  const openRow = onRowOpen ? (row: (typeof rows)[number]) => onRowOpen(row.original) : undefined;
  const { bodyRef, onKeyDown, onClick } = useRowKeyboard({ rows, onRowOpen: openRow, scrollToIndex });

  useLastPageRule(listState, shownPage, query.isFetching);

  const firstLoad = shownPage === undefined && !query.isError;
  const refetching = query.isFetching && !firstLoad;
  const empty = !firstLoad && !query.isError && shownPage !== undefined && total === 0;

  return (
    <Paper variant="outlined" sx={{ position: 'relative' }}>
      <TableToolbar
        table={table}
        density={density}
        onDensity={(value) => updatePrefs((current) => ({ ...current, density: value }))}
      >
        {toolbar}
      </TableToolbar>

      {selectable && selectedIds.length > 0 && (
        <BulkActionsToolbar
          count={selectedIds.length}
          actions={bulkActions?.(selectedIds, clearSelection)}
          onClear={clearSelection}
        />
      )}

      <Box sx={{ height: 4 }}>
        {refetching && <LinearProgress aria-label={t('loading.what', { what: label })} sx={{ height: 4 }} />}
      </Box>

      {query.isError && (
        <Box sx={{ px: 2, pb: 2 }}>
          {errorInFilters ? (
            <Alert severity="warning">{t('table.fixFilters')}</Alert>
          ) : (
            <QueryError
              error={query.error}
              onRetry={() => void query.refetch()}
              what={errorWhat ?? t('table.list')}
            />
          )}
        </Box>
      )}

      <TableContainer ref={scrollRef} sx={virtual ? { maxHeight: '70vh' } : undefined}>
        <Table
          size={density === 'compact' ? 'small' : 'medium'}
          data-sticky={virtual || undefined}
          aria-label={caption ? undefined : label}
          aria-busy={query.isFetching || undefined}
          aria-rowcount={virtual ? rows.length + 1 : undefined}
          data-density={density}
          sx={tableStyles}
        >
          {caption && (
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>
              <Typography component="span" variant="subtitle1" sx={{ px: 2 }}>
                {caption}
              </Typography>
              <Box component="span" sx={visuallyHidden}>
                {label !== caption ? ` ${label}` : ''}
              </Box>
            </caption>
          )}
          <DataTableHead table={table} />
          <TableBody ref={bodyRef} onClick={onClick} onKeyDown={onKeyDown}>
            {firstLoad && (
              <SkeletonRows
                rows={Math.min(listState.pageSize, 10)}
                columns={visibleColumnCount}
                label={label}
              />
            )}
            {empty && (
              <EmptyRow
                columns={visibleColumnCount}
                message={emptyState?.message}
                action={emptyState?.action}
              />
            )}
            <PaddingRow height={paddingTop} colSpan={visibleColumnCount} />
            {indexes.map((index) => {
              const row = rows[index]!;
              return (
                <DataRow
                  key={row.id}
                  row={row}
                  index={index}
                  columns={allColumns}
                  columnsKey={visibleColumnsKey}
                  selected={selectable && row.getIsSelected()}
                  selectable={selectable}
                  clickable={Boolean(onRowOpen)}
                  rowIndex={virtual ? index + 2 : undefined}
                  height={virtual ? ROW_HEIGHT[density] : undefined}
                  label={rowLabel?.(row.original)}
                />
              );
            })}
            <PaddingRow height={paddingBottom} colSpan={visibleColumnCount} />
          </TableBody>
        </Table>
      </TableContainer>

      <ListPagination
        total={total}
        page={listState.page}
        pageSize={listState.pageSize}
        pageSizeOptions={pageSizeOptions}
        // As a step from the page shown, applied to the latest page asked for: a second click on "next"
        // before the first page has arrived moves on again instead of asking for the same page twice.
        onStep={(step) => listState.setPage((latest) => Math.max(1, latest + step))}
        onPageSize={listState.setPageSize}
      />
    </Paper>
  );
}
