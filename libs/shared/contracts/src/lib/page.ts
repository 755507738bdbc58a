/** Every list endpoint answers a page (STYLE.md §5, issue #2 "API conventions"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Query parameters every list endpoint takes. `sort` is `field` or `-field` (descending). */
export interface ListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
