import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/** How long a navigation may wait for its data before the page renders its own loading state instead. */
const BRIEF_WAIT_MS = 200;

/** Whether the console shows a page yet; see holdFirstRenderForNothing. */
let pageShown = () => true;

/**
 * On the console's first load nothing is on screen to keep while data arrives: the shell and the page's own
 * loading state are better drawn at once, while the data comes (the two overlap: the mock answers from its
 * own worker, a real backend from another machine), than all together once it has. createRouter calls this
 * with its router; until the router has shown its first page, prefetchBriefly does not wait.
 */
export function holdFirstRenderForNothing(router: { readonly state: { initialized: boolean } }) {
  pageShown = () => router.state.initialized;
}

/**
 * For route loaders: starts a page's query with the navigation and waits for it briefly. A quick answer
 * renders with the page (one render, no skeleton, the new rows and the new URL together); a slow one lets
 * the page render its loading state rather than holding the click.
 */
export async function prefetchBriefly<TData, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<TData, Error, TData, TQueryKey>,
) {
  if (!pageShown()) {
    void queryClient.prefetchQuery(options);
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    queryClient.prefetchQuery(options),
    new Promise((resolve) => (timer = setTimeout(resolve, BRIEF_WAIT_MS))),
  ]);
  clearTimeout(timer);
}

/**
 * A list route's loader: the page's data starts loading with the navigation (a click, a sort, Back, a cold
 * load), alongside the page's code. `list` imports the list's declaration (shared/list/define-list.ts), a small
 * chunk of its own: the routes do not import it eagerly, so the sign-in page does not carry every module's
 * lists; the request waits for that small chunk, fetched in parallel with the page's, not for the page.
 */
export function prefetchLoader(
  queryClient: QueryClient,
  list: () => Promise<{ prefetch: (queryClient: QueryClient, url: string) => Promise<void> }>,
) {
  return async ({ request }: { request: Request }) => {
    await (await list()).prefetch(queryClient, request.url);
    return null;
  };
}
