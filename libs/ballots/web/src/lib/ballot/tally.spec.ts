import { shareFieldErrors, sharesToSend } from './tally';

describe('the count form’s shares', () => {
  it('should send the filled fields in order and remember where each came from', () => {
    expect(sharesToSend([{ value: ' s1 ' }, { value: '' }, { value: 's3' }])).toEqual({
      shares: ['s1', 's3'],
      positions: [0, 2],
    });
  });

  it('should put the server’s shares.<i> errors on the fields the shares came from', () => {
    expect(
      shareFieldErrors({ 'shares.1': ['Mảnh khóa gõ sai'], shares: ['Chưa đủ mảnh khóa'] }, [0, 2]),
    ).toEqual({ 'shares.2': ['Mảnh khóa gõ sai'], shares: ['Chưa đủ mảnh khóa'] });
  });
});
