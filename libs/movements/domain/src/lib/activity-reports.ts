import type { ActivityReportState } from '@thidua/movements/contracts';

interface MovementDates {
  startDate: string;
  endDate: string;
  yearEndReviewDate: string | null;
}

/**
 * The day a unit's activity report for `year` is due: the year-end review (tổng kết) when the
 * movement holds one that year, else the movement's end when it ends that year, else 15 December
 * (units report before the bloc's year-end conference).
 */
export function activityReportDueDate(movement: MovementDates, year: number): string {
  const review = movement.yearEndReviewDate;
  if (review && Number(review.slice(0, 4)) === year) return review;
  if (Number(movement.endDate.slice(0, 4)) === year) return movement.endDate;
  return `${year}-12-15`;
}

/** `submittedOn` and `today` are calendar days (yyyy-MM-dd) in Vietnam's time zone. */
export function activityReportState(
  dueDate: string,
  submittedOn: string | null,
  today: string,
): ActivityReportState {
  if (submittedOn) return submittedOn <= dueDate ? 'onTime' : 'late';
  return today <= dueDate ? 'pending' : 'overdue';
}

/** Share of members taking part, in percent rounded to one decimal; null without members. */
export function participationPercent(participants: number, members: number): number | null {
  if (!members) return null;
  return Math.round((participants / members) * 1000) / 10;
}
