import type { BallotRule } from '@thidua/awards/contracts';

import { checkPaperCounts, hasQuorum, passesThreshold, tallyBallot } from './tally';

describe('passesThreshold', () => {
  it.each([
    [5, 9, 50, 'gt', true],
    [4, 9, 50, 'gt', false],
    [5, 10, 50, 'gt', false],
    [5, 10, 50, 'gte', true],
    [6, 9, 66.67, 'gte', true],
    [5, 9, 66.67, 'gte', false],
    [6, 9, 66.67, 'gt', false],
    [7, 9, 66.67, 'gt', true],
    [7, 10, 70, 'gte', true],
    [6, 9, 70, 'gte', false],
    [9, 10, 90, 'gte', true],
    [8, 9, 90, 'gte', false],
    [9, 9, 90, 'gt', true],
    [0, 0, 50, 'gte', false],
  ] as const)(
    '%i of %i against %d %s → %s',
    (votes, denominator, threshold, comparator, expected) => {
      expect(passesThreshold(votes, denominator, threshold, comparator)).toBe(expected);
    },
  );
});

const rule = (
  threshold: number,
  denominator: BallotRule['denominator'],
  comparator: BallotRule['comparator'],
): BallotRule => ({
  threshold,
  denominator,
  comparator,
});

describe('tallyBallot', () => {
  it.each([
    ['all eligible voters', 'eligible', 10, false],
    ['voters present', 'present', 8, true],
    ['valid ballots', 'valid', 7, true],
  ] as const)(
    'should count 5 votes against %s',
    (_name, denominator, expectedDenominator, passed) => {
      const result = tallyBallot({
        rule: rule(50, denominator, 'gt'),
        maxWinners: 1,
        eligible: 10,
        present: 8,
        valid: 7,
        candidates: [{ id: 'A', votes: 5 }],
      });
      expect(result.denominator).toBe(expectedDenominator);
      expect(result.rows[0].passed).toBe(passed);
    },
  );

  it('should elect the first K that pass, ranked by votes (the 2023 conference: 2 of 9 delegates)', () => {
    const result = tallyBallot({
      rule: rule(50, 'eligible', 'gt'),
      maxWinners: 2,
      eligible: 9,
      present: 9,
      valid: 9,
      candidates: [
        { id: 'TCT', votes: 8 },
        { id: 'VPTU', votes: 7 },
        { id: 'BNC', votes: 3 },
      ],
    });
    expect(result.rows.map((r) => [r.id, r.percent, r.passed, r.elected, r.rank])).toEqual([
      ['TCT', 88.89, true, true, 1],
      ['VPTU', 77.78, true, true, 2],
      ['BNC', 33.33, false, false, 3],
    ]);
    expect(result.tiedForLast).toEqual([]);
  });

  it('should leave seats empty rather than elect candidates below the threshold', () => {
    const result = tallyBallot({
      rule: rule(66.67, 'eligible', 'gte'),
      maxWinners: 2,
      eligible: 9,
      present: 9,
      valid: 9,
      candidates: [
        { id: 'A', votes: 6 },
        { id: 'B', votes: 5 },
      ],
    });
    expect(result.rows.filter((r) => r.elected).map((r) => r.id)).toEqual(['A']);
  });

  it('should send a tie at the K-th place to a runoff, electing those above it', () => {
    const result = tallyBallot({
      rule: rule(50, 'eligible', 'gt'),
      maxWinners: 2,
      eligible: 9,
      present: 9,
      valid: 9,
      candidates: [
        { id: 'A', votes: 9 },
        { id: 'B', votes: 6 },
        { id: 'C', votes: 6 },
        { id: 'D', votes: 2 },
      ],
    });
    expect(result.rows.filter((r) => r.elected).map((r) => r.id)).toEqual(['A']);
    expect(result.tiedForLast).toEqual(['B', 'C']);
    expect(result.seatsInRunoff).toBe(1);
    expect(result.rows.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('should elect every tied candidate when they fit in K', () => {
    const result = tallyBallot({
      rule: rule(50, 'eligible', 'gt'),
      maxWinners: 3,
      eligible: 9,
      present: 9,
      valid: 9,
      candidates: [
        { id: 'A', votes: 9 },
        { id: 'B', votes: 6 },
        { id: 'C', votes: 6 },
      ],
    });
    expect(result.rows.every((r) => r.elected)).toBe(true);
    expect(result.tiedForLast).toEqual([]);
  });

  it('should tie for the single seat when two pass with equal votes', () => {
    const result = tallyBallot({
      rule: rule(50, 'valid', 'gt'),
      maxWinners: 1,
      eligible: 9,
      present: 8,
      valid: 8,
      candidates: [
        { id: 'A', votes: 5 },
        { id: 'B', votes: 5 },
      ],
    });
    expect(result.rows.some((r) => r.elected)).toBe(false);
    expect(result.tiedForLast).toEqual(['A', 'B']);
  });
});

describe('hasQuorum', () => {
  it.each([
    [6, 9, 66.67, true],
    [5, 9, 66.67, false],
    [9, 9, 100, true],
    [0, 0, 50, false],
  ])('%i present of %i with %d %% → %s', (present, eligible, quorum, expected) => {
    expect(hasQuorum(present, eligible, quorum)).toBe(expected);
  });
});

describe('checkPaperCounts', () => {
  const ids = ['A', 'B'];
  it('should accept counts that add up', () => {
    expect(
      checkPaperCounts(
        { issued: 9, returned: 9, valid: 8, invalid: 1, votes: { A: 7, B: 6 } },
        ids,
        2,
        9,
      ),
    ).toEqual([]);
  });

  it.each([
    [{ issued: 9, returned: 10, valid: 10, invalid: 0, votes: {} }, 'returnedAboveIssued'],
    [{ issued: 9, returned: 9, valid: 7, invalid: 1, votes: {} }, 'returnedNotValidPlusInvalid'],
    [{ issued: 9, returned: 9, valid: 8, invalid: 1, votes: { A: 9 } }, 'candidateAboveValid'],
    [{ issued: 9, returned: 9, valid: 8, invalid: 1, votes: { X: 1 } }, 'unknownCandidate'],
    [{ issued: 12, returned: 9, valid: 8, invalid: 1, votes: {} }, 'issuedAboveVoters'],
  ])('should find %j wrong: %s', (counts, code) => {
    expect(checkPaperCounts(counts, ids, 2, 9).map((p) => p.code)).toContain(code);
  });

  it('should refuse more marks than K per valid ballot', () => {
    expect(
      checkPaperCounts(
        { issued: 9, returned: 9, valid: 3, invalid: 6, votes: { A: 3, B: 3 } },
        ['A', 'B', 'C'],
        1,
        9,
      ).map((p) => p.code),
    ).toEqual(['tooManyChoices']);
  });
});
