/** One share field of the count form. */
export interface ShareEntry {
  value: string;
}

/**
 * The shares to send, from the filled fields in order, and for each the field it came from (the
 * server names a share by its place in the list sent: `shares.<i>`).
 */
export function sharesToSend(entries: readonly ShareEntry[]): {
  shares: string[];
  positions: number[];
} {
  const shares: string[] = [];
  const positions: number[] = [];
  entries.forEach((entry, i) => {
    const value = entry.value.trim();
    if (!value) return;
    shares.push(value);
    positions.push(i);
  });
  return { shares, positions };
}

/** The server's `shares.<i>` errors moved onto the fields the shares came from. */
export function shareFieldErrors(
  fieldErrors: Record<string, string[]>,
  positions: readonly number[],
): Record<string, string[]> {
  const mapped: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const match = /^shares\.(\d+)$/.exec(key);
    const field = match ? positions[Number(match[1])] : undefined;
    mapped[field === undefined ? key : `shares.${field}`] = messages;
  }
  return mapped;
}
