// The filter bar's layout, computed from the filters a list declares: how many fields share a row at each screen
// width, and so how tall the bar is. The bar is drawn a frame after the rows (AfterPrimaryContent); the space it
// keeps until then comes from here, not from heights measured in a browser, so a new filter cannot make the
// table jump. Every cell is at least a fixed height (a small field, plus a line for its hint if it has one),
// which is what makes the sum exact; a cell grows only to show an error, after a search.
import type { Breakpoint } from '@mui/material/styles';

/** Columns of the filter grid per screen width. */
export const FILTER_COLUMNS = { xs: 1, sm: 2, md: 3, lg: 4 } as const satisfies Partial<
  Record<Breakpoint, number>
>;
/** A small (40 px) field; a hint under it takes one more line. */
export const FIELD_HEIGHT = 40;
export const HINT_HEIGHT = 24;
export const ROW_GAP = 12;
/** The row of buttons under the fields (Clear filters, Search), and the space above it. */
export const ACTIONS_HEIGHT = 40;
export const ACTIONS_GAP = 16;

export interface FilterCell {
  /** Columns the cell spans where there is room (a search box: 2). */
  span?: number;
  hint?: boolean;
}

export const cellHeight = (cell: FilterCell) => FIELD_HEIGHT + (cell.hint ? HINT_HEIGHT : 0);

/** The rows the cells fill at a given number of columns, in order, as CSS grid's auto-placement fills them. */
export function rowsOf(cells: readonly FilterCell[], columns: number): FilterCell[][] {
  const rows: FilterCell[][] = [];
  let row: FilterCell[] = [];
  let used = 0;
  for (const cell of cells) {
    const span = Math.min(cell.span ?? 1, columns);
    if (used + span > columns) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(cell);
    used += span;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** The bar's height (fields and buttons) at each screen width. */
export function filterBarHeight(cells: readonly FilterCell[]): Record<keyof typeof FILTER_COLUMNS, number> {
  const height = (columns: number) => {
    const rows = rowsOf(cells, columns);
    const fields = rows.reduce((sum, row) => sum + Math.max(...row.map(cellHeight)), 0);
    return fields + ROW_GAP * Math.max(0, rows.length - 1) + ACTIONS_GAP + ACTIONS_HEIGHT;
  };
  return {
    xs: height(FILTER_COLUMNS.xs),
    sm: height(FILTER_COLUMNS.sm),
    md: height(FILTER_COLUMNS.md),
    lg: height(FILTER_COLUMNS.lg),
  };
}
