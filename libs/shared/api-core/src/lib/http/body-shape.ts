import type { NextFunction, Request, Response } from 'express';

import { ApiException } from '../errors/api.exception';

/** Levels of lists and objects a body or query may nest; no DTO of the API needs more than 6. */
export const MAX_BODY_DEPTH = 32;
/** Items of one list or fields of one object; the longest lists a DTO takes have 10,000 ids. */
export const MAX_BODY_ITEMS = 10_000;
/** Keys that would reach an object's prototype once copied: no field of the API is named so. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses a parsed body or query that is nested too deep (400 `common.tooDeep`), has a list or
 * object too long (413 `common.tooManyItems`) or a prototype key (400 `common.prototypeKey`),
 * before anything copies it: class-transformer recurses once per level and overflows the stack on a
 * few thousand (`[[[[…]]]]` in 10 KB). The walk stops at the first level too deep, so it cannot
 * overflow itself.
 */
export function assertBodyShape(value: unknown, depth = 0): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_BODY_DEPTH)
    throw new ApiException(400, 'common.tooDeep', { max: MAX_BODY_DEPTH });
  const keys = Array.isArray(value) ? [] : Object.keys(value);
  const items = Array.isArray(value)
    ? value
    : keys.map((k) => (value as Record<string, unknown>)[k]);
  if (items.length > MAX_BODY_ITEMS)
    throw new ApiException(413, 'common.tooManyItems', { max: MAX_BODY_ITEMS });
  const key = keys.find((k) => PROTOTYPE_KEYS.has(k));
  if (key !== undefined) throw new ApiException(400, 'common.prototypeKey', { key });
  for (const item of items) assertBodyShape(item, depth + 1);
}

/** Express middleware, right after the JSON parser: every route's body is checked before Nest sees it. */
export function checkBodyShape(req: Request, _res: Response, next: NextFunction): void {
  try {
    assertBodyShape(req.body);
    next();
  } catch (error) {
    next(error);
  }
}
