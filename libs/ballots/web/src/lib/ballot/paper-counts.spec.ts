import { paperCountErrors, toPaperCounts } from './paper-counts';

const CONTEXT = {
  method: 'chooseK' as const,
  maxWinners: 2,
  voterCount: 9,
  candidateIds: ['a', 'b', 'c'],
};

describe('paperCountErrors', () => {
  it('should accept counts that add up', () => {
    expect(
      paperCountErrors(
        { issued: 9, returned: 9, valid: 8, invalid: 1, votes: { a: 7, b: 6, c: 3 } },
        CONTEXT,
      ),
    ).toEqual({});
  });

  it('should refuse more papers than delegates present', () => {
    const errors = paperCountErrors(
      { issued: 10, returned: 9, valid: 9, invalid: 0, votes: { a: 1, b: 1, c: 1 } },
      CONTEXT,
    );
    expect(errors['issued']?.[0]).toContain('(9)');
  });

  it('should refuse more returned than issued and valid + invalid ≠ returned', () => {
    const errors = paperCountErrors(
      { issued: 8, returned: 9, valid: 5, invalid: 1, votes: { a: 1, b: 1, c: 1 } },
      CONTEXT,
    );
    expect(errors['returned']).toHaveLength(1);
    expect(errors['valid']?.[0]).toContain('phải bằng số phiếu thu về');
  });

  it('should point at the candidate with more votes than valid ballots', () => {
    const errors = paperCountErrors(
      { issued: 9, returned: 9, valid: 5, invalid: 4, votes: { a: 6, b: 1, c: 1 } },
      CONTEXT,
    );
    expect(Object.keys(errors)).toEqual(['votes.a']);
  });

  it('should refuse more marks than K per valid ballot', () => {
    const errors = paperCountErrors(
      { issued: 9, returned: 9, valid: 4, invalid: 5, votes: { a: 4, b: 4, c: 1 } },
      CONTEXT,
    );
    expect(errors['votes']?.[0]).toContain('2 × số phiếu hợp lệ');
  });

  it('should not count marks per ballot for an approval ballot', () => {
    const errors = paperCountErrors(
      { issued: 9, returned: 9, valid: 4, invalid: 5, votes: { a: 4, b: 4, c: 4 } },
      { ...CONTEXT, method: 'approval' },
    );
    expect(errors).toEqual({});
  });
});

describe('toPaperCounts', () => {
  it('should need a whole number in every box', () => {
    expect(
      toPaperCounts({ issued: 9, returned: 9, valid: 9, invalid: 0, votes: { a: null } }),
    ).toBeNull();
    expect(
      toPaperCounts({ issued: 9, returned: 9, valid: 9, invalid: -1, votes: { a: 1 } }),
    ).toBeNull();
    expect(
      toPaperCounts({ issued: 9, returned: 9, valid: 9, invalid: 0, votes: { a: 3 } }),
    ).toEqual({ issued: 9, returned: 9, valid: 9, invalid: 0, votes: { a: 3 } });
  });
});
