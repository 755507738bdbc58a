import type { AuditAction, Role } from '@thidua/shared/contracts';

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
  }
}

export function auditActionLabel(action: AuditAction | string): string {
  switch (action) {
    case 'create':
      return $localize`:@@auditActionCreate:Tạo mới`;
    case 'update':
      return $localize`:@@auditActionUpdate:Cập nhật`;
    case 'delete':
      return $localize`:@@auditActionDelete:Xóa`;
    case 'archive':
      return $localize`:@@auditActionArchive:Lưu trữ`;
    case 'login':
      return $localize`:@@auditActionLogin:Đăng nhập`;
    case 'logout':
      return $localize`:@@auditActionLogout:Đăng xuất`;
    case 'login.failed':
      return $localize`:@@auditActionLoginFailed:Đăng nhập thất bại`;
    case 'login.locked':
      return $localize`:@@auditActionLoginLocked:Tạm khóa đăng nhập`;
    case 'login.unlock':
      return $localize`:@@auditActionLoginUnlock:Mở khóa đăng nhập`;
    case 'password.change':
      return $localize`:@@auditActionPasswordChange:Đổi mật khẩu`;
    case 'password.reset':
      return $localize`:@@auditActionPasswordReset:Đặt lại mật khẩu`;
    case 'transition':
      return $localize`:@@auditActionTransition:Chuyển trạng thái`;
    case 'override':
      return $localize`:@@auditActionOverride:Điều chỉnh thủ công`;
    case 'import':
      return $localize`:@@auditActionImport:Nhập dữ liệu`;
    default:
      return action;
  }
}

/** Entities the audit log knows by name; others show their code. */
export const AUDIT_ENTITIES = ['user', 'session', 'unit', 'unitKind', 'bloc', 'blocMembership'];

export function auditEntityLabel(entity: string): string {
  switch (entity) {
    case 'user':
      return $localize`:@@auditEntityUser:Người dùng`;
    case 'session':
      return $localize`:@@auditEntitySession:Phiên đăng nhập`;
    case 'unit':
      return $localize`:@@auditEntityUnit:Đơn vị`;
    case 'unitKind':
      return $localize`:@@auditEntityUnitKind:Loại đơn vị`;
    case 'bloc':
      return $localize`:@@auditEntityBloc:Khối thi đua`;
    case 'blocMembership':
      return $localize`:@@auditEntityBlocMembership:Thành viên khối`;
    default:
      return entity;
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
