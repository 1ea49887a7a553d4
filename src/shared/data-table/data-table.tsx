import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  FlexRender,
  functionalUpdate,
  useTable,
  type Row,
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
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { keyframes, type SxProps, type Theme } from '@mui/material/styles';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { QueryError } from '@/shared/ui/query-error';
import { ListPagination } from './list-pagination';
import { dataTableFeatures, type DataTableColumn, type DataTableFeatures } from './columns';
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
  /** Memoise it (useCallback): rows render again whenever this function changes. */
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

/** MUI's ArrowDownward icon, drawn without an SvgIcon component per header. */
const ARROW_DOWNWARD = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z';

/** A click on one of these inside a row does its own job and never opens the record. */
const ROW_CONTROLS = 'button, a, input, select, textarea, label, [role="button"], [data-row-action]';

/**
 * Header and body cells are plain elements styled once by the table, not MUI TableCell/TableSortLabel/TableRow:
 * a page of 25 rows by 10 columns would otherwise compute some 300 sets of styles on every render, which was
 * most of the time between a click on "sort" and the new rows.
 */
/** The loading placeholder's pulse, as MUI's Skeleton has it. */
const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

const tableStyles: SxProps<Theme> = (theme) => {
  const palette = (theme.vars ?? theme).palette;
  const border = `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`;
  return {
    '& th.data-table-head': {
      ...theme.typography.body2,
      fontWeight: theme.typography.fontWeightMedium,
      lineHeight: theme.typography.pxToRem(24),
      color: palette.text.primary,
      borderBottom: border,
      padding: '16px',
      textAlign: 'left',
      verticalAlign: 'inherit',
      // A header may wrap ("Contract / ends") rather than make its column wider than its values need.
    },
    '&[data-density="compact"] th.data-table-head': { padding: '6px 16px' },
    '&[data-sticky] th.data-table-head': {
      position: 'sticky',
      top: 0,
      zIndex: 2,
      backgroundColor: palette.background.paper,
    },
    '& th.data-table-head[data-align="right"]': { textAlign: 'right' },
    '& th.data-table-head[data-align="center"]': { textAlign: 'center' },
    '& th.data-table-head[data-checkbox]': { width: 48, padding: '0 0 0 4px' },
    '& button.data-table-sort': {
      font: 'inherit',
      color: 'inherit',
      background: 'none',
      border: 0,
      padding: 0,
      margin: 0,
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'center',
      position: 'relative',
      textAlign: 'inherit',
    },
    // The arrow shows the active sort; on hover or focus a faint one says the column can be sorted. The
    // <th>'s aria-sort tells assistive technology, so the arrow itself is decorative. It sits in the cell's
    // right padding, out of the layout: in it (with a gap that sx read as 4 spacing units, 32 px), every
    // sortable column was some 50 px wider at its narrowest, and the lists scrolled sideways at 1280 px.
    '& .data-table-sort > svg': {
      position: 'absolute',
      left: '100%',
      top: '50%',
      width: 14,
      height: 14,
      // Strings: sx reads bare numbers for margins as theme spacing (8 px each).
      marginTop: '-7px',
      marginLeft: '2px',
      fill: 'currentColor',
      opacity: 0,
      transition: 'opacity 150ms, transform 150ms',
    },
    '& .data-table-sort:hover > svg, & .data-table-sort:focus-visible > svg': { opacity: 0.5 },
    '& .data-table-sort[data-sorted] > svg': { opacity: 1 },
    '& .data-table-sort[data-sorted="asc"] > svg': { transform: 'rotate(180deg)' },
    '& td.data-table-cell': {
      ...theme.typography.body2,
      color: palette.text.primary,
      borderBottom: `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`,
      padding: '16px',
      textAlign: 'left',
      verticalAlign: 'inherit',
    },
    '&[data-density="compact"] td.data-table-cell': { padding: '6px 16px' },
    '& td.data-table-cell[data-align="right"]': { textAlign: 'right' },
    '& td.data-table-cell[data-align="center"]': { textAlign: 'center' },
    '& td.data-table-cell[data-checkbox]': { width: 48, padding: '0 0 0 4px' },
    '& td.data-table-cell[data-row-action]': { whiteSpace: 'nowrap' },
    '& tr.data-table-row': { color: 'inherit', verticalAlign: 'middle', outline: 0 },
    '& .data-table-skeleton': {
      display: 'block',
      height: '1.2em',
      borderRadius: '4px',
      backgroundColor: theme.vars?.palette.Skeleton.bg ?? theme.palette.action.hover,
      animation: `${pulse} 2s ease-in-out 0.5s infinite`,
      '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
    },
    '& tr.data-table-row[data-clickable]': { cursor: 'pointer' },
    '& tr.data-table-row:hover': { backgroundColor: palette.action.hover },
    '& tr.data-table-row[aria-selected="true"]': { backgroundColor: palette.action.selected },
    '& tr.data-table-row:focus-visible': {
      outline: '3px solid',
      outlineColor: palette.primary.main,
      outlineOffset: -3,
    },
  };
};

