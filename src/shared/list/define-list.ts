// A list is declared once: its table id, default order, the filters it takes (and which of them are private),
// its endpoint and query keys. From that one declaration come the page's URL state (useListState), its query,
// the route loader that starts the request with the navigation, and the export's pages. Kept small and free of
// labels: features load it eagerly with their routes, so a cold load asks for its rows before the page's code.
import {
  keepPreviousData,
  queryOptions,
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { prefetchBriefly } from '@/shared/api/route-prefetch';
import type { ListPage } from '@/shared/data-table/types';
import { listParamsAt, type ListParams, type ListStateOptions } from '@/shared/list/use-list-state';

/** Where a filter's value lives: in the URL (links and Back reproduce it), or in memory only (text about people). */
export type FilterPlace = 'url' | 'private';

export interface ListDeclaration<TRow, TFilter extends string> {
  /** The table's id: its column preferences and private filter values are kept under it. */
  id: string;
  /** API form: 'name' ascending, '-name' descending. */
  defaultSort?: string;
  defaultPageSize?: number;
  filters: Record<TFilter, FilterPlace>;
  queryKey: (params: ListParams) => QueryKey;
  /** One page from the list endpoint. Filters arrive as strings, '' and undefined already dropped. */
  fetchPage: (params: ListParams, options: { export: boolean }) => Promise<ListPage<TRow>>;
  /** Keep the rows on screen while the next page loads (the default), rather than showing the skeleton. */
  keepPreviousPage?: boolean;
  /** Other queries the page shows with the rows (the sites its rows name), started by the loader alongside. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options; each keeps its own types
  companions?: FetchQueryOptions<any, any, any, any>[];
}

export interface ListDefinition<TRow, TFilter extends string = string> extends ListDeclaration<
  TRow,
  TFilter
> {
  /** The options useListState and listParamsAt take. */
  stateOptions: ListStateOptions;
  /** The page of rows for these params. */
  query: (params: ListParams) => ReturnType<typeof listQueryOptions<TRow>>;
  /** A route loader's half: the page at this URL starts loading with the navigation. */
  prefetch: (queryClient: QueryClient, url: string) => Promise<void>;
  /** Pages for the CSV export, under the list's current filters and order (audited by the backend). */
  exportPage: (params: ListParams, page: number, pageSize: number) => Promise<ListPage<TRow>>;
}

/** Drops empty filters, so '' never reaches the server (and never splits the cache). */
export function withoutEmptyFilters(params: ListParams): ListParams {
  const result: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') result[key] = value;
  return result as ListParams;
}

function listQueryOptions<TRow>(declaration: ListDeclaration<TRow, string>, params: ListParams) {
  return queryOptions({
    queryKey: declaration.queryKey(params),
    queryFn: () => declaration.fetchPage(withoutEmptyFilters(params), { export: false }),
    ...(declaration.keepPreviousPage === false ? {} : { placeholderData: keepPreviousData }),
  });
}

export function defineList<TRow, TFilter extends string>(
  declaration: ListDeclaration<TRow, TFilter>,
): ListDefinition<TRow, TFilter> {
  const places = Object.entries(declaration.filters) as [TFilter, FilterPlace][];
  const stateOptions: ListStateOptions = {
    defaultSort: declaration.defaultSort,
    defaultPageSize: declaration.defaultPageSize,
    filterKeys: places.filter(([, place]) => place === 'url').map(([key]) => key),
    privateKeys: places.filter(([, place]) => place === 'private').map(([key]) => key),
  };
  const query = (params: ListParams) => listQueryOptions(declaration, params);
  return {
    ...declaration,
    stateOptions,
    query,
    prefetch: async (queryClient, url) => {
      await Promise.all([
        prefetchBriefly(queryClient, query(listParamsAt(url, declaration.id, stateOptions))),
        ...(declaration.companions ?? []).map((companion) => prefetchBriefly(queryClient, companion)),
      ]);
    },
    exportPage: (params, page, pageSize) =>
      declaration.fetchPage(withoutEmptyFilters({ ...params, page, pageSize }), { export: true }),
  };
}
