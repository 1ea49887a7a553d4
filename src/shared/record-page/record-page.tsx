import type { ReactNode } from 'react';
import { usePrefetchQuery, type UseQueryResult } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import { HistoryPanel } from '@/shared/history/history-panel';
import type { RecordLabels } from '@/shared/labels/record-labels';
import { entityHistoryQuery } from '@/shared/history/history-queries';
import { PageHeader, type Crumb } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';

export interface RecordHistory {
  entityType: string;
  entityId: string;
  /** The record's labels: its changes read as the page shows them. */
  labels?: RecordLabels;
}

/**
 * One record's page: until the record has loaded, its heading with a spinner, "Page not found" or the error;
 * then its header (title, status chips, actions), its sections in order, and its history last. The history's
 * first page is requested with the record, not after it.
 */
export function RecordPage<TRecord>({
  query,
  what,
  loadingTitle,
  crumbs,
  title,
  status,
  actions,
  history,
  children,
}: {
  query: UseQueryResult<TRecord>;
  /** e.g. "the processor": names the record in the loading label and the error. */
  what: string;
  /** The heading while the record loads, e.g. "Processor". */
  loadingTitle: string;
  crumbs: Crumb[];
  title: (record: TRecord) => string;
  /** Status chips under the title. */
  status?: (record: TRecord) => ReactNode;
  actions?: (record: TRecord) => ReactNode;
  history: RecordHistory;
  /** The record's sections, in order. */
  children: (record: TRecord) => ReactNode;
}) {
  usePrefetchQuery(entityHistoryQuery(history.entityType, history.entityId, 1, 10));
  if (query.data === undefined) {
    return <PageLoadState query={query} title={loadingTitle} crumbs={crumbs} what={what} />;
  }
  const record = query.data;
  return (
    <>
      <PageHeader
        title={title(record)}
        crumbs={crumbs}
        status={status?.(record)}
        actions={actions?.(record)}
      />
      <Stack spacing={3}>
        {children(record)}
        <HistoryPanel entityType={history.entityType} entityId={history.entityId} labels={history.labels} />
      </Stack>
    </>
  );
}
