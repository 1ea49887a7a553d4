import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { DataTableColumnMeta } from './types';

// One feature set for every table in the console: TanStack Table 9 only ships the APIs registered here, and
// the meta slot types column meta per table set instead of merging it globally.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table carry different value types
export type DataTableColumn<TRow extends object> = ColumnDef<DataTableFeatures, TRow, any>;

/** The column helper features use; call it at module scope so the column array stays stable. */
export function createDataTableColumnHelper<TRow extends object>() {
  return createColumnHelper<DataTableFeatures, TRow>();
}
