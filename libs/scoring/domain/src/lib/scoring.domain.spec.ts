import type {
  ScoreTotals,
  TieBreak,
  UnitScoreAction,
  UnitScoreStatus,
} from '@thidua/scoring/contracts';

import { rankUnits, compareTotals } from './ranking';
import {
  type SheetShape,
  checkPoints,
  checkSheet,
  isComplete,
  scoreTotals,
  spreadScale,
} from './score-totals';
import {
  checkerOf,
  isAdjustable,
  isEditableByUnit,
  mayCheck,
  nextUnitScoreStatus,
  sheetTransition,
} from './unit-score-status';

const sheet = (bonusCap: number | null = null, penaltyCap: number | null = null): SheetShape => ({
  groupCount: 2,
  bonusCap,
  penaltyCap,
  items: [
    { id: 'a', kind: 'criterion', groupIndex: 0, maxPoints: 40 },
    { id: 'b', kind: 'criterion', groupIndex: 0, maxPoints: 20 },
    { id: 'c', kind: 'criterion', groupIndex: 1, maxPoints: 40 },
    { id: 'plus1', kind: 'bonus', groupIndex: null, maxPoints: 3 },
    { id: 'plus2', kind: 'bonus', groupIndex: null, maxPoints: 5 },
    { id: 'minus1', kind: 'penalty', groupIndex: null, maxPoints: 2 },
    { id: 'minus2', kind: 'penalty', groupIndex: null, maxPoints: 5 },
  ],
});

describe('scoreTotals', () => {
  it.each<
    [string, Record<string, number | null>, number | null, number | null, Partial<ScoreTotals>]
  >([
    [
      'nothing scored',
      {},
      null,
      null,
      { criteria: 0, groups: [0, 0], bonus: 0, penalty: 0, total: 0 },
    ],
    [
      'full marks',
      { a: 40, b: 20, c: 40 },
      null,
      null,
      { criteria: 100, groups: [60, 40], total: 100 },
    ],
    ['decimals', { a: 38.5, b: 19.25, c: 39.75 }, null, null, { criteria: 97.5, total: 97.5 }],
    [
      'bonus adds',
      { a: 40, b: 20, c: 40, plus1: 3, plus2: 2 },
      null,
      null,
      { bonus: 5, total: 105 },
    ],
    [
      'bonus within the overall cap',
      { a: 40, plus1: 3, plus2: 5 },
      5,
      null,
      { bonus: 5, total: 45 },
    ],
    [
      'bonus cap larger than items',
      { a: 40, plus1: 3, plus2: 5 },
      10,
      null,
      { bonus: 8, total: 48 },
    ],
    [
      'penalty subtracts',
      { a: 40, b: 20, c: 40, minus1: 2 },
      null,
      null,
      { penalty: 2, total: 98 },
    ],
    [
      'penalty within the overall cap',
      { a: 40, minus1: 2, minus2: 5 },
      null,
      4,
      { penalty: 4, total: 36 },
    ],
    [
      'an item above its cap counts up to it',
      { a: 50, plus1: 9 },
      null,
      null,
      { groups: [40, 0], bonus: 3, total: 43 },
    ],
    [
      'negative and null points count as 0',
      { a: -5, b: null, c: 10 },
      null,
      null,
      { criteria: 10, total: 10 },
    ],
    [
      'bonus and penalty together',
      { a: 30, b: 10, c: 30, plus2: 4, minus2: 1.5 },
      3,
      1,
      { bonus: 3, penalty: 1, total: 72 },
    ],
    ['rounding to hundredths', { a: 0.1, b: 0.2 }, null, null, { groups: [0.3, 0], total: 0.3 }],
  ])('should total %s', (_name, points, bonusCap, penaltyCap, expected) => {
    expect(scoreTotals(sheet(bonusCap, penaltyCap), points)).toEqual(
      expect.objectContaining(expected),
    );
  });

  it('should read points from a Map as well', () => {
    expect(scoreTotals(sheet(), new Map([['c', 12]])).total).toBe(12);
  });
});

