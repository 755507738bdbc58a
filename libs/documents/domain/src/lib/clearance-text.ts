import type { ClearanceState, ClearanceSummary } from '@thidua/awards/contracts';

/** The clearance state as the printed list and cover letter say it (empty: never asked). */
export const CLEARANCE_STATE_TEXT: Record<ClearanceState, string> = {
  none: '',
  pending: 'Đang chờ xác nhận',
  cleared: 'Đã xác nhận',
  objection: 'Có ý kiến phản đối',
  overdue: 'Quá hạn chưa xác nhận',
  overridden: 'Hội đồng cho qua',
};

/** A row's note of its clearance: "Có ý kiến phản đối (Thanh tra tỉnh)". */
export function clearanceNote(c: ClearanceSummary): string {
  const text = CLEARANCE_STATE_TEXT[c.state];
  return c.offices.length ? `${text} (${c.offices.join(', ')})` : text;
}

const ORDER: ClearanceState[] = ['cleared', 'overridden', 'pending', 'overdue', 'objection'];

/**
 * The cover letter's sentence on clearance, e.g. "Kết quả xác nhận của các cơ quan có thẩm quyền:
 * 3 đối tượng đã xác nhận, 1 đối tượng có ý kiến phản đối."; null when no one was asked.
 */
export function clearanceSentence(rows: ClearanceSummary[]): string | null {
  const parts = ORDER.flatMap((state) => {
    const count = rows.filter((r) => r.state === state).length;
    return count ? [`${count} đối tượng ${CLEARANCE_STATE_TEXT[state].toLowerCase()}`] : [];
  });
  const unasked = rows.filter((r) => r.state === 'none').length;
  if (!parts.length) return null;
  if (unasked) parts.push(`${unasked} đối tượng chưa gửi xác nhận`);
  return `Kết quả xác nhận, hiệp y của các cơ quan có thẩm quyền: ${parts.join(', ')}.`;
}
