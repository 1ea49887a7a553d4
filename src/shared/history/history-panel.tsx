import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Pagination from '@mui/material/Pagination';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '@/shared/labels/format';
import { fieldLabel, NO_LABELS, valueLabel, type RecordLabels } from '@/shared/labels/record-labels';
import { QueryError } from '@/shared/ui/query-error';
import { entityHistoryQuery, type AuditEvent } from './history-queries';

export interface HistoryPanelProps {
  entityType: string;
  entityId: string;
  /** The record's labels (its module declares them once): changes read as the record page shows them. */
  labels?: RecordLabels;
  pageSize?: number;
  title?: string;
  headingLevel?: 2 | 3;
}

const ACTION_LABELS: Record<AuditEvent['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  reveal: 'Revealed personal data',
  export: 'Exported',
  sign_in: 'Signed in',
  sign_in_failed: 'Failed sign-in',
  sign_out: 'Signed out',
  bulk_read: 'Read in bulk',
  purge: 'Purged',
  check_in: 'Checked in',
  check_out: 'Checked out',
  undo_check_out: 'Undid check-out',
};

/** Who changed or revealed what on one record, and when: the audit trail, where the record is. */
export function HistoryPanel({
  entityType,
  entityId,
  labels = NO_LABELS,
  pageSize = 10,
  title = 'History',
  headingLevel = 2,
}: HistoryPanelProps) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    ...entityHistoryQuery(entityType, entityId, page, pageSize),
    placeholderData: keepPreviousData,
  });
  const headingId = `history-${entityType}-${entityId}`;
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / pageSize)) : 1;

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component={headingLevel === 2 ? 'h2' : 'h3'} sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box sx={{ height: 4 }}>
        {query.isFetching && !query.isPending && <LinearProgress aria-label="Loading history" />}
      </Box>
      {query.isPending ? (
        <Box aria-busy="true">
          <Typography sx={{ position: 'absolute', left: -10000 }}>Loading history…</Typography>
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} variant="text" height={48} />
          ))}
        </Box>
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what="the history" />
      ) : query.data.items.length === 0 ? (
        <Typography color="text.secondary">No recorded changes yet.</Typography>
      ) : (
        <>
          <List aria-label={`${title}, newest first`}>
            {query.data.items.map((event) => (
              <ListItem key={event.id} divider alignItems="flex-start" sx={{ display: 'block', px: 0 }}>
                <Typography variant="body2">
                  <strong>{ACTION_LABELS[event.action] ?? event.action}</strong> by {event.actor.name}
                  {' · '}
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {event.summary}
                </Typography>
                {event.changes && event.changes.length > 0 && (
                  <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
                    {event.changes.map((change) => (
                      <Typography component="li" variant="body2" key={change.field}>
                        {fieldLabel(labels, change.field)}: {valueLabel(labels, change.field, change.from)} →{' '}
                        {valueLabel(labels, change.field, change.to)}
                      </Typography>
                    ))}
                  </Box>
                )}
              </ListItem>
            ))}
          </List>
          {pages > 1 && (
            <Pagination
              count={pages}
              page={page}
              onChange={(_event, next) => setPage(next)}
              size="small"
              sx={{ mt: 1 }}
              aria-label="History pages"
            />
          )}
        </>
      )}
    </Paper>
  );
}
