/** Where the scoring pages live, for links and redirects. */
export const SCORING_PATHS = {
  scoring: '/scoring',
} as const;

/** The bloc's scoring of a year: progress board, agreement and lock. */
export function scoringPath(blocId: string, year: number): string {
  return `${SCORING_PATHS.scoring}/${blocId}/${year}`;
}

export function sheetEditorPath(blocId: string, year: number): string {
  return `${scoringPath(blocId, year)}/sheet`;
}

export function unitScorePath(blocId: string, year: number, unitId: string): string {
  return `${scoringPath(blocId, year)}/units/${unitId}`;
}

export function rankingPath(blocId: string, year: number): string {
  return `${scoringPath(blocId, year)}/ranking`;
}
