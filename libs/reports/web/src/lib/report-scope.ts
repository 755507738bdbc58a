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
