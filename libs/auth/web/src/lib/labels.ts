import type { Role } from '@thidua/shared/contracts';

/** The role's name as people say it, in the build's language. */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'admin':
      return $localize`:@@roleAdmin:Quản trị viên`;
    case 'secretariat':
      return $localize`:@@roleSecretariat:Thư ký khối`;
    case 'unit':
      return $localize`:@@roleUnit:Đơn vị`;
    case 'viewer':
      return $localize`:@@roleViewer:Người xem`;
    case 'clearance':
      return $localize`:@@roleClearance:Cơ quan xác nhận`;
  }
}

/** "Trưởng khối" / "Phó khối" for a bloc secretariat grant. */
export function blocPositionLabel(position: 'head' | 'deputy'): string {
  return position === 'head'
    ? $localize`:@@blocPositionHead:Trưởng khối`
    : $localize`:@@blocPositionDeputy:Phó khối`;
}

/** The message for a password that `checkPasswordStrength` refused. */
export function passwordStrengthMessage(
  reason: 'tooShort' | 'tooLong' | 'needsLetterAndDigit',
): string {
  switch (reason) {
    case 'tooShort':
      return $localize`:@@passwordTooShort:Mật khẩu phải có ít nhất 8 ký tự.`;
    case 'tooLong':
      return $localize`:@@passwordTooLong:Mật khẩu không được dài quá 128 ký tự.`;
    case 'needsLetterAndDigit':
      return $localize`:@@passwordNeedsLetterAndDigit:Mật khẩu phải có cả chữ và số.`;
  }
}
