import type { CurrentUserResponse } from '@thidua/auth/contracts';
import type { BlocSummaryResponse } from '@thidua/registry/contracts';

/** The board (admins) and viewers look at every bloc; a secretariat at its own. */
export function looksAtEveryBloc(user: CurrentUserResponse | null): boolean {
  return user?.role === 'admin' || user?.role === 'viewer';
}

/** Blocs to choose from: every bloc of the year for the board, the user's own for a secretariat. */
export function blocChoices(
  user: CurrentUserResponse | null,
  year: number,
  blocsOfYear: BlocSummaryResponse[],
): BlocSummaryResponse[] {
  if (looksAtEveryBloc(user)) return blocsOfYear;
  return (user?.secretariatOf ?? [])
    .filter((grant) => grant.year === year)
    .map((grant) => ({ id: grant.blocId, name: grant.blocName, kind: 'khoi' as const }));
}

/** The years in which the user's unit serves as a bloc's secretariat, oldest first. */
export function servedYears(user: CurrentUserResponse | null): number[] {
  return [...new Set((user?.secretariatOf ?? []).map((grant) => grant.year))].sort((a, b) => a - b);
}

/**
 * The year a report opens on: the working year (`WorkingYear`, the one every page opens on) for the
 * board; for a secretariat the latest year up to it in which it serves a bloc (else the first it
 * serves), so it never opens on a year it may not see.
 */
export function defaultReportYear(user: CurrentUserResponse | null, workingYear: number): number {
  if (looksAtEveryBloc(user)) return workingYear;
  const years = servedYears(user);
  return [...years].reverse().find((year) => year <= workingYear) ?? years[0] ?? workingYear;
}
