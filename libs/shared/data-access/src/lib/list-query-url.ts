import { type Signal, effect, inject, untracked } from '@angular/core';
import { ActivatedRoute, type ParamMap, type Params, Router } from '@angular/router';

/** Reads one query field from its text in the address; `undefined` when the text is not one. */
export type QueryFieldParser<T> = (raw: string) => T | undefined;

/** How each field of a list's query is read from the address; fields not named stay out of it. */
export type ListQueryFields<Q> = { [K in keyof Q]?: QueryFieldParser<NonNullable<Q[K]>> };

/** Parsers of the usual field kinds. */
export const queryField = {
  /** Free text (a search), trimmed; at most 200 characters, as the API takes. */
  text: (raw: string): string | undefined => raw.trim().slice(0, 200) || undefined,
  /** A whole number from `min` to `max`. */
  int:
    (min: number, max: number): QueryFieldParser<number> =>
    (raw) => {
      if (!/^\d{1,6}$/.test(raw)) return undefined;
      const value = Number(raw);
      return value >= min && value <= max ? value : undefined;
    },
  /** One of the given values (a sort, a status, a page size). */
  oneOf:
    <T extends string | number>(values: readonly T[]): QueryFieldParser<T> =>
    (raw) =>
      values.find((value) => String(value) === raw),
  /** `true` or `false`. */
  boolean: (raw: string): boolean | undefined =>
    raw === 'true' ? true : raw === 'false' ? false : undefined,
  /** An id (a UUID). */
  id: (raw: string): string | undefined =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)
      ? raw.toLowerCase()
      : undefined,
  /** A calendar date `yyyy-MM-dd` that exists. */
  date: (raw: string): string | undefined => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
    const date = new Date(`${raw}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(raw) ? raw : undefined;
  },
} as const;

/** `page` and `pageSize` as every paged list reads them. */
export function pagingFields(pageSizes: readonly number[] = [10, 20, 50, 100]) {
  return { page: queryField.int(1, 100000), pageSize: queryField.oneOf(pageSizes) };
}

/** `field` and `-field` for each sortable field. */
export function sortValues(fields: readonly string[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}

/** The fields of `fields` that the address gives readably; the others are left out. */
export function readListQuery<Q>(params: ParamMap, fields: ListQueryFields<Q>): Partial<Q> {
  const query: Partial<Q> = {};
  for (const key of Object.keys(fields) as Array<keyof Q & string>) {
    const raw = params.get(key);
    const parse = fields[key];
    if (raw === null || !parse) continue;
    const value = parse(raw);
    if (value !== undefined) query[key] = value as Q[typeof key];
  }
  return query;
}

/**
 * The query parameters that show `query`: each field of `fields` as text, or null (out of the
 * address) when it is empty or equal to `defaults`.
 */
export function listQueryParams<Q>(query: Q, defaults: Q, fields: ListQueryFields<Q>): Params {
  const params: Params = {};
  for (const key of Object.keys(fields) as Array<keyof Q & string>) {
    const value = query[key];
    const empty = value === undefined || value === null || value === '';
    params[key] = empty || value === defaults[key] ? null : String(value);
  }
  return params;
}

/**
 * Keeps a list page's query in the address: reads it from there (so a link, a reload or the back
 * button opens the list as it was left) and then follows the store's `query`, replacing the
 * history entry so that each keystroke of a search is not a step back. Call it in the page's
 * constructor; it answers the query to open the list with (`defaults` and what the address gives).
 */
export function bindListQueryToUrl<Q extends object>(options: {
  fields: ListQueryFields<Q>;
  query: Signal<Q>;
  defaults: Q;
}): Q {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const { fields, query, defaults } = options;
  const initial = { ...defaults, ...readListQuery(route.snapshot.queryParamMap, fields) };
  effect(() => {
    const params = listQueryParams(query(), defaults, fields);
    untracked(() => {
      const current = route.snapshot.queryParamMap;
      const changed = Object.entries(params).some(([key, value]) => current.get(key) !== value);
      if (!changed) return;
      void router.navigate([], {
        relativeTo: route,
        queryParams: params,
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    });
  });
  return initial;
}

/** The sort header's state for a query's `sort` (`field` or `-field`). */
export function sortHeaderState(sort: string | undefined): {
  active: string;
  direction: 'asc' | 'desc';
} {
  if (!sort) return { active: '', direction: 'asc' };
  return sort.startsWith('-')
    ? { active: sort.slice(1), direction: 'desc' }
    : { active: sort, direction: 'asc' };
}
