import type {
  AwardKind,
  AwardTypeResponse,
  BeneficiaryKind,
  EligibilityStatus,
  NominationAction,
  NominationEvent,
  NominationStatus,
  NominationVote,
  PerformanceRating,
  ReviewFlagKind,
  Sex,
} from '@thidua/awards/contracts';
import { formatNumberVi } from '@thidua/shared/util';

export function beneficiaryKindLabel(kind: BeneficiaryKind): string {
  switch (kind) {
    case 'collective':
      return $localize`:@@awKindCollective:Tập thể`;
    case 'individual':
      return $localize`:@@awKindIndividual:Cá nhân`;
    case 'household':
      return $localize`:@@awKindHousehold:Hộ gia đình`;
  }
}

/** A Material Symbols icon name for the beneficiary kind. */
export function beneficiaryKindIcon(kind: BeneficiaryKind): string {
  switch (kind) {
    case 'collective':
      return 'groups';
    case 'individual':
      return 'person';
    case 'household':
      return 'home';
  }
}

export function nominationStatusLabel(status: NominationStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@awStatusDraft:Nháp`;
    case 'submitted':
      return $localize`:@@awStatusSubmitted:Đã gửi khối`;
    case 'returned':
      return $localize`:@@awStatusReturned:Bị trả lại`;
    case 'accepted':
      return $localize`:@@awStatusAccepted:Khối đã nhận`;
    case 'voted':
      return $localize`:@@awStatusVoted:Đã bỏ phiếu`;
    case 'sent':
      return $localize`:@@awStatusSent:Đã gửi tỉnh`;
    case 'approved':
      return $localize`:@@awStatusApproved:Tỉnh đã duyệt`;
    case 'rejected':
      return $localize`:@@awStatusRejected:Không được duyệt`;
    case 'decided':
      return $localize`:@@awStatusDecided:Đã có quyết định`;
    case 'awarded':
      return $localize`:@@awStatusAwarded:Đã khen thưởng`;
  }
}

/** The button text of a transition. */
export function nominationActionLabel(action: NominationAction): string {
  switch (action) {
    case 'submit':
      return $localize`:@@awActionSubmit:Gửi khối`;
    case 'return':
      return $localize`:@@awActionReturn:Trả lại`;
    case 'accept':
      return $localize`:@@awActionAccept:Tiếp nhận`;
    case 'recordVote':
      return $localize`:@@awActionRecordVote:Ghi kết quả bỏ phiếu`;
    case 'send':
      return $localize`:@@awActionSend:Gửi tỉnh`;
    case 'approve':
      return $localize`:@@awActionApprove:Duyệt`;
    case 'reject':
      return $localize`:@@awActionReject:Không duyệt`;
    case 'decide':
      return $localize`:@@awActionDecide:Ghi quyết định`;
    case 'award':
      return $localize`:@@awActionAward:Đã khen thưởng`;
  }
}

/** What a timeline event did. */
export function nominationEventLabel(action: NominationEvent['action']): string {
  switch (action) {
    case 'create':
      return $localize`:@@awEventCreate:Lập đề nghị`;
    case 'update':
      return $localize`:@@awEventUpdate:Sửa đề nghị`;
    case 'override':
      return $localize`:@@awEventOverride:Bỏ qua điều kiện chặn`;
    case 'submit':
      return $localize`:@@awEventSubmit:Gửi khối`;
    case 'return':
      return $localize`:@@awEventReturn:Trả lại`;
    case 'accept':
      return $localize`:@@awEventAccept:Tiếp nhận`;
    case 'recordVote':
      return $localize`:@@awEventRecordVote:Ghi kết quả bỏ phiếu`;
    case 'send':
      return $localize`:@@awEventSend:Gửi tỉnh`;
    case 'approve':
      return $localize`:@@awEventApprove:Duyệt`;
    case 'reject':
      return $localize`:@@awEventReject:Không duyệt`;
    case 'decide':
      return $localize`:@@awEventDecide:Ghi quyết định`;
    case 'award':
      return $localize`:@@awEventAward:Đã khen thưởng`;
  }
}

export function eligibilityStatusLabel(status: EligibilityStatus): string {
  switch (status) {
    case 'pass':
      return $localize`:@@awEligibilityPass:Đạt`;
    case 'warning':
      return $localize`:@@awEligibilityWarning:Cần lưu ý`;
    case 'blocker':
      return $localize`:@@awEligibilityBlocker:Chưa đạt`;
  }
}

export function eligibilityStatusIcon(status: EligibilityStatus): string {
  switch (status) {
    case 'pass':
      return 'check_circle';
    case 'warning':
      return 'warning';
    case 'blocker':
      return 'block';
  }
}

export function awardKindLabel(kind: AwardKind): string {
  switch (kind) {
    case 'regular':
      return $localize`:@@awAwardKindRegular:Thường xuyên`;
    case 'sudden':
      return $localize`:@@awAwardKindSudden:Đột xuất`;
    case 'thematic':
      return $localize`:@@awAwardKindThematic:Chuyên đề`;
  }
}

export function awardCategoryLabel(category: AwardTypeResponse['category']): string {
  return category === 'title'
    ? $localize`:@@awCategoryTitle:Danh hiệu thi đua`
    : $localize`:@@awCategoryCommendation:Hình thức khen thưởng`;
}

export function sexLabel(sex: Sex): string {
  return sex === 'female' ? $localize`:@@awSexFemale:Nữ` : $localize`:@@awSexMale:Nam`;
}

export function ratingLabel(rating: PerformanceRating): string {
  switch (rating) {
    case 'excellent':
      return $localize`:@@awRatingExcellent:Hoàn thành xuất sắc nhiệm vụ`;
    case 'good':
      return $localize`:@@awRatingGood:Hoàn thành tốt nhiệm vụ`;
    case 'complete':
      return $localize`:@@awRatingComplete:Hoàn thành nhiệm vụ`;
    case 'incomplete':
      return $localize`:@@awRatingIncomplete:Không hoàn thành nhiệm vụ`;
  }
}

export function reviewFlagKindLabel(kind: ReviewFlagKind): string {
  switch (kind) {
    case 'discipline':
      return $localize`:@@awFlagDiscipline:Kỷ luật`;
    case 'investigation':
      return $localize`:@@awFlagInvestigation:Điều tra`;
    case 'inspection':
      return $localize`:@@awFlagInspection:Thanh tra, kiểm tra`;
    case 'complaint':
      return $localize`:@@awFlagComplaint:Xác minh khiếu nại, tố cáo`;
  }
}

/** "Sở Tư pháp (STP)" for a unit with a short name. */
export function unitLabel(unit: { name: string; shortName?: string | null } | null): string {
  if (!unit) return '—';
  return unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name;
}

/** "2025-03-04" → "04/03/2025"; null → "—". */
export function isoToDisplayDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** A timestamp as dd/MM/yyyy HH:mm in local time. */
export function timestampToDisplay(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** A number as vi-VN writes it (1.234,5); null → "—". */
export function numberVi(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '—' : formatNumberVi(value, digits);
}

/** "6/9 (66,67 %)"; null → "—". */
export function voteLabel(
  vote: Pick<NominationVote, 'votes' | 'denominator' | 'percent'> | null,
): string {
  if (!vote) return '—';
  return `${vote.votes}/${vote.denominator} (${formatNumberVi(vote.percent, 2)} %)`;
}

/** A file size in KB/MB, vi-VN. */
export function fileSizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumberVi(bytes / (1024 * 1024), 1)} MB`;
  return `${formatNumberVi(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}

export function snackClose(): string {
  return $localize`:@@snackClose:Đóng`;
}
