import type {
  ActivityReportState,
  MovementKind,
  MovementStatus,
} from '@thidua/movements/contracts';
import { formatNumberVi } from '@thidua/shared/util';

export function movementKindLabel(kind: MovementKind): string {
  switch (kind) {
    case 'regular':
      return $localize`:@@mvKindRegular:Thường xuyên`;
    case 'thematic':
      return $localize`:@@mvKindThematic:Chuyên đề`;
    case 'special':
      return $localize`:@@mvKindSpecial:Đợt thi đua đặc biệt`;
  }
}

export function movementStatusLabel(status: MovementStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@mvStatusDraft:Nháp`;
    case 'launched':
      return $localize`:@@mvStatusLaunched:Đã phát động`;
    case 'ended':
      return $localize`:@@mvStatusEnded:Đã kết thúc`;
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

/** A timestamp as dd/MM/yyyy in local time. */
export function timestampToDisplayDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

/** A number as vi-VN writes it (1.234,5); null → "—". */
export function numberVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatNumberVi(value, 2);
}

/** A file size in KB/MB, vi-VN. */
export function fileSizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumberVi(bytes / (1024 * 1024), 1)} MB`;
  return `${formatNumberVi(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}

export function snackClose(): string {
  return $localize`:@@snackClose:Đóng`;
}

/** Where a unit stands with its activity report of the year. */
export function activityReportStateLabel(state: ActivityReportState): string {
  switch (state) {
    case 'onTime':
      return $localize`:@@mvActOnTime:Đúng hạn`;
    case 'late':
      return $localize`:@@mvActLate:Muộn`;
    case 'pending':
      return $localize`:@@mvActPending:Chưa đến hạn`;
    case 'overdue':
      return $localize`:@@mvActOverdue:Quá hạn, chưa báo cáo`;
  }
}
