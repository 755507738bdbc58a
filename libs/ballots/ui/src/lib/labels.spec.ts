import type { BallotCandidateResponse } from '@thidua/ballots/contracts';

import {
  ballotRuleSummary,
  chooseKInWords,
  denominatorInWords,
  percentVi,
  quorumInWords,
  ruleInWords,
  thresholdInWords,
  turnoutInWords,
} from './labels';

function unitCandidate(id: string, name: string): BallotCandidateResponse {
  return {
    nominationId: id,
    name,
    unit: { id: `u${id}`, code: `U${id}`, name, shortName: null },
    rank: null,
    round: 1,
  };
}

const UNITS = [
  unitCandidate('1', 'Sở Tư pháp'),
  unitCandidate('2', 'Sở Y tế'),
  unitCandidate('3', 'Sở Tài chính'),
];

describe('ruleInWords', () => {
  it('should say "choose at most K of N units" for a choose-K ballot of units', () => {
    expect(ruleInWords({ method: 'chooseK', maxWinners: 2, candidates: UNITS })).toBe(
      'Chọn tối đa 2 trong 3 đơn vị',
    );
  });

  it('should cap K at the number of candidates', () => {
    expect(ruleInWords({ method: 'chooseK', maxWinners: 5, candidates: UNITS })).toBe(
      'Chọn tối đa 3 trong 3 đơn vị',
    );
  });

  it('should speak of candidates when some are people', () => {
    const person: BallotCandidateResponse = { ...UNITS[0], name: 'Nguyễn Văn An' };
    expect(ruleInWords({ method: 'chooseK', maxWinners: 1, candidates: [person, UNITS[1]] })).toBe(
      'Chọn tối đa 1 trong 2 ứng viên',
    );
  });

  it('should describe an approval ballot', () => {
    expect(ruleInWords({ method: 'approval', maxWinners: 1, candidates: UNITS })).toBe(
      'Cho ý kiến Đồng ý – Không đồng ý – Không ý kiến với từng đơn vị (3 đơn vị)',
    );
  });
});

describe('ballotRuleSummary', () => {
  it('should say a choose-K ballot in words with its numbers, not as a formula', () => {
    expect(ballotRuleSummary({ method: 'chooseK', maxWinners: 3, candidateCount: 9 })).toBe(
      'Chọn tối đa 3 trong 9 ứng viên',
    );
    expect(chooseKInWords(4, 2, true)).toBe('Chọn tối đa 2 trong 2 đơn vị');
  });

  it('should name the approval method', () => {
    expect(ballotRuleSummary({ method: 'approval', maxWinners: 1, candidateCount: 9 })).toBe(
      'Đồng ý – Không đồng ý – Không ý kiến',
    );
  });
});

describe('thresholdInWords', () => {
  it('should state a strict threshold over all delegates', () => {
    expect(thresholdInWords({ threshold: 50, denominator: 'eligible', comparator: 'gt' })).toBe(
      'Trúng cử khi đạt trên 50 % tổng số đại biểu',
    );
  });

  it('should state an inclusive threshold with decimals the Vietnamese way', () => {
    expect(thresholdInWords({ threshold: 66.67, denominator: 'valid', comparator: 'gte' })).toBe(
      'Trúng cử khi đạt từ 66,67 % số phiếu hợp lệ trở lên',
    );
  });
});

describe('number phrases', () => {
  it('should format percentages, turnout, quorum and denominators', () => {
    expect(percentVi(66.666)).toBe('66,67 %');
    expect(turnoutInWords(7, 9)).toBe('Đã bỏ phiếu 7/9');
    expect(quorumInWords(8, 9, true)).toBe('Có mặt 8/9 — đủ số lượng');
    expect(quorumInWords(5, 9, false)).toBe('Có mặt 5/9 — chưa đủ số lượng');
    expect(denominatorInWords(9, 'present')).toBe('trên 9 (số có mặt)');
  });
});
