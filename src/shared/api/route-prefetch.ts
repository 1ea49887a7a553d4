import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/** How long a navigation may wait for its data before the page renders its own loading state instead. */
const BRIEF_WAIT_MS = 200;

/**
 * For route loaders: starts a page's query with the navigation and waits for it briefly. A quick answer
 * renders with the page (one render, no skeleton, the new rows and the new URL together); a slow one lets
 * the page render its loading state rather than holding the click.
 */
export async function prefetchBriefly<TData, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<TData, Error, TData, TQueryKey>,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    queryClient.prefetchQuery(options),
    new Promise((resolve) => (timer = setTimeout(resolve, BRIEF_WAIT_MS))),
  ]);
  clearTimeout(timer);
}