describe('checkPoints', () => {
  const items = sheet().items;
  it.each<[string, { itemId: string; points: number | null }, string | undefined]>([
    ['within the maximum', { itemId: 'a', points: 40 }, undefined],
    ['zero', { itemId: 'a', points: 0 }, undefined],
    ['empty', { itemId: 'a', points: null }, undefined],
    ['above the maximum', { itemId: 'a', points: 40.01 }, 'aboveMax'],
    ['above a bonus cap', { itemId: 'plus1', points: 4 }, 'aboveMax'],
    ['above a penalty cap', { itemId: 'minus2', points: 6 }, 'aboveMax'],
    ['negative', { itemId: 'b', points: -1 }, 'negative'],
    ['thousandths', { itemId: 'b', points: 1.005 }, 'notHundredths'],
    ['an unknown item', { itemId: 'zzz', points: 1 }, 'unknownItem'],
  ])('should judge points %s', (_name, entry, problem) => {
    expect(checkPoints(items, [entry])[entry.itemId]).toBe(problem);
  });

  it.each([
    [{ a: 1, b: 2, c: 3 }, true],
    [{ a: 1, b: 2 }, false],
    [{ a: 1, b: 0, c: 0, plus1: null }, true],
    [{}, false],
  ])('should know when every criterion is scored (%j → %s)', (points, expected) => {
    expect(isComplete(items, new Map(Object.entries(points)))).toBe(expected);
  });
});

