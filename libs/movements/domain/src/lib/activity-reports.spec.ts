import {
  activityReportDueDate,
  activityReportState,
  participationPercent,
} from './activity-reports';

describe('activityReportDueDate', () => {
  const campaign = { startDate: '2021-07-03', endDate: '2021-10-01', yearEndReviewDate: null };
  const yearly = {
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    yearEndReviewDate: '2024-12-19',
  };
  const longRunning = { startDate: '2023-01-01', endDate: '2025-12-31', yearEndReviewDate: null };

  it.each([
    ['a campaign ending within the year', campaign, 2021, '2021-10-01'],
    ['a yearly movement with its year-end review', yearly, 2024, '2024-12-19'],
    ['a movement running on past the year', longRunning, 2023, '2023-12-15'],
    ['the last year of a long movement', longRunning, 2025, '2025-12-31'],
  ])('should take the due date of %s', (_name, movement, year, expected) => {
    expect(activityReportDueDate(movement, year)).toBe(expected);
  });
});

describe('activityReportState', () => {
  it.each([
    ['2024-12-19', '2024-12-19', '2025-01-10', 'onTime'],
    ['2024-12-19', '2024-12-20', '2025-01-10', 'late'],
    ['2024-12-19', null, '2024-12-19', 'pending'],
    ['2024-12-19', null, '2024-12-20', 'overdue'],
  ] as const)('should call a report due %s sent %s (today %s) %s', (due, sent, today, state) => {
    expect(activityReportState(due, sent, today)).toBe(state);
  });
});

describe('participationPercent', () => {
  it('should round the share of members to one decimal', () => {
    expect(participationPercent(987, 1000)).toBe(98.7);
    expect(participationPercent(2, 3)).toBe(66.7);
    expect(participationPercent(40, 40)).toBe(100);
  });

  it('should give no share without members', () => {
    expect(participationPercent(0, 0)).toBeNull();
  });
});
