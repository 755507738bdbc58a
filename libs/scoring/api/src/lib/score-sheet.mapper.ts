import type { BlocEntity } from '@thidua/registry/api';
import type {
  ScoreSheetContent,
  ScoreItemResponse,
  ScoreScale,
  ScoreSheetResponse,
} from '@thidua/scoring/contracts';

import type { ScoreItemEntity } from './entities/score-item.entity';
import type { ScoreSheetEntity } from './entities/score-sheet.entity';
import { type SheetStructure, toNumber } from './scoring.repository';

export function toScoreItemResponse(i: ScoreItemEntity): ScoreItemResponse {
  return {
    id: i.id,
    kind: i.kind,
    content: i.content,
    maxPoints: Number(i.maxPoints),
    guidance: i.guidance,
  };
}

export function toScoreSheetResponse(
  sheet: ScoreSheetEntity,
  bloc: BlocEntity,
  structure: SheetStructure,
  flags: { isEditable: boolean; canManage: boolean },
): ScoreSheetResponse {
  const { groups, items } = structure;
  return {
    id: sheet.id,
    bloc: { id: bloc.id, name: bloc.name, kind: bloc.kind },
    year: sheet.termYear,
    scale: sheet.scale as ScoreScale,
    status: sheet.status,
    groups: groups.map((g) => {
      const criteria = items.filter((i) => i.groupId === g.id).map(toScoreItemResponse);
      return {
        id: g.id,
        title: g.title,
        maxPoints: Math.round(criteria.reduce((a, c) => a + c.maxPoints, 0) * 100) / 100,
        criteria,
      };
    }),
    bonusItems: items.filter((i) => i.kind === 'bonus').map(toScoreItemResponse),
    penaltyItems: items.filter((i) => i.kind === 'penalty').map(toScoreItemResponse),
    bonusCap: toNumber(sheet.bonusCap),
    penaltyCap: toNumber(sheet.penaltyCap),
    tieBreaks: sheet.tieBreaks,
    source: sheet.source,
    agreedAt: sheet.agreedAt?.toISOString() ?? null,
    lockedAt: sheet.lockedAt?.toISOString() ?? null,
    isEditable: flags.isEditable,
    canManage: flags.canManage,
    version: sheet.version,
  };
}

/** The sheet as the audit log keeps it: its content without ids. */
export function sheetSnapshot(s: ScoreSheetContent | ScoreSheetResponse) {
  const item = (i: { content: string; maxPoints: number }) => ({
    content: i.content,
    maxPoints: i.maxPoints,
  });
  return {
    scale: s.scale,
    groups: s.groups.map((g) => ({ title: g.title, criteria: g.criteria.map(item) })),
    bonusItems: s.bonusItems.map(item),
    penaltyItems: s.penaltyItems.map(item),
    bonusCap: s.bonusCap,
    penaltyCap: s.penaltyCap,
    tieBreaks: s.tieBreaks,
  };
}

/** A sheet's content as a save request (to copy last year's). */
export function toSaveRequest(s: ScoreSheetResponse): ScoreSheetContent {
  const item = (i: ScoreItemResponse) => ({
    content: i.content,
    maxPoints: i.maxPoints,
    guidance: i.guidance,
  });
  return {
    scale: s.scale,
    groups: s.groups.map((g) => ({ title: g.title, criteria: g.criteria.map(item) })),
    bonusItems: s.bonusItems.map(item),
    penaltyItems: s.penaltyItems.map(item),
    bonusCap: s.bonusCap,
    penaltyCap: s.penaltyCap,
    tieBreaks: [...s.tieBreaks],
  };
}
