import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { UNSAFE_DataRouterContext, useSearchParams } from 'react-router';
import { privateStore } from './private-list-state';

export interface ListStateOptions {
  /** API form: 'name' ascending, '-name' descending. */
  defaultSort?: string;
  defaultPageSize?: number;
  /** Filters that may live in the URL (status, site, dates...). */
  filterKeys?: string[];
  /** Filters that must never reach the URL, history or server logs of links: free text typed about people. */
  privateKeys?: string[];
}

export type ListParams = { page: number; pageSize: number; sort?: string } & Record<
  string,
  string | number | undefined
>;

export interface ListState {
  tableId: string;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  sort: string | undefined;
  filters: Record<string, string>;
  /** Ready to send to the list endpoint: page, pageSize, sort and every filter that has a value. */
  params: ListParams;
  /**
   * A number, or a function of the latest page asked for (so "next" clicked twice quickly moves two pages).
   * `replace` rewrites the current history entry instead of adding one (used to correct a page past the end).
   */
  setPage(page: number | ((latest: number) => number), options?: { replace?: boolean }): void;
  setPageSize(pageSize: number): void;
  setSort(sort: string | undefined): void;
  setFilter(key: string, value: string | undefined): void;
  setFilters(values: Record<string, string | undefined>): void;
  reset(): void;
}

const NONE: string[] = [];
const MAX_PAGE_SIZE = 500;
const DEFAULT_PAGE_SIZE = 25;

function positiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER) {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/** The list's params as the URL and the private values give them: the one reading for render and prefetch. */
function readListParams(
  search: URLSearchParams,
  privateValues: Record<string, string>,
  keys: { filterKeys: string[]; privateKeys: string[] },
  defaults: { sort: string | undefined; pageSize: number },
) {
  const page = positiveInt(search.get('page'), 1);
  const pageSize = positiveInt(search.get('pageSize'), defaults.pageSize, MAX_PAGE_SIZE);
  // 'sort=' (empty) means the user chose no sort over the default one.
  const sort = search.has('sort') ? search.get('sort') || undefined : defaults.sort;
  const filters: Record<string, string> = {};
  for (const key of keys.filterKeys) {
    const value = search.get(key);
    if (value) filters[key] = value;
  }
  for (const key of keys.privateKeys) {
    const value = privateValues[key];
    if (value) filters[key] = value;
  }
  return { page, pageSize, sort, filters };
}

const toParams = (read: ReturnType<typeof readListParams>): ListParams => ({
  ...read.filters,
  page: read.page,
  pageSize: read.pageSize,
  ...(read.sort ? { sort: read.sort } : {}),
});

/**
 * The params a list's page will request at this URL, for the route's loader: the list starts loading with the
 * navigation (a click in the menu, a sort, the back button, a cold load), not after the page has rendered.
 */
export function listParamsAt(url: string, tableId: string, options: ListStateOptions = {}): ListParams {
  return toParams(
    readListParams(
      new URL(url).searchParams,
      privateStore.get(tableId) ?? {},
      { filterKeys: options.filterKeys ?? NONE, privateKeys: options.privateKeys ?? NONE },
      { sort: options.defaultSort, pageSize: options.defaultPageSize ?? DEFAULT_PAGE_SIZE },
    ),
  );
}

/**
 * Paging, sorting and filters of one list, in the URL so that the back button and a shared link reproduce
 * the view; personal search text stays out of it. Any change of sort, size or filter goes back to page 1,
 * because the old page number means nothing in the new result.
 */
export function useListState(tableId: string, options: ListStateOptions = {}): ListState {
  const { defaultSort, defaultPageSize = DEFAULT_PAGE_SIZE } = options;
  // Features often pass the key lists inline; keep them stable so callbacks and params are not new every render.
  const filterSignature = (options.filterKeys ?? NONE).join(',');
  const privateSignature = (options.privateKeys ?? NONE).join(',');
  const filterKeys = useMemo(() => (filterSignature ? filterSignature.split(',') : NONE), [filterSignature]);
  const privateKeys = useMemo(
    () => (privateSignature ? privateSignature.split(',') : NONE),
    [privateSignature],
  );
  const [searchParams, setSearchParams] = useSearchParams();
  const [privateValues, setPrivateValues] = useState<Record<string, string>>(
    () => privateStore.get(tableId) ?? {},
  );

  // A pasted link may still carry a private key (typed by hand, or from an older build): take the value into
  // memory (adjusting state while rendering, so the first request already uses it) and drop it from the
  // address bar at once.
  const leaked: Record<string, string> = {};
  for (const key of privateKeys) if (searchParams.has(key)) leaked[key] = searchParams.get(key) ?? '';
  const leakedKeys = Object.keys(leaked);
  if (leakedKeys.some((key) => privateValues[key] !== leaked[key])) {
    setPrivateValues((current) => ({ ...current, ...leaked }));
  }
  const leakedSignature = JSON.stringify(leaked);
  useEffect(() => {
    const taken = JSON.parse(leakedSignature) as Record<string, string>;
    if (Object.keys(taken).length === 0) return;
    privateStore.set(tableId, { ...privateStore.get(tableId), ...taken });
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const key of Object.keys(taken)) next.delete(key);
        return next;
      },
      { replace: true },
    );
  }, [leakedSignature, tableId, setSearchParams]);

  const read = readListParams(
    searchParams,
    privateValues,
    { filterKeys, privateKeys },
    { sort: defaultSort, pageSize: defaultPageSize },
  );
  const { page, pageSize, sort } = read;
  // Stable while the filter values are: memoised children (filter forms) skip a change of page or sort.
  const filterValuesSignature = JSON.stringify(read.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the values
  const filters = useMemo(() => read.filters, [filterValuesSignature]);
  const params = useMemo(() => toParams({ page, pageSize, sort, filters }), [filters, page, pageSize, sort]);

  // Each change is a new history entry, so the back button walks back through pages, sorts and filters.
  // It builds on the latest URL asked for, not the one last rendered: a second click on "next page" while
  // the first page is still on its way goes one page further, as the person meant.
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const updateUrl = useCallback(
    (change: (next: URLSearchParams) => void, replace = false) =>
      setSearchParams(
        (prev) => {
          const latest = router && (router.state.navigation.location ?? router.state.location);
          const next = new URLSearchParams(latest ? latest.search : prev);
          change(next);
          return next;
        },
        { replace },
      ),
    [setSearchParams, router],
  );

  const setPage = useCallback(
    (value: number | ((latest: number) => number), pageOptions?: { replace?: boolean }) =>
      updateUrl((next) => {
        const page = typeof value === 'function' ? value(positiveInt(next.get('page'), 1)) : value;
        if (page <= 1) next.delete('page');
        else next.set('page', String(page));
      }, pageOptions?.replace),
    [updateUrl],
  );

  const setPageSize = useCallback(
    (value: number) =>
      updateUrl((next) => {
        next.delete('page');
        if (value === defaultPageSize) next.delete('pageSize');
        else next.set('pageSize', String(value));
      }),
    [updateUrl, defaultPageSize],
  );

  const setSort = useCallback(
    (value: string | undefined) =>
      updateUrl((next) => {
        next.delete('page');
        if (value === defaultSort) next.delete('sort');
        else next.set('sort', value ?? '');
      }),
    [updateUrl, defaultSort],
  );

  const setFilters = useCallback(
    (values: Record<string, string | undefined>) => {
      const privateChanges = Object.entries(values).filter(([key]) => privateKeys.includes(key));
      if (privateChanges.length) {
        // Stored before the URL changes, so the route's loader already requests with the new values.
        const next = { ...(privateStore.get(tableId) ?? {}) };
        for (const [key, value] of privateChanges) {
          if (value) next[key] = value;
          else delete next[key];
        }
        privateStore.set(tableId, next);
        setPrivateValues(next);
      }
      updateUrl((next) => {
        next.delete('page');
        for (const [key, value] of Object.entries(values)) {
          if (privateKeys.includes(key)) continue;
          if (!filterKeys.includes(key)) {
            if (import.meta.env.DEV) console.warn(`useListState(${tableId}): "${key}" is not a filter key`);
            continue;
          }
          if (value) next.set(key, value);
          else next.delete(key);
        }
      });
    },
    [updateUrl, filterKeys, privateKeys, tableId],
  );

  const setFilter = useCallback(
    (key: string, value: string | undefined) => setFilters({ [key]: value }),
    [setFilters],
  );

  const reset = useCallback(() => {
    privateStore.delete(tableId);
    setPrivateValues({});
    updateUrl((next) => {
      for (const key of ['page', 'pageSize', 'sort', ...filterKeys]) next.delete(key);
    });
  }, [updateUrl, filterKeys, tableId]);

  return {
    tableId,
    page,
    pageSize,
    sort,
    filters,
    params,
    setPage,
    setPageSize,
    setSort,
    setFilter,
    setFilters,
    reset,
  };
}

/** The API's sort string as TanStack sorting state, and back. */
export function sortToSorting(sort: string | undefined) {
  if (!sort) return [];
  return sort.startsWith('-') ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

export function sortingToSort(sorting: { id: string; desc: boolean }[]): string | undefined {
  const [first] = sorting;
  if (!first) return undefined;
  return first.desc ? `-${first.id}` : first.id;
}