describe('checkSheet', () => {
  const group = (...max: number[]) => ({ criteria: max.map((maxPoints) => ({ maxPoints })) });
  it.each<[string, number, ReturnType<typeof group>[], string[], string[]]>([
    ['a 100-point sheet', 100, [group(60, 20), group(20)], ['firstGroup'], []],
    ['a 1000-point sheet', 1000, [group(500, 200), group(300)], [], []],
    ['criteria short of the scale', 100, [group(60), group(20)], [], ['criteriaNotScale']],
    ['criteria over the scale', 100, [group(60, 50)], [], ['criteriaNotScale']],
    ['no criteria', 100, [], [], ['noCriteria']],
    ['an empty group', 100, [group(100), group()], [], ['emptyGroup']],
    [
      'a repeated tie-break',
      100,
      [group(100)],
      ['firstGroup', 'firstGroup'],
      ['duplicateTieBreak'],
    ],
  ])('should check %s', (_name, scale, groups, tieBreaks, problems) => {
    expect(checkSheet({ scale, groups, tieBreaks })).toEqual(problems);
  });

  it.each([
    [100, 3, [34, 33, 33]],
    [100, 4, [25, 25, 25, 25]],
    [1000, 7, [143, 143, 143, 143, 143, 143, 142]],
    [100, 0, []],
  ])('should spread %i points over %i criteria', (scale, n, expected) => {
    expect(spreadScale(scale, n)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(n ? scale : 0);
  });
});

describe('rankUnits', () => {
  const t = (total: number, first: number, penalty = 0, bonus = 0): ScoreTotals => ({
    total,
    groups: [first, total - first],
    criteria: total,
    bonus,
    penalty,
  });
  const rank = (rows: Array<[string, ScoreTotals]>, tieBreaks: TieBreak[]) =>
    rankUnits(
      rows.map(([name, totals]) => ({ key: name, name, totals })),
      tieBreaks,
    ).map((r) => [r.key, r.rank, r.isTiedForBallot]);

  it.each<[string, Array<[string, ScoreTotals]>, TieBreak[], Array<[string, number, boolean]>]>([
    [
      'by total',
      [
        ['B', t(90, 50)],
        ['A', t(95, 50)],
        ['C', t(80, 40)],
      ],
      ['firstGroup', 'fewerPenalties'],
      [
        ['A', 1, false],
        ['B', 2, false],
        ['C', 3, false],
      ],
    ],
    [
      'equal totals by the first group',
      [
        ['B', t(90, 50)],
        ['A', t(90, 55)],
      ],
      ['firstGroup', 'fewerPenalties'],
      [
        ['A', 1, false],
        ['B', 2, false],
      ],
    ],
    [
      'equal first group by fewer penalties',
      [
        ['A', t(90, 50, 2)],
        ['B', t(90, 50, 1)],
      ],
      ['firstGroup', 'fewerPenalties'],
      [
        ['B', 1, false],
        ['A', 2, false],
      ],
    ],
    [
      'the bloc choosing penalties before the first group',
      [
        ['A', t(90, 55, 2)],
        ['B', t(90, 50, 1)],
      ],
      ['fewerPenalties', 'firstGroup'],
      [
        ['B', 1, false],
        ['A', 2, false],
      ],
    ],
    [
      'more bonus when chosen',
      [
        ['A', t(90, 50, 0, 1)],
        ['B', t(90, 50, 0, 3)],
      ],
      ['moreBonus'],
      [
        ['B', 1, false],
        ['A', 2, false],
      ],
    ],
    [
      'a tie left to the ballot shares the rank',
      [
        ['Bắc', t(90, 50)],
        ['An', t(90, 50)],
        ['Cường', t(80, 40)],
      ],
      ['firstGroup', 'fewerPenalties'],
      [
        ['An', 1, true],
        ['Bắc', 1, true],
        ['Cường', 3, false],
      ],
    ],
    [
      'no tie-breaks: equal totals go to the ballot',
      [
        ['A', t(90, 55)],
        ['B', t(90, 50)],
        ['C', t(90, 10)],
      ],
      [],
      [
        ['A', 1, true],
        ['B', 1, true],
        ['C', 1, true],
      ],
    ],
    [
      'a tie in the middle',
      [
        ['A', t(99, 50)],
        ['B', t(90, 50)],
        ['C', t(90, 50)],
        ['D', t(70, 50)],
      ],
      ['firstGroup'],
      [
        ['A', 1, false],
        ['B', 2, true],
        ['C', 2, true],
        ['D', 4, false],
      ],
    ],
  ])('should rank %s', (_name, rows, tieBreaks, expected) => {
    expect(rank(rows, tieBreaks)).toEqual(expected);
  });

  it('should compare equal totals as 0 when every tie-break is equal', () => {
    expect(compareTotals(t(90, 50), t(90, 50), ['firstGroup', 'fewerPenalties'])).toBe(0);
  });
});

describe('state transitions', () => {
  it.each<[UnitScoreStatus, UnitScoreAction, UnitScoreStatus | null]>([
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'submit', null],
    ['submitted', 'check', 'checked'],
    ['submitted', 'return', 'returned'],
    ['checked', 'return', 'returned'],
    ['checked', 'check', null],
    ['draft', 'check', null],
    ['draft', 'return', null],
    ['agreed', 'return', null],
    ['agreed', 'submit', null],
    ['locked', 'submit', null],
    ['locked', 'check', null],
    ['locked', 'return', null],
  ])('should take a %s card by %s to %s', (from, action, to) => {
    expect(nextUnitScoreStatus(from, action)).toBe(to);
  });

  it.each<[UnitScoreStatus, boolean, boolean]>([
    ['draft', true, false],
    ['returned', true, false],
    ['submitted', false, true],
    ['checked', false, false],
    ['agreed', false, false],
    ['locked', false, false],
  ])('should let a %s card be edited by the unit: %s, adjusted: %s', (status, edit, adjust) => {
    expect(isEditableByUnit(status)).toBe(edit);
    expect(isAdjustable(status)).toBe(adjust);
  });

  it.each<['draft' | 'agreed' | 'locked', 'agree' | 'lock', UnitScoreStatus[], string | null]>([
    ['draft', 'agree', ['checked', 'checked'], 'agreed'],
    ['draft', 'agree', ['checked', 'submitted'], null],
    ['draft', 'agree', ['checked', 'returned'], null],
    ['draft', 'agree', [], null],
    ['agreed', 'agree', ['agreed'], null],
    ['draft', 'lock', ['checked'], null],
    ['agreed', 'lock', ['agreed', 'agreed'], 'locked'],
    ['locked', 'lock', ['locked'], null],
  ])('should take a %s sheet by %s (cards %j) to %s', (from, action, cards, to) => {
    expect(sheetTransition(from, action, cards)).toBe(to);
  });

  const lead = { headUnitId: 'H', deputyUnitId: 'D' };
  it.each([
    ['H', 'M', true],
    ['D', 'M', true],
    ['M', 'N', false],
    ['H', 'H', false],
    ['D', 'H', true],
    ['D', 'D', false],
    ['H', 'D', true],
  ])('should let %s check the card of %s: %s', (checker, card, expected) => {
    expect(mayCheck(checker, card, lead)).toBe(expected);
  });

  it.each([
    ['M', 'H'],
    ['D', 'H'],
    ['H', 'D'],
  ])('should send the card of %s to %s', (card, checker) => {
    expect(checkerOf(card, lead)).toBe(checker);
  });

  it('should have no checker for the head when the bloc has no deputy', () => {
    expect(checkerOf('H', { headUnitId: 'H', deputyUnitId: null })).toBeNull();
  });
});