interface DataRowProps<TRow extends object> {
  row: Row<DataTableFeatures, TRow>;
  index: number;
  /** Stands for the column definitions and which are visible: the row renders again when they change. */
  columnsKey: string;
  columns: unknown;
  selected: boolean;
  selectable: boolean;
  clickable: boolean;
  /** aria-rowindex, when the table is virtualised and only some rows are in the DOM. */
  rowIndex: number | undefined;
  height: number | undefined;
  label: string | undefined;
}

function DataRowView<TRow extends object>({
  row,
  index,
  selected,
  selectable,
  clickable,
  rowIndex,
  height,
  label,
}: DataRowProps<TRow>) {
  return (
    <tr
      className="data-table-row"
      tabIndex={0}
      data-row-index={index}
      data-clickable={clickable || undefined}
      aria-rowindex={rowIndex}
      aria-selected={selectable ? selected : undefined}
      aria-label={label}
      style={height ? { height } : undefined}
    >
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id;
        return (
          <td
            key={cell.id}
            className="data-table-cell"
            data-align={cell.column.columnDef.meta?.align}
            data-checkbox={id === SELECT_COLUMN || undefined}
            // The actions cell is a boundary: nothing inside it opens the row (see ROW_CONTROLS).
            data-row-action={id === ACTIONS_COLUMN ? '' : undefined}
          >
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

/**
 * Memoised on what a row shows: a new sort or page re-renders the table at once (header, progress bar) while
 * the previous rows stay on screen, and those need not render again until their data arrives.
 */
const DataRow = memo(
  DataRowView,
  (before, after) =>
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.columnsKey === after.columnsKey &&
    before.columns === after.columns &&
    before.selected === after.selected &&
    before.clickable === after.clickable &&
    before.rowIndex === after.rowIndex &&
    before.height === after.height &&
    before.label === after.label,
) as typeof DataRowView;

const DENSITIES: [Density, string][] = [
  ['compact', 'Compact'],
  ['comfortable', 'Comfortable'],
];

/** Joined like a button group: shared borders, rounded only at the ends. */
const densityGroupSx: SxProps<Theme> = {
  display: 'inline-flex',
  '& > :not(:first-of-type)': { ml: '-1px', borderTopLeftRadius: 0, borderBottomLeftRadius: 0 },
  '& > :not(:last-of-type)': { borderTopRightRadius: 0, borderBottomRightRadius: 0 },
};

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

  // Read through a ref: features pass rowLabel inline, and a new function must not make every row render again.
  const rowLabelRef = useRef(rowLabel);
  useEffect(() => {
    rowLabelRef.current = rowLabel;
  });
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
            slotProps={{
              input: {
                'aria-label': `Select ${rowLabelRef.current ? rowLabelRef.current(row.original) : row.id}`,
              },
            }}
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
  }, [columns, selectable, rowActions]);

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The same (empty) selection when nothing is selected: React then skips the render. The effect below
  // runs on every list's first commit, and that render of the whole table used to be part of it.
  const clearSelection = useCallback(
    () => setRowSelection((current) => (Object.keys(current).length === 0 ? current : {})),
    [],
  );
  // A selection made under other filters or another order would act on rows the user no longer sees.
  const filterSignature = JSON.stringify(listState.filters);
  useEffect(() => clearSelection(), [filterSignature, listState.sort, clearSelection]);

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

  // Virtualisation keeps the DOM small on long pages; padding rows stand in for the rest, so the table keeps
  // its real row and column semantics for assistive technology.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALISE_OVER;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us through its own state
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    // No element when not virtualised: the virtualizer would otherwise measure (force a layout) for nothing.
    getScrollElement: () => (virtual ? scrollRef.current : null),
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

  // Rows listen through the body (one handler, not two per row), so a memoised row needs no new callbacks.
  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const element = event.target as HTMLElement;
    // Keys inside a row's own control belong to that control.
    if (!element.matches('tr[data-row-index]')) return;
    const index = Number(element.dataset.rowIndex);
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
    } else if (event.key === 'Enter' && onRowOpen && rows[index]) {
      event.preventDefault();
      onRowOpen(rows[index].original);
    }
  };
  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    if (!onRowOpen) return;
    const target = event.target as HTMLElement;
    const element = target.closest<HTMLElement>('tr[data-row-index]');
    if (!element) return;
    const control = target.closest(ROW_CONTROLS);
    if (control && element.contains(control)) return;
    const row = rows[Number(element.dataset.rowIndex)];
    if (row) onRowOpen(row.original);
  };

  // A page past the end (an old link, or rows removed since) shows the last page instead of an empty table.
  const lastPage = Math.max(1, Math.ceil(total / listState.pageSize));
  const pastTheEnd = shownPage !== undefined && !query.isFetching && total > 0 && listState.page > lastPage;
  const { setPage } = listState;
  useEffect(() => {
    if (pastTheEnd) setPage(lastPage, { replace: true });
  }, [pastTheEnd, lastPage, setPage]);

  const firstLoad = shownPage === undefined && !query.isError;
  const refetching = query.isFetching && !firstLoad;
  const empty = !firstLoad && !query.isError && shownPage !== undefined && total === 0;

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
        {/* Mounted only while open: a closed menu still costs a render on every page of every list. */}
        {columnsMenu && (
          <Menu anchorEl={columnsMenu} open onClose={() => setColumnsMenu(null)}>
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
        )}
        {/* Two toggle buttons in a labelled group, not MUI's ToggleButtonGroup: its roving focus registers
            each button as it mounts, which re-rendered the group and ran the page's effects inside the
            commit that first shows a list's rows. */}
        <Box role="group" aria-label="Row density" sx={densityGroupSx}>
          {DENSITIES.map(([value, label]) => (
            <ToggleButton
              key={value}
              size="small"
              value={value}
              selected={density === value}
              onChange={() => updatePrefs((current) => ({ ...current, density: value }))}
            >
              {label}
            </ToggleButton>
          ))}
        </Box>
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
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const meta = column.columnDef.meta;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="data-table-head"
                      data-align={meta?.align}
                      data-checkbox={column.id === SELECT_COLUMN || undefined}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                      style={meta?.width !== undefined ? { width: meta.width } : undefined}
                    >
                      {header.isPlaceholder ? null : column.getCanSort() ? (
                        <button
                          type="button"
                          className="data-table-sort"
                          data-sorted={sorted || undefined}
                          onClick={column.getToggleSortingHandler()}
                        >
                          <FlexRender header={header} />
                          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <path d={ARROW_DOWNWARD} />
                          </svg>
                        </button>
                      ) : column.id === ACTIONS_COLUMN ? (
                        <span style={visuallyHidden}>Actions</span>
                      ) : (
                        <FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <TableBody ref={bodyRef} onClick={onBodyClick} onKeyDown={onBodyKeyDown}>
            {/* Plain cells with one shared pulse, like the rows: a grid of MUI Skeletons was some 250
                components to render and style on every first load of a list. */}
            {firstLoad &&
              Array.from({ length: Math.min(listState.pageSize, 10) }, (_, index) => (
                <tr key={`skeleton-${index}`} className="data-table-row" aria-hidden="true">
                  {Array.from({ length: visibleColumnCount }, (_, cell) => (
                    <td key={cell} className="data-table-cell">
                      <span className="data-table-skeleton" />
                    </td>
                  ))}
                </tr>
              ))}
            {firstLoad && (
              <tr style={visuallyHidden}>
                <td colSpan={visibleColumnCount}>Loading {label}…</td>
              </tr>
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
            {paddingBottom > 0 && (
              <TableRow aria-hidden="true" sx={{ height: paddingBottom }}>
                <TableCell colSpan={visibleColumnCount} sx={{ p: 0, border: 0 }} />
              </TableRow>
            )}
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
