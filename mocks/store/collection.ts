// An in-memory table that answers sorted, filtered pages of 100,000 records in a few milliseconds (in the
// browser, inside the mock's worker: see mocks/db-worker.ts). Sort orders are built once per key and then kept
// up to date on every write, instead of sorting per request.

export type SortValue = string | number;
/**
 * How to sort by each key: the value compared, as is. A case-insensitive key returns its value lower-cased
 * (ideally kept on the record, see the visits' nameLower); timestamps and codes need no conversion, and 100,000
 * records sort measurably faster without one.
 */
export type SortKeys<T> = Record<string, (record: T) => SortValue>;

export interface ListOptions<T> {
  filter?: (record: T) => boolean;
  sort?: { key: string; descending: boolean };
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export class Collection<T extends { id: string }> {
  private readonly index = new Map<string, T>();
  /**
   * Records loaded but not indexed by id yet: the first page of a freshly seeded list needs only a sort
   * order, and indexing 100,000 ids would hold it up. The first lookup by id indexes them.
   */
  private unindexed: T[] = [];
  private readonly orders = new Map<string, T[]>();
  private readonly sortKeys: SortKeys<T>;
  private readonly defaultSort: { key: string; descending: boolean } | undefined;
  /** A seeder that fills this table when it is first used (the browser's large seed, see seedDatabase). */
  private pendingSeed: (() => void) | undefined;

  constructor(options: { sortKeys?: SortKeys<T>; defaultSort?: { key: string; descending: boolean } } = {}) {
    this.sortKeys = options.sortKeys ?? {};
    this.defaultSort = options.defaultSort;
  }

  /** Fills the table on first use instead of now. */
  seedOnFirstUse(seed: () => void) {
    this.pendingSeed = seed;
  }

  private seeded() {
    const seed = this.pendingSeed;
    if (!seed) return;
    this.pendingSeed = undefined;
    seed();
  }

  /** Every record by id, once seeded and indexed. */
  private get byId() {
    this.seeded();
    if (this.unindexed.length > 0) {
      for (const record of this.unindexed) this.index.set(record.id, record);
      this.unindexed = [];
    }
    return this.index;
  }

  get size() {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<T> {
    return this.byId.values();
  }

  sortable(key: string) {
    return key in this.sortKeys;
  }

  /** The keys this table sorts by, e.g. to build their orders ahead of the first request. */
  sortKeyNames() {
    return Object.keys(this.sortKeys);
  }

  /** Builds the order for a key (or, without one, the id index) now rather than on first need. */
  prepare(key?: string) {
    if (key === undefined) void this.byId;
    else this.order(key);
  }

  insert(record: T): T {
    const byId = this.byId;
    if (byId.has(record.id)) throw new Error(`duplicate id ${record.id}`);
    byId.set(record.id, record);
    for (const [key, order] of this.orders) order.splice(this.position(key, order, record), 0, record);
    return record;
  }

  /** Replaces the record with the same id (records are treated as immutable values). */
  replace(record: T): T {
    const byId = this.byId;
    const previous = byId.get(record.id);
    if (!previous) throw new Error(`no record ${record.id}`);
    for (const [key, order] of this.orders) {
      order.splice(this.indexOf(key, order, previous), 1);
      order.splice(this.position(key, order, record), 0, record);
    }
    byId.set(record.id, record);
    return record;
  }

  remove(id: string) {
    const byId = this.byId;
    const previous = byId.get(id);
    if (!previous) return;
    for (const [key, order] of this.orders) order.splice(this.indexOf(key, order, previous), 1);
    byId.delete(id);
  }

  clear() {
    this.pendingSeed = undefined;
    this.index.clear();
    this.unindexed = [];
    this.orders.clear();
  }

  /**
   * Loads many records at once (seed, restore), dropping the sort orders rather than updating them one by
   * one. Ids must be unique. A seed that knows one order already may hand it over: `ordered.records` must
   * be exactly what sorting by `ordered.key` would give (ascending by its value, ties by id).
   */
  load(records: Iterable<T>, ordered?: { key: string; records: T[] }) {
    this.clear();
    this.unindexed = [...records];
    if (ordered) this.orders.set(ordered.key, ordered.records);
  }

  list({ filter, sort = this.defaultSort, page, pageSize }: ListOptions<T>): Page<T> {
    const ordered = sort ? this.order(sort.key) : [...this.byId.values()];
    const start = (page - 1) * pageSize;
    const items: T[] = [];
    let total = 0;
    const length = ordered.length;
    for (let step = 0; step < length; step++) {
      const record = ordered[sort?.descending ? length - 1 - step : step]!;
      if (filter && !filter(record)) continue;
      if (total >= start && items.length < pageSize) items.push(record);
      total++;
    }
    return { items, total, page, pageSize };
  }

  private order(key: string): T[] {
    let order = this.orders.get(key);
    if (!order) {
      const extract = this.sortKeys[key];
      if (!extract) throw new Error(`not sortable by ${key}`);
      this.seeded();
      const records = this.unindexed.length > 0 ? this.unindexed : [...this.index.values()];
      const keyed = records.map((record) => ({ record, value: extract(record) }));
      keyed.sort((a, b) =>
        a.value < b.value ? -1 : a.value > b.value ? 1 : a.record.id < b.record.id ? -1 : 1,
      );
      order = keyed.map(({ record }) => record);
      this.orders.set(key, order);
    }
    return order;
  }

  private compare(key: string, a: T, b: T) {
    const extract = this.sortKeys[key]!;
    const va = extract(a);
    const vb = extract(b);
    if (va !== vb) return va < vb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  /** Binary search for where a record belongs in an order. */
  private position(key: string, order: T[], record: T) {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(key, order[middle]!, record) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private indexOf(key: string, order: T[], record: T) {
    const index = this.position(key, order, record);
    if (order[index] !== record) throw new Error(`order ${key} lost record ${record.id}`);
    return index;
  }
}
