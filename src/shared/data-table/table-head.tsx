import { FlexRender, type Header, type Table } from '@tanstack/react-table';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import type { DataTableFeatures } from './columns';
import { ACTIONS_COLUMN, SELECT_COLUMN } from './table-columns';

/** MUI's ArrowDownward icon, drawn without an SvgIcon component per header. */
const ARROW_DOWNWARD = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z';

/** A header given as text may be a message reference (columns declared at module level); anything else renders. */
function HeaderContent<TRow extends object>({
  header,
}: {
  header: Header<DataTableFeatures, TRow, unknown>;
}) {
  const text = header.column.columnDef.header;
  return typeof text === 'string' ? translateMessage(text) : <FlexRender header={header} />;
}

/** The header row: a plain `<th>` per column with a `<button>` where the column sorts. */
export function DataTableHead<TRow extends object>({ table }: { table: Table<DataTableFeatures, TRow> }) {
  const t = useMessages(sharedMessages);
  return (
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
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                style={meta?.width !== undefined ? { width: meta.width } : undefined}
              >
                {header.isPlaceholder ? null : column.getCanSort() ? (
                  <button
                    type="button"
                    className="data-table-sort"
                    data-sorted={sorted || undefined}
                    onClick={column.getToggleSortingHandler()}
                  >
                    <HeaderContent header={header} />
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path d={ARROW_DOWNWARD} />
                    </svg>
                  </button>
                ) : column.id === ACTIONS_COLUMN ? (
                  <span style={visuallyHidden}>{t('table.actions')}</span>
                ) : (
                  <HeaderContent header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
