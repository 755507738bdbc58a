import type {
  ScoreEntryResponse,
  ScoreItemResponse,
  ScoreSheetResponse,
  UnitScoreResponse,
} from '@thidua/scoring/contracts';

/** A heading row (a group, the bonus or the penalty items) or an item with the card's points. */
export type ScoreRow =
  | { kind: 'heading'; key: string; title: string; maxPoints: number | null }
  | {
      kind: 'item';
      key: string;
      /** Position in the sheet's item order (the index of the form's entries and the request's). */
      index: number;
      label: string;
      item: ScoreItemResponse;
      entry: ScoreEntryResponse | null;
      isAdjusted: boolean;
    };

/**
 * The sheet's items in order — each group's criteria, then the bonus, then the penalty items —
 * each with the card's entry beside it: what the self-assessment form and the checking view list.
 */
export function scoreRows(
  sheet: ScoreSheetResponse,
  card: Pick<UnitScoreResponse, 'entries'>,
  titles = {
    bonus: $localize`:@@scBonusItems:Điểm thưởng`,
    penalty: $localize`:@@scPenaltyItems:Điểm trừ`,
  },
): ScoreRow[] {
  const rows: ScoreRow[] = [];
  let index = 0;
  const push = (item: ScoreItemResponse, label: string) => {
    const entry = card.entries.find((e) => e.itemId === item.id) ?? null;
    rows.push({
      kind: 'item',
      key: item.id,
      index: index++,
      label,
      item,
      entry,
      isAdjusted: entry?.checkedPoints !== null && entry?.checkedPoints !== undefined,
    });
  };
  sheet.groups.forEach((group, g) => {
    rows.push({ kind: 'heading', key: group.id, title: group.title, maxPoints: group.maxPoints });
    group.criteria.forEach((c, i) => push(c, `${g + 1}.${i + 1}`));
  });
  if (sheet.bonusItems.length) {
    rows.push({ kind: 'heading', key: 'bonus', title: titles.bonus, maxPoints: sheet.bonusCap });
    sheet.bonusItems.forEach((b, i) => push(b, `+${i + 1}`));
  }
  if (sheet.penaltyItems.length) {
    rows.push({
      kind: 'heading',
      key: 'penalty',
      title: titles.penalty,
      maxPoints: sheet.penaltyCap,
    });
    sheet.penaltyItems.forEach((p, i) => push(p, `−${i + 1}`));
  }
  return rows;
}
