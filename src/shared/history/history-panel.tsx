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
import { Trans } from '@lingui/react';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { HistoryLinks } from './history-links';
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

/** What an event did, in the active language; an action the console does not know yet reads as its code. */
function actionLabel(action: AuditEvent['action']): string {
  const key = `history.action.${action}`;
  return sharedMessages.has(key) ? sharedMessages.t(key) : action;
}

/** Who changed or revealed what on one record, and when: the audit trail, where the record is. */
export function HistoryPanel({
  entityType,
  entityId,
  labels = NO_LABELS,
  pageSize = 10,
  title: titleGiven,
  headingLevel = 2,
}: HistoryPanelProps) {
  const t = useMessages(sharedMessages);
  const title = titleGiven ? translateMessage(titleGiven) : t('history.title');
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
        {query.isFetching && !query.isPending && <LinearProgress aria-label={t('history.loading')} />}
      </Box>
      {query.isPending ? (
        <Box aria-busy="true">
          <Typography sx={{ position: 'absolute', left: -10000 }}>{t('history.loadingText')}</Typography>
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} variant="text" height={48} />
          ))}
        </Box>
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what={t('history.what')} />
      ) : query.data.items.length === 0 ? (
        <Typography color="text.secondary">{t('history.empty')}</Typography>
      ) : (
        <>
          <List aria-label={t('history.list', { title })}>
            {query.data.items.map((event) => (
              <ListItem key={event.id} divider alignItems="flex-start" sx={{ display: 'block', px: 0 }}>
                <Typography variant="body2">
                  <Trans
                    id={sharedMessages.id('history.entry')}
                    values={{
                      action: actionLabel(event.action),
                      actor: event.actor.name,
                      at: formatDateTime(event.at),
                    }}
                    components={{ 0: <strong />, 1: <time dateTime={event.at} /> }}
                  />
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {/* Said by the backend in the request's language (a reference, if any is left, is said here). */}
                  {translateMessage(event.summary)}
                </Typography>
                {event.changes && event.changes.length > 0 && (
                  <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
                    {event.changes.map((change) => (
                      <Typography component="li" variant="body2" key={change.field}>
                        {t('history.change', {
                          field: fieldLabel(labels, change.field),
                          from: valueLabel(labels, change.field, change.from),
                          to: valueLabel(labels, change.field, change.to),
                        })}
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
              aria-label={t('history.pages')}
              getItemAriaLabel={(type, item, selected) => {
                if (type === 'page') return t(selected ? 'pager.current' : 'pager.page', { page: item ?? 0 });
                if (type === 'previous') return t('pager.previous');
                if (type === 'next') return t('pager.next');
                if (type === 'first') return t('pager.first');
                if (type === 'last') return t('pager.last');
                return '';
              }}
            />
          )}
        </>
      )}
      <HistoryLinks entityType={entityType} entityId={entityId} />
    </Paper>
  );
}
