import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { QueryError } from '@/shared/ui/query-error';
import { RecordSection } from './record-section';
import { ActionsHeaderCell } from '@/shared/ui/actions-header-cell';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * A section listing a record's child records (a processor's contracts, its reviews): a spinner while they
 * load, the error with a retry, the empty text, or the list; and an "add" button for those who may add.
 */
export function ChildRecords<TChild>({
  id,
  title,
  query,
  what,
  emptyText,
  add,
  intro,
  children,
}: {
  id: string;
  title: string;
  query: UseQueryResult<TChild[]>;
  /** e.g. "contracts": the loading label reads "Loading contracts", the error "the contracts". */
  what: string;
  emptyText: string;
  /** Left out for those who may not add. */
  add?: { label: string; to: string };
  /** Shown above the list in every state, e.g. when the next review is due. */
  intro?: ReactNode;
  children: (items: TChild[]) => ReactNode;
}) {
  const t = useMessages(sharedMessages);
  const things = translateMessage(what);
  return (
    <RecordSection
      id={id}
      title={title}
      actions={
        add && (
          <Button component={RouterLink} to={add.to} variant="outlined">
            {translateMessage(add.label)}
          </Button>
        )
      }
    >
      {intro}
      {query.isPending ? (
        <CircularProgress size={24} aria-label={t('loading.what', { what: things })} />
      ) : query.isError ? (
        <QueryError
          error={query.error}
          onRetry={() => void query.refetch()}
          what={t('childRecords.what', { what: things })}
        />
      ) : query.data.length === 0 ? (
        <Typography color="text.secondary">{translateMessage(emptyText)}</Typography>
      ) : (
        children(query.data)
      )}
    </RecordSection>
  );
}

export interface ChildColumn<TChild> {
  header: string;
  cell: (item: TChild) => ReactNode;
}

/**
 * Child records as a small table named by its section's heading: the first column heads each row (a `<th>`),
 * and `rowActions`, when given, fill a last column whose header only assistive technology reads.
 */
export function ChildTable<TChild>({
  labelledBy,
  items,
  getRowId,
  columns,
  rowActions,
}: {
  labelledBy: string;
  items: TChild[];
  getRowId: (item: TChild) => string;
  columns: ChildColumn<TChild>[];
  rowActions?: (item: TChild) => ReactNode;
}) {
  const [first, ...rest] = columns;
  return (
    <TableContainer>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.header} scope="col">
                {translateMessage(column.header)}
              </TableCell>
            ))}
            {rowActions && <ActionsHeaderCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={getRowId(item)}>
              {first && (
                <TableCell component="th" scope="row">
                  {first.cell(item)}
                </TableCell>
              )}
              {rest.map((column) => (
                <TableCell key={column.header}>{column.cell(item)}</TableCell>
              ))}
              {rowActions && <TableCell>{rowActions(item)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
