import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'auth.invalidCredentials': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The username or password is incorrect.',
  },
  'auth.userDisabled': {
    vi: 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.',
    en: 'This account is disabled. Please contact the administrator.',
  },
  'auth.tooManyAttempts': {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins. Please try again in {minutes} minutes.',
  },
  'auth.passwordChangeRequired': {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
    en: 'Please change your password before you go on.',
  },
  'auth.sessionExpired': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  'auth.wrongCurrentPassword': {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is incorrect.',
  },
  'auth.weakPassword': {
    vi: 'Mật khẩu cần ít nhất 8 ký tự, gồm cả chữ và số.',
    en: 'Passwords need at least 8 characters with letters and digits.',
  },
  'auth.samePassword': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  'users.usernameTaken': {
    vi: 'Tên đăng nhập "{username}" đã được sử dụng.',
    en: 'The username "{username}" is already taken.',
  },
  'users.unitNotFound': {
    vi: 'Đơn vị không tồn tại hoặc đã lưu trữ.',
    en: 'The unit does not exist or is archived.',
  },
  'users.unitRequired': {
    vi: 'Vai trò này cần chọn đơn vị.',
    en: 'This role needs a unit.',
  },
  'users.cannotDisableSelf': {
    vi: 'Không thể tự khóa tài khoản hoặc bỏ quyền quản trị của chính mình.',
    en: 'You cannot disable your own account or remove your own admin role.',
  },
  'users.notFound': { vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
});
