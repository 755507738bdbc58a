/** At most this many candidates in one column of results; more go side by side (up to 3 columns). */
const ROWS_PER_COLUMN = 5;

/**
 * How the results fill the screen: one column up to five candidates, two up to ten, three beyond
 * (fifteen fit a 1280×720 projector); `rows` sizes the type so the rows share the height.
 */
export function resultsLayout(count: number): { columns: number; rows: number } {
  const columns = Math.min(3, Math.max(1, Math.ceil(count / ROWS_PER_COLUMN)));
  return { columns, rows: Math.max(1, Math.ceil(count / columns)) };
}
