import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { UseQueryResult } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { QueryError } from '@/shared/ui/query-error';
import { dataTableFeatures, type DataTableColumn } from './columns';
import type { ListPage } from './types';
import { sortingToSort, sortToSorting, type ListState } from './use-list-state';
import { useTablePreferences, type Density } from './use-table-preferences';

/** Rows kept in the DOM stay few; past this many rows on a page only the visible ones render. */
const VIRTUALISE_OVER = 100;
const ROW_HEIGHT: Record<Density, number> = { compact: 37, comfortable: 53 };
const SELECT_COLUMN = '_select';
const ACTIONS_COLUMN = '_actions';
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
  rowActions?: (row: TRow) => ReactNode;
  enableRowSelection?: boolean | ((row: TRow) => boolean);
  bulkActions?: (selectedIds: string[], clearSelection: () => void) => ReactNode;
  toolbar?: ReactNode;
  emptyState?: { message: string; action?: ReactNode };
  errorWhat?: string;
  pageSizeOptions?: number[];
}

function columnLabel(column: { id: string; columnDef: { header?: unknown; meta?: { label?: string } } }) {
  return (
    column.columnDef.meta?.label ??
    (typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id)
  );
}

/** Clicks on the row's own controls (buttons, links, checkboxes) do their job and never open the record. */
function fromInteractive(event: MouseEvent | KeyboardEvent) {
  const target = event.target as HTMLElement;
  const interactive = target.closest(
    'button, a, input, select, textarea, label, [role="button"], [data-row-action]',
  );
  return (
    interactive !== null && interactive !== event.currentTarget && event.currentTarget.contains(interactive)
  );
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
  errorWhat = 'the list',
  pageSizeOptions = [10, 25, 50, 100],
}: DataTableProps<TRow>) {
  const selectable = Boolean(enableRowSelection);
  const defaultVisibility = useMemo(() => {
    const visibility: ColumnVisibilityState = {};
    for (const column of columns) {
      const id = column.id ?? ('accessorKey' in column ? String(column.accessorKey) : undefined);
      if (id && column.meta?.defaultHidden) visibility[id] = false;
    }
    return visibility;
  }, [columns]);
  const { prefs, update: updatePrefs } = useTablePreferences(tableId, defaultVisibility);

  const allColumns = useMemo(() => {
    const result: DataTableColumn<TRow>[] = [];
    if (selectable) {
      result.push({
        id: SELECT_COLUMN,
        enableSorting: false,
        enableHiding: false,
        meta: { label: 'Select', width: 48 },
        header: ({ table }) => (
          <Checkbox
            size="small"
            checked={table.getIsAllPageRowsSelected()}
            indeterminate={table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected()}
            onChange={table.getToggleAllPageRowsSelectedHandler()}
            slotProps={{ input: { 'aria-label': 'Select all rows on this page' } }}
          />
        ),
        cell: ({ row }) => (
          <Checkbox
            size="small"
            checked={row.getIsSelected()}
            disabled={!row.getCanSelect()}
            onChange={row.getToggleSelectedHandler()}
            slotProps={{ input: { 'aria-label': `Select ${rowLabel ? rowLabel(row.original) : row.id}` } }}
          />
        ),
      });
    }
    result.push(...columns);
    if (rowActions) {
      result.push({
        id: ACTIONS_COLUMN,
        enableSorting: false,
        enableHiding: false,
        meta: { label: 'Actions', align: 'right' },
        header: 'Actions',
        cell: ({ row }) => rowActions(row.original),
      });
    }
    return result;
  }, [columns, selectable, rowActions, rowLabel]);

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const clearSelection = useCallback(() => setRowSelection({}), []);
  // A selection made under other filters or another order would act on rows the user no longer sees.
  const filterSignature = JSON.stringify(listState.filters);
  useEffect(() => clearSelection(), [filterSignature, listState.sort, clearSelection]);

  const sorting = useMemo(() => sortToSorting(listState.sort), [listState.sort]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: listState.page - 1, pageSize: listState.pageSize }),
    [listState.page, listState.pageSize],
  );
  const data = query.data?.items ?? EMPTY_ROWS;
  const total = query.data?.total ?? 0;

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
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const density = prefs.density;
  const selectedIds = selectable ? table.getSelectedRowIds() : [];

  // Virtualisation keeps the DOM small on long pages; padding rows stand in for the rest, so the table keeps
  // its real row and column semantics for assistive technology.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALISE_OVER;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us through its own state
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT[density],
    overscan: 10,
    initialRect: { width: 1024, height: 720 },
  });
  const virtualItems = virtual ? virtualizer.getVirtualItems() : [];
  const paddingTop = virtual ? (virtualItems[0]?.start ?? 0) : 0;
  const paddingBottom = virtual ? virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0) : 0;
  const renderedIndexes = virtual ? virtualItems.map((item) => item.index) : rows.map((_, index) => index);

  // Arrow keys move between rows; a row outside the rendered window is scrolled in, then focused.
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const focusRow = useCallback(
    (index: number) => {
      const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-row-index="${index}"]`);
      if (element) {
        element.focus();
        return;
      }
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const element = bodyRef.current?.querySelector<HTMLElement>(
      `tr[data-row-index="${pendingFocus.current}"]`,
    );
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: TRow) => {
    if (event.target !== event.currentTarget) return; // keys inside a row's control belong to that control
    if (event.key === 'ArrowDown' && index < rows.length - 1) {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      focusRow(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusRow(rows.length - 1);
    } else if (event.key === 'Enter' && onRowOpen) {
      event.preventDefault();
      onRowOpen(row);
    }
  };

  // A page past the end (an old link, or rows removed since) shows the last page instead of an empty table.
  const lastPage = Math.max(1, Math.ceil(total / listState.pageSize));
  const pastTheEnd = query.data !== undefined && !query.isFetching && total > 0 && listState.page > lastPage;
  const { setPage } = listState;
  useEffect(() => {
    if (pastTheEnd) setPage(lastPage, { replace: true });
  }, [pastTheEnd, lastPage, setPage]);

  const firstLoad = query.isPending && !query.data;
  const refetching = query.isFetching && !firstLoad;
  const empty = !firstLoad && !query.isError && query.data !== undefined && total === 0;

  const [columnsMenu, setColumnsMenu] = useState<HTMLElement | null>(null);
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());

  return (
    <Paper variant="outlined" sx={{ position: 'relative' }}>
      <Toolbar disableGutters sx={{ px: 2, gap: 1, flexWrap: 'wrap', minHeight: { xs: 56 } }}>
        <Box sx={{ flexGrow: 1, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          {toolbar}
        </Box>
        <Button size="small" aria-haspopup="menu" onClick={(event) => setColumnsMenu(event.currentTarget)}>
          Columns
        </Button>
        <Menu anchorEl={columnsMenu} open={columnsMenu !== null} onClose={() => setColumnsMenu(null)}>
          {hideable.map((column) => (
            <MenuItem
              key={column.id}
              role="menuitemcheckbox"
              aria-checked={column.getIsVisible()}
              onClick={() => column.toggleVisibility(!column.getIsVisible())}
            >
              <ListItemIcon>
                <Checkbox
                  edge="start"
                  size="small"
                  checked={column.getIsVisible()}
                  tabIndex={-1}
                  disableRipple
                  slotProps={{ input: { 'aria-hidden': true } }}
                />
              </ListItemIcon>
              <ListItemText>{columnLabel(column)}</ListItemText>
            </MenuItem>
          ))}
        </Menu>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={density}
          aria-label="Row density"
          onChange={(_event, value: Density | null) =>
            value && updatePrefs((current) => ({ ...current, density: value }))
          }
        >
          <ToggleButton value="compact">Compact</ToggleButton>
          <ToggleButton value="comfortable">Comfortable</ToggleButton>
        </ToggleButtonGroup>
      </Toolbar>

      {selectable && selectedIds.length > 0 && (
        <Toolbar
          disableGutters
          role="region"
          aria-label="Bulk actions"
          sx={{ px: 2, gap: 1, bgcolor: 'action.selected', minHeight: { xs: 48 } }}
        >
          <Typography sx={{ flexGrow: 1 }} aria-live="polite">
            {selectedIds.length} selected
          </Typography>
          {bulkActions?.(selectedIds, clearSelection)}
          <Button size="small" onClick={clearSelection}>
            Clear selection
          </Button>
        </Toolbar>
      )}

      <Box sx={{ height: 4 }}>
        {refetching && <LinearProgress aria-label={`Loading ${label}`} sx={{ height: 4 }} />}
      </Box>

      {query.isError && (
        <Box sx={{ px: 2, pb: 2 }}>
          <QueryError error={query.error} onRetry={() => void query.refetch()} what={errorWhat} />
        </Box>
      )}

      <TableContainer ref={scrollRef} sx={virtual ? { maxHeight: '70vh' } : undefined}>
        <Table
          size={density === 'compact' ? 'small' : 'medium'}
          stickyHeader={virtual}
          aria-label={caption ? undefined : label}
          aria-busy={query.isFetching || undefined}
          aria-rowcount={virtual ? rows.length + 1 : undefined}
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
          <TableHead>
            {table.getHeaderGroups().map((headerGroup) => (
              <TableRow key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const meta = column.columnDef.meta;
                  const isSelect = column.id === SELECT_COLUMN;
                  return (
                    <TableCell
                      key={header.id}
                      scope="col"
                      align={meta?.align}
                      padding={isSelect ? 'checkbox' : 'normal'}
                      sortDirection={sorted === false ? false : sorted}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                      sx={{ width: meta?.width, whiteSpace: 'nowrap' }}
                    >
                      {header.isPlaceholder ? null : column.getCanSort() ? (
                        <TableSortLabel
                          active={sorted !== false}
                          direction={sorted === false ? 'asc' : sorted}
                          onClick={column.getToggleSortingHandler()}
                        >
                          {/* The <th>'s aria-sort says the direction; the arrow icon is decorative. */}
                          <table.FlexRender header={header} />
                        </TableSortLabel>
                      ) : column.id === ACTIONS_COLUMN ? (
                        <Box component="span" sx={visuallyHidden}>
                          Actions
                        </Box>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableHead>
          <TableBody ref={bodyRef}>
            {firstLoad &&
              Array.from({ length: Math.min(listState.pageSize, 10) }, (_, index) => (
                <TableRow key={`skeleton-${index}`} aria-hidden="true">
                  {Array.from({ length: visibleColumnCount }, (_, cell) => (
                    <TableCell key={cell}>
                      <Skeleton variant="text" />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            {firstLoad && (
              <TableRow sx={visuallyHidden}>
                <TableCell colSpan={visibleColumnCount}>Loading {label}…</TableCell>
              </TableRow>
            )}
            {empty && (
              <TableRow>
                <TableCell colSpan={visibleColumnCount} sx={{ py: 6, textAlign: 'center' }}>
                  <Typography sx={{ mb: emptyState?.action ? 2 : 0 }}>
                    {emptyState?.message ?? 'Nothing to show.'}
                  </Typography>
                  {emptyState?.action}
                </TableCell>
              </TableRow>
            )}
            {paddingTop > 0 && (
              <TableRow aria-hidden="true" sx={{ height: paddingTop }}>
                <TableCell colSpan={visibleColumnCount} sx={{ p: 0, border: 0 }} />
              </TableRow>
            )}
            {renderedIndexes.map((index) => {
              const row = rows[index]!;
              const selected = selectable && row.getIsSelected();
              return (
                <TableRow
                  key={row.id}
                  hover
                  selected={selected}
                  tabIndex={0}
                  data-row-index={index}
                  aria-rowindex={virtual ? index + 2 : undefined}
                  aria-selected={selectable ? selected : undefined}
                  aria-label={rowLabel ? rowLabel(row.original) : undefined}
                  onClick={(event) => {
                    if (!onRowOpen || fromInteractive(event)) return;
                    onRowOpen(row.original);
                  }}
                  onKeyDown={(event) => onRowKeyDown(event, index, row.original)}
                  sx={{
                    height: virtual ? ROW_HEIGHT[density] : undefined,
                    cursor: onRowOpen ? 'pointer' : undefined,
                    '&:focus-visible': {
                      outline: '3px solid',
                      outlineColor: 'primary.main',
                      outlineOffset: -3,
                    },
                  }}
                >
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const isActions = cell.column.id === ACTIONS_COLUMN;
                    return (
                      <TableCell
                        key={cell.id}
                        align={meta?.align}
                        padding={cell.column.id === SELECT_COLUMN ? 'checkbox' : 'normal'}
                        data-row-action={isActions ? '' : undefined}
                        // The actions cell is a boundary: nothing inside it bubbles up as "open the row".
                        onClick={isActions ? (event) => event.stopPropagation() : undefined}
                        onKeyDown={isActions ? (event) => event.stopPropagation() : undefined}
                        sx={isActions ? { whiteSpace: 'nowrap' } : undefined}
                      >
                        <table.FlexRender cell={cell} />
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
            {paddingBottom > 0 && (
              <TableRow aria-hidden="true" sx={{ height: paddingBottom }}>
                <TableCell colSpan={visibleColumnCount} sx={{ p: 0, border: 0 }} />
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>

      <TablePagination
        component="div"
        count={total}
        page={
          total === 0
            ? 0
            : Math.min(listState.page - 1, Math.max(0, Math.ceil(total / listState.pageSize) - 1))
        }
        rowsPerPage={listState.pageSize}
        rowsPerPageOptions={
          pageSizeOptions.includes(listState.pageSize)
            ? pageSizeOptions
            : [...pageSizeOptions, listState.pageSize].sort((a, b) => a - b)
        }
        onPageChange={(_event, page) => listState.setPage(page + 1)}
        onRowsPerPageChange={(event) => listState.setPageSize(Number(event.target.value))}
      />
    </Paper>
  );
}
