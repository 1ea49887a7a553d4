import { memo } from 'react';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { DataTableFeatures } from './columns';
import { ACTIONS_COLUMN, SELECT_COLUMN } from './table-columns';

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
export const DataRow = memo(
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
