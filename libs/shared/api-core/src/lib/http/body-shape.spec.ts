import { ApiException } from '../errors/api.exception';
import { MAX_BODY_DEPTH, MAX_BODY_ITEMS, assertBodyShape } from './body-shape';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

function problem(value: unknown): string | null {
  try {
    assertBodyShape(value);
    return null;
  } catch (error) {
    return `${(error as ApiException).getStatus()} ${(error as ApiException).code}`;
  }
}

describe('assertBodyShape', () => {
  it.each([
    ['a flat body', { name: 'Ban Tuyên giáo', ids: [1, 2, 3] }, null],
    ['values that are no containers', 'x', null],
    [`${MAX_BODY_DEPTH} levels`, nested(MAX_BODY_DEPTH), null],
    [`${MAX_BODY_DEPTH + 1} levels`, nested(MAX_BODY_DEPTH + 1), '400 common.tooDeep'],
    ['100,000 levels, without overflowing', nested(100_000), '400 common.tooDeep'],
    [`a list of ${MAX_BODY_ITEMS}`, { ids: Array(MAX_BODY_ITEMS).fill(0) }, null],
    [
      `a list of ${MAX_BODY_ITEMS + 1}`,
      { ids: Array(MAX_BODY_ITEMS + 1).fill(0) },
      '413 common.tooManyItems',
    ],
    [
      `an object of ${MAX_BODY_ITEMS + 1} fields`,
      Object.fromEntries(Array.from({ length: MAX_BODY_ITEMS + 1 }, (_, i) => [`f${i}`, i])),
      '413 common.tooManyItems',
    ],
    [
      'a sparse list of 100 million',
      { ids: Object.assign([], { 99_999_999: 1 }) },
      '413 common.tooManyItems',
    ],
    [
      '__proto__ (as JSON.parse makes it)',
      JSON.parse('{"a":[{"__proto__":{"x":1}}]}'),
      '400 common.prototypeKey',
    ],
    ['constructor', { constructor: { prototype: {} } }, '400 common.prototypeKey'],
    [
      'prototype in a query',
      Object.assign(Object.create(null), { prototype: 'x' }),
      '400 common.prototypeKey',
    ],
  ])('should judge %s', (_, value, expected) => {
    expect(problem(value)).toBe(expected);
  });
});
