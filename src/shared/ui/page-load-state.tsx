import CircularProgress from '@mui/material/CircularProgress';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/errors';
import { PageHeader, type Crumb } from './page-header';
import { QueryError } from './query-error';
import { NotFoundPage } from './status-pages';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * What a record page shows until its record has loaded: the page heading with a spinner, "Page not found"
 * for a record that does not exist, or the error with a retry. Render it while `query.data` is undefined.
 */
export function PageLoadState({
  query,
  title,
  crumbs,
  what,
}: {
  query: UseQueryResult<unknown>;
  title: string;
  crumbs?: Crumb[];
  /** e.g. "the contract": names the record in the loading label and the error. */
  what: string;
}) {
  const t = useMessages(sharedMessages);
  if (query.isError && isApiError(query.error, 404)) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what={what} />
      ) : (
        <CircularProgress aria-label={t('loading.what', { what: translateMessage(what) })} />
      )}
    </>
  );
}
