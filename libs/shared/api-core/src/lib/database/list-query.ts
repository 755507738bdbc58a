import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { foldVietnamese, normalizeText } from '@thidua/shared/util';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ListQuery,
  type Page,
} from '@thidua/shared/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { ApiException } from '../errors/api.exception';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** The query every list endpoint takes; extend it with the list's own filters. */
export class ListQueryDto implements ListQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]+$/)
  sort?: string;
}

export const intParam = toInt;
export const boolParam = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * A diacritic- and case-insensitive `LIKE` over a text expression, using the database's
 * `search_fold` (migration `EnableVietnameseSearch`): "so noi vu" finds "Sở Nội vụ".
 * Index the same expression with `gin (search_fold(expr) gin_trgm_ops)` for speed.
 */
export function searchCondition(
  expression: string,
  q: string,
  param = 'q',
): { sql: string; params: Record<string, string> } {
  return {
    sql: `search_fold(${expression}) LIKE :${param}`,
    params: { [param]: likePattern(q) },
  };
}

/**
 * The same search over a column that already holds the folded text (`search_text`, kept by a
 * trigger, trigram-indexed): no `unaccent` runs on the rows a search looks at.
 */
export function foldedColumnCondition(
  column: string,
  q: string,
  param = 'q',
): { sql: string; params: Record<string, string> } {
  return { sql: `${column} LIKE :${param}`, params: { [param]: likePattern(q) } };
}

/** `%folded query%` with LIKE wildcards escaped, for `search_fold(expr) LIKE $n`. */
export function likePattern(q: string): string {
  return `%${foldVietnamese(normalizeText(q)).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Applies `?sort=` from a whitelist (`{ name: 'u.name' }`) and falls back to `fallback`.
 * Text columns named in `vietnamese` sort in Vietnamese order (ICU collation).
 */
export function applySort<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: string | undefined,
  columns: Record<string, string>,
  fallback: string,
  vietnamese: string[] = [],
): void {
  const key = sort ?? fallback;
  const desc = key.startsWith('-');
  const field = desc ? key.slice(1) : key;
  const column = columns[field];
  if (!column) {
    throw new ApiException(422, 'common.validation', {}, { sort: ['common.invalidSort'] });
  }
  const expression = vietnamese.includes(field) ? `${column} COLLATE "vietnamese"` : column;
  qb.orderBy(expression, desc ? 'DESC' : 'ASC', desc ? 'NULLS LAST' : 'NULLS FIRST');
}

/**
 * Runs the query as a page: `{items, total, page, pageSize}`. Lists join only to-one relations,
 * so plain OFFSET/LIMIT pages correctly (and keeps ORDER BY expressions such as COLLATE intact).
 */
export async function pageOf<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  map: (row: T) => R,
): Promise<Page<R>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const [rows, total] = await qb
    .offset((page - 1) * pageSize)
    .limit(pageSize)
    .getManyAndCount();
  return { items: rows.map(map), total, page, pageSize };
}
