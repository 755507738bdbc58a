import type { AwardReportGroup } from '@thidua/reports/contracts';
import { formatDateVi, formatNumberVi } from '@thidua/shared/util';

/** 8.198; empty for null. */
export function numberVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatNumberVi(value);
}

/** A score total with its decimals: 98,5. */
export function pointsVi(value: number): string {
  return formatNumberVi(value, 2);
}

/** 98,7 %; a dash for null. */
export function percentVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumberVi(value)} %`;
}

/** yyyy-MM-dd or an ISO time as dd/MM/yyyy. */
export function dateVi(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value.split('-').reverse().join('/')
    : formatDateVi(value);
}

export function groupLabel(group: AwardReportGroup): string {
  switch (group) {
    case 'award':
      return $localize`:@@rpGroupAward:Danh hiệu, hình thức`;
    case 'bloc':
      return $localize`:@@rpGroupBloc:Khối, cụm thi đua`;
    case 'unit':
      return $localize`:@@rpGroupUnit:Đơn vị`;
  }
}

export function blocRoleLabel(role: 'head' | 'deputy' | null): string {
  if (role === 'head') return $localize`:@@rpRoleHead:Trưởng khối`;
  if (role === 'deputy') return $localize`:@@rpRoleDeputy:Phó khối`;
  return $localize`:@@rpRoleMember:Thành viên`;
}
