/** Where the dashboard, the reports and the records live, for links and redirects. */
export const REPORTS_PATHS = {
  dashboard: '/dashboard',
  reports: '/reports',
} as const;

/** A unit's whole record: `/reports/units/:id`. */
export function unitRecordPath(unitId: string): string {
  return `${REPORTS_PATHS.reports}/units/${unitId}`;
}

/** A person's nominations and awards: `/reports/people/:id`. */
export function personRecordPath(personId: string): string {
  return `${REPORTS_PATHS.reports}/people/${personId}`;
}
