/** Every list endpoint answers this envelope (PersonPage, AuditEventPage, VisitPage, ...). */
export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** What a column may tell the shared table beyond TanStack's own column definition. */
export interface DataTableColumnMeta {
  /** Plain-text name for the column menu and screen readers when `header` is not a string. */
  label?: string;
  /** Hidden until the user shows it: a sensible default for wide tables on narrow screens. */
  defaultHidden?: boolean;
  align?: 'left' | 'right' | 'center';
  width?: number | string;
}
