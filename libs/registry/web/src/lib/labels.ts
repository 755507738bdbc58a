import type { BlocKind, UnitEventKindValue } from '@thidua/registry/contracts';

export function blocKindLabel(kind: BlocKind): string {
  return kind === 'khoi'
    ? $localize`:@@registryBlocKindKhoi:Khối thi đua`
    : $localize`:@@registryBlocKindCum:Cụm thi đua`;
}

/** "Trưởng khối" / "Phó khối". */
export function leaderRoleLabel(role: 'head' | 'deputy'): string {
  return role === 'head'
    ? $localize`:@@registryRoleHead:Trưởng khối`
    : $localize`:@@registryRoleDeputy:Phó khối`;
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

export function snackClose(): string {
  return $localize`:@@snackClose:Đóng`;
}

/** "Hợp nhất", "Sáp nhập", … for a unit event's kind. */
export function unitEventKindLabel(kind: UnitEventKindValue): string {
  switch (kind) {
    case 'rename':
      return $localize`:@@unitEventRename:Đổi tên`;
    case 'merge':
      return $localize`:@@unitEventMerge:Hợp nhất`;
    case 'absorb':
      return $localize`:@@unitEventAbsorb:Sáp nhập`;
    case 'split':
      return $localize`:@@unitEventSplit:Chia tách`;
    case 'move':
      return $localize`:@@unitEventMove:Chuyển đơn vị cấp trên`;
    case 'dissolve':
      return $localize`:@@unitEventDissolve:Giải thể`;
  }
}
