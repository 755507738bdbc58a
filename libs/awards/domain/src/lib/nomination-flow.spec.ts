import { nextNominationStatus, nominationStepRefusal } from './nomination-flow';

describe('nominationStepRefusal', () => {
  it.each([
    ['a passed vote', true, 'send', null],
    ['a failed vote', false, 'send', 'nominations.voteNotPassed'],
    ['no vote recorded', null, 'send', 'nominations.voteNotPassed'],
    ['another step after a failed vote', false, 'approve', null],
  ] as const)('should answer %s', (_, votePassed, action, expected) => {
    expect(nominationStepRefusal({ votePassed }, action)).toBe(expected);
  });

  it('should leave the order of the steps to nextNominationStatus', () => {
    expect(nextNominationStatus('voted', 'send')).toBe('sent');
    expect(nextNominationStatus('accepted', 'send')).toBeNull();
  });
});
