import type {
  ClearanceAnswer,
  ClearanceKind,
  ClearanceState,
  ReviewFlagKind,
} from '@thidua/awards/contracts';

/** Where each kind lives: `/clearance-rounds`, `/concurrence-requests`. */
export const CLEARANCE_PATHS: Record<ClearanceKind, string> = {
  clearance: '/clearance-rounds',
  concurrence: '/concurrence-requests',
};

export function clearanceKindLabel(kind: ClearanceKind): string {
  return kind === 'clearance'
    ? $localize`:@@clrKindClearance:Xác nhận trước khen thưởng`
    : $localize`:@@clrKindConcurrence:Hiệp y khen thưởng`;
}

export function clearanceStateLabel(state: ClearanceState): string {
  switch (state) {
    case 'none':
      return $localize`:@@clrStateNone:Chưa gửi xác nhận`;
    case 'pending':
      return $localize`:@@clrStatePending:Đang chờ trả lời`;
    case 'cleared':
      return $localize`:@@clrStateCleared:Đã xác nhận`;
    case 'objection':
      return $localize`:@@clrStateObjection:Có ý kiến phản đối`;
    case 'overdue':
      return $localize`:@@clrStateOverdue:Quá hạn chưa trả lời`;
    case 'overridden':
      return $localize`:@@clrStateOverridden:Hội đồng cho qua`;
  }
}

export function clearanceAnswerLabel(answer: ClearanceAnswer | null): string {
  if (answer === null) return $localize`:@@clrAnswerNone:Chưa trả lời`;
  return answer === 'noObjection'
    ? $localize`:@@clrAnswerNoObjection:Không có ý kiến phản đối`
    : $localize`:@@clrAnswerObjection:Có ý kiến phản đối`;
}

export function reviewFlagKindLabel(kind: ReviewFlagKind): string {
  switch (kind) {
    case 'discipline':
      return $localize`:@@clrFlagDiscipline:Đang xem xét kỷ luật`;
    case 'investigation':
      return $localize`:@@clrFlagInvestigation:Đang bị điều tra`;
    case 'inspection':
      return $localize`:@@clrFlagInspection:Đang thanh tra, kiểm tra`;
    case 'complaint':
      return $localize`:@@clrFlagComplaint:Đang giải quyết khiếu nại, tố cáo`;
  }
}
