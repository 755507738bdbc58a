/** Where the award pages live, for links and redirects. */
export const AWARDS_PATHS = {
  nominations: '/nominations',
  newNomination: '/nominations/new',
  awardHistory: '/award-history',
  awardHistoryImport: '/award-history/import',
  people: '/people',
  awardTypes: '/admin/award-types',
} as const;

export function nominationPath(id: string): string {
  return `${AWARDS_PATHS.nominations}/${id}`;
}

export function nominationEditPath(id: string): string {
  return `${nominationPath(id)}/edit`;
}

export function personPath(id: string): string {
  return `${AWARDS_PATHS.people}/${id}`;
}
