/** One entry per line, blank lines and surrounding spaces dropped (a textarea edits a list). */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function listToLines(list: readonly string[] | null | undefined): string {
  return (list ?? []).join('\n');
}
