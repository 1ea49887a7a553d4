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

/**
 * A seed's records before they are built (see loadRows): how many, how to build one, and their order by one
 * sort key (ascending, ties by id) as row numbers.
 */
export interface SeedRows<T> {
  count: number;
  build(row: number): T;
  ordered: { key: string; rows: Int32Array };
}

/** Records built per slice of a seed's rows, when the rest of a warm-up has to wait for it. */
const ROWS_PER_SLICE = 5000;

/**
 * Records in ascending order of a value, ties in the order given (by id, see Collection.order). Values that
 * repeat a lot (four sites, a few hundred hosts over 100,000 visits) are counted into place instead of
 * compared: a comparison sort of those took the browser's warm-up 100 ms or more per column.
 */
function sortByValue<T>(records: T[], extract: (record: T) => SortValue): T[] {
  const values = records.map(extract);
  const distinct = [...new Set(values)];
  if (distinct.length > records.length / 4) {
    // Mostly unique values (times): a comparison sort, stable.
    const keyed = records.map((record, position) => ({ record, value: values[position]! }));
    keyed.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return keyed.map(({ record }) => record);
  }
  distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(distinct.map((value, rank) => [value, rank]));
  const ranks = values.map((value) => rankOf.get(value)!);
  // Where each value's run starts in the result, then each record into the next place of its run.
  const next = new Int32Array(distinct.length + 1);
  for (const rank of ranks) next[rank + 1]! += 1;
  for (let rank = 1; rank < next.length; rank++) next[rank]! += next[rank - 1]!;
  const sorted = new Array<T>(records.length);
  ranks.forEach((rank, position) => (sorted[next[rank]!++] = records[position]!));
  return sorted;
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
  /**
   * Seed rows not all built into records yet (see loadRows), and those built so far: a page in the seed's
   * own order builds its own rows only, anything else builds the rest first.
   */
  private rows: { source: SeedRows<T>; built: (T | undefined)[]; next: number } | undefined;
  private idOrder: T[] | undefined;
  /** Counts the writes (insert, replace, remove, clear, load): answers cached per data version key on it. */
  private writes = 0;

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

  /** Changes with every write to this table (see dataVersion in mocks/store/db.ts). */
  get version() {
    return this.writes;
  }

  /** Every record by id, once seeded, built and indexed. */
  private get byId() {
    this.seeded();
    this.buildRows();
    if (this.unindexed.length > 0) {
      for (const record of this.unindexed) this.index.set(record.id, record);
      this.unindexed = [];
    }
    return this.index;
  }

  get size() {
    this.seeded();
    return this.rows ? this.rows.source.count : this.byId.size;
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

  /**
   * Builds the order for a key (or, without one, the id index) now rather than on first need. Seed rows are
   * built first, a slice per call: true while there is more to do.
   */
  prepare(key?: string): boolean {
    this.seeded();
    if (this.rows) {
      this.buildRows(ROWS_PER_SLICE);
      return true;
    }
    if (key === undefined) void this.byId;
    else this.order(key);
    return false;
  }

  insert(record: T): T {
    this.writes += 1;
    const byId = this.byId;
    this.idOrder = undefined;
    if (byId.has(record.id)) throw new Error(`duplicate id ${record.id}`);
    byId.set(record.id, record);
    for (const [key, order] of this.orders) order.splice(this.position(key, order, record), 0, record);
    return record;
  }

  /** Replaces the record with the same id (records are treated as immutable values). */
  replace(record: T): T {
    this.writes += 1;
    const byId = this.byId;
    this.idOrder = undefined;
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
    this.writes += 1;
    const byId = this.byId;
    this.idOrder = undefined;
    const previous = byId.get(id);
    if (!previous) return;
    for (const [key, order] of this.orders) order.splice(this.indexOf(key, order, previous), 1);
    byId.delete(id);
  }

  clear() {
    this.writes += 1;
    this.pendingSeed = undefined;
    this.rows = undefined;
    this.idOrder = undefined;
    this.index.clear();
    this.unindexed = [];
    this.orders.clear();
  }

  /**
   * Loads many records at once (seed, restore), dropping the sort orders rather than updating them one by
   * one. Ids must be unique.
   */
  load(records: Iterable<T>) {
    this.clear();
    this.unindexed = [...records];
  }

  /**
   * Loads a seed's records unbuilt: the browser's large seed has 100,000 visits, and building them all before
   * answering would hold up the first page of a freshly loaded console. `rows.ordered` must be exactly what
   * sorting by its key would give (ascending by its value, ties by id). Ids must be unique.
   */
  loadRows(rows: SeedRows<T>) {
    this.clear();
    this.rows = { source: rows, built: new Array<T | undefined>(rows.count), next: 0 };
  }

  /** Builds (and keeps) one seed row's record. */
  private builtRow(row: number): T {
    const rows = this.rows!;
    return (rows.built[row] ??= rows.source.build(row));
  }

  /** Builds up to `limit` more seed rows; once all are built they become the table's records and order. */
  private buildRows(limit = Infinity) {
    const rows = this.rows;
    if (!rows) return;
    const end = Math.min(rows.source.count, rows.next + limit);
    for (; rows.next < end; rows.next++) this.builtRow(rows.next);
    if (rows.next < rows.source.count) return;
    this.rows = undefined;
    this.unindexed = rows.built as T[];
    const { key, rows: order } = rows.source.ordered;
    this.orders.set(
      key,
      Array.from(order, (row) => rows.built[row]!),
    );
  }

  list({ filter, sort = this.defaultSort, page, pageSize }: ListOptions<T>): Page<T> {
    this.seeded();
    const rows = this.rows;
    if (rows && !filter && sort?.key === rows.source.ordered.key) {
      // A page in the seed's own order: only its rows are built.
      const order = rows.source.ordered.rows;
      const total = order.length;
      const items: T[] = [];
      for (let step = (page - 1) * pageSize; step < total && items.length < pageSize; step++) {
        items.push(this.builtRow(order[sort.descending ? total - 1 - step : step]!));
      }
      return { items, total, page, pageSize };
    }
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
    // Seeded and built first: a seed hands over one order (see loadRows), and sorting again would waste it.
    this.seeded();
    this.buildRows();
    let order = this.orders.get(key);
    if (!order) {
      const extract = this.sortKeys[key];
      if (!extract) throw new Error(`not sortable by ${key}`);
      order = sortByValue(this.inIdOrder(), extract);
      this.orders.set(key, order);
    }
    return order;
  }

  /** Every record by ascending id, kept until the next write, for building sort orders. */
  private inIdOrder(): T[] {
    if (!this.idOrder) {
      const records = this.unindexed.length > 0 ? [...this.unindexed] : [...this.index.values()];
      this.idOrder = records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return this.idOrder;
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
