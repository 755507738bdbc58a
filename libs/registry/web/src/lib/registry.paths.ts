/** Where the registry pages live, for links and redirects. */
export const REGISTRY_PATHS = {
  units: '/units',
  unitImport: '/units/import',
  blocs: '/blocs',
  unitKinds: '/admin/unit-kinds',
  organisation: '/admin/organisation',
  outgoingNumbers: '/admin/outgoing-numbers',
} as const;

export function unitPath(id: string): string {
  return `${REGISTRY_PATHS.units}/${id}`;
}

export function blocPath(id: string): string {
  return `${REGISTRY_PATHS.blocs}/${id}`;
}

/** The unit's whole record (blocs, pledges, scores, nominations, ballots, awards), kept by the reports. */
export function unitRecordUrl(id: string): string {
  return `/reports/units/${id}`;
}
