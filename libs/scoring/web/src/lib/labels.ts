import type {
  ScoreSheetStatus,
  TieBreak,
  UnitScoreAction,
  UnitScoreStatus,
} from '@thidua/scoring/contracts';
import { formatDateVi, formatNumberVi } from '@thidua/shared/util';

export function unitScoreStatusLabel(status: UnitScoreStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@scStatusDraft:Đang chấm`;
    case 'submitted':
      return $localize`:@@scStatusSubmitted:Đã nộp`;
    case 'returned':
      return $localize`:@@scStatusReturned:Bị trả lại`;
    case 'checked':
      return $localize`:@@scStatusChecked:Đã thẩm định`;
    case 'agreed':
      return $localize`:@@scStatusAgreed:Hội nghị đã thống nhất`;
    case 'locked':
      return $localize`:@@scStatusLocked:Đã khóa`;
  }
}

export function sheetStatusLabel(status: ScoreSheetStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@scSheetDraft:Đang chấm điểm`;
    case 'agreed':
      return $localize`:@@scSheetAgreed:Hội nghị đã thống nhất`;
    case 'locked':
      return $localize`:@@scSheetLocked:Đã khóa`;
  }
}

export function tieBreakLabel(tieBreak: TieBreak): string {
  switch (tieBreak) {
    case 'firstGroup':
      return $localize`:@@scTieFirstGroup:Điểm nhóm tiêu chí thứ nhất cao hơn`;
    case 'fewerPenalties':
      return $localize`:@@scTieFewerPenalties:Ít điểm trừ hơn`;
    case 'moreBonus':
      return $localize`:@@scTieMoreBonus:Nhiều điểm thưởng hơn`;
  }
}

export function actionDoneLabel(action: UnitScoreAction): string {
  switch (action) {
    case 'submit':
      return $localize`:@@scSubmitted:Đã nộp bảng tự chấm.`;
    case 'check':
      return $localize`:@@scChecked:Đã thẩm định bảng điểm.`;
    case 'return':
      return $localize`:@@scReturned:Đã trả lại bảng điểm cho đơn vị.`;
  }
}

/** Points as vi-VN writes them (98,5); null → "—". */
export function pointsLabel(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatNumberVi(value, 2);
}

/** A timestamp as dd/MM/yyyy; null → "—". */
export function dateLabel(value: string | null | undefined): string {
  return value ? formatDateVi(value) : '—';
}

export function snackClose(): string {
  return $localize`:@@snackClose:Đóng`;
}
