import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ColumnVisibilityState } from '@tanstack/react-table';
import Checkbox from '@mui/material/Checkbox';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import type { DataTableColumn } from './columns';

export const SELECT_COLUMN = '_select';
export const ACTIONS_COLUMN = '_actions';

export function columnLabel(column: {
  id: string;
  columnDef: { header?: unknown; meta?: { label?: string } };
}) {
  // A label or header may be a message reference (a column declared at module level).
  return translateMessage(
    column.columnDef.meta?.label ??
      (typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id),
  );
}

/** Columns a user has not chosen to show or hide yet: those whose meta says `defaultHidden`. */
export function useDefaultVisibility<TRow extends object>(columns: DataTableColumn<TRow>[]) {
  return useMemo(() => {
    const visibility: ColumnVisibilityState = {};
    for (const column of columns) {
      const id = column.id ?? ('accessorKey' in column ? String(column.accessorKey) : undefined);
      if (id && column.meta?.defaultHidden) visibility[id] = false;
    }
    return visibility;
  }, [columns]);
}

/** The feature's columns with the table's own: a selection checkbox first, the row's actions last. */
export function useTableColumns<TRow extends object>(
  columns: DataTableColumn<TRow>[],
  selectable: boolean,
  rowActions: ((row: TRow) => ReactNode) | undefined,
  rowLabel: ((row: TRow) => string) | undefined,
) {
  // Read through a ref: features pass rowLabel inline, and a new function must not make every row render again.
  const t = useMessages(sharedMessages);
  const rowLabelRef = useRef(rowLabel);
  useEffect(() => {
    rowLabelRef.current = rowLabel;
  });
  return useMemo(() => {
    const result: DataTableColumn<TRow>[] = [];
    if (selectable) {
      // The checkbox's label reads the latest rowLabel as its cell renders; a new rowLabel alone need not
      // rebuild the columns (and with them every row).
      // eslint-disable-next-line react-hooks/refs
      result.push({
        id: SELECT_COLUMN,
        enableSorting: false,
        enableHiding: false,
        meta: { label: t('table.select'), width: 48 },
        header: ({ table }) => (
          <Checkbox
            size="small"
            checked={table.getIsAllPageRowsSelected()}
            indeterminate={table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected()}
            onChange={table.getToggleAllPageRowsSelectedHandler()}
            slotProps={{ input: { 'aria-label': t('table.selectAll') } }}
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
                'aria-label': t('table.selectRow', {
                  row: rowLabelRef.current ? rowLabelRef.current(row.original) : row.id,
                }),
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
        meta: { label: t('table.actions'), align: 'right' },
        header: t('table.actions'),
        cell: ({ row }) => rowActions(row.original),
      });
    }
    return result;
  }, [columns, selectable, rowActions, t]);
}
