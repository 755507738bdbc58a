import type {
  ScoreSheetContent,
  ScoreItem,
  ScoreItemResponse,
  ScoreScale,
  ScoreSheetResponse,
  TieBreak,
} from '@thidua/scoring/contracts';
import { DEFAULT_TIE_BREAKS } from '@thidua/scoring/contracts';

/** The editor's value: what the form holds before it becomes a request. */
export interface SheetItemValue {
  id: string | null;
  content: string;
  maxPoints: number | null;
  guidance: string;
}

export interface SheetFormValue {
  scale: ScoreScale;
  groups: Array<{ id: string | null; title: string; criteria: SheetItemValue[] }>;
  bonusItems: SheetItemValue[];
  penaltyItems: SheetItemValue[];
  bonusCap: number | null;
  penaltyCap: number | null;
  tieBreaks: TieBreak[];
}

export function emptyItem(): SheetItemValue {
  return { id: null, content: '', maxPoints: null, guidance: '' };
}

/** A new sheet: one group with one criterion, the default tie-breaks. */
export function emptySheetValue(scale: ScoreScale = 100): SheetFormValue {
  return {
    scale,
    groups: [{ id: null, title: '', criteria: [emptyItem()] }],
    bonusItems: [],
    penaltyItems: [],
    bonusCap: null,
    penaltyCap: null,
    tieBreaks: [...DEFAULT_TIE_BREAKS],
  };
}

const itemValue = (i: ScoreItemResponse): SheetItemValue => ({
  id: i.id,
  content: i.content,
  maxPoints: i.maxPoints,
  guidance: i.guidance ?? '',
});

export function toSheetFormValue(sheet: ScoreSheetResponse): SheetFormValue {
  return {
    scale: sheet.scale,
    groups: sheet.groups.map((g) => ({
      id: g.id,
      title: g.title,
      criteria: g.criteria.map(itemValue),
    })),
    bonusItems: sheet.bonusItems.map(itemValue),
    penaltyItems: sheet.penaltyItems.map(itemValue),
    bonusCap: sheet.bonusCap,
    penaltyCap: sheet.penaltyCap,
    tieBreaks: [...sheet.tieBreaks],
  };
}

const toItem = (i: SheetItemValue): ScoreItem => ({
  ...(i.id ? { id: i.id } : {}),
  content: i.content.trim(),
  maxPoints: i.maxPoints ?? 0,
  guidance: i.guidance.trim() || null,
});

/** The request the API takes: trimmed texts, empty ids dropped, empty guidance as null. */
export function toSheetRequest(value: SheetFormValue): ScoreSheetContent {
  return {
    scale: value.scale,
    groups: value.groups.map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      title: g.title.trim(),
      criteria: g.criteria.map(toItem),
    })),
    bonusItems: value.bonusItems.map(toItem),
    penaltyItems: value.penaltyItems.map(toItem),
    bonusCap: value.bonusCap,
    penaltyCap: value.penaltyCap,
    tieBreaks: value.tieBreaks,
  };
}

/** The sum of the criteria's maxima (to compare with the scale while editing). */
export function criteriaSum(value: Pick<SheetFormValue, 'groups'>): number {
  const sum = value.groups.flatMap((g) => g.criteria).reduce((a, c) => a + (c.maxPoints ?? 0), 0);
  return Math.round(sum * 100) / 100;
}
