import { registerMessages } from './messages';

/**
 * The sentences of class-validator's rules, as `validation.<rule>`; the rule's argument is
 * `{min}`, `{max}` or `{values}` (see `PARAM_NAMES` in `validation.ts`).
 */
registerMessages({
  'validation.whitelistValidation': {
    vi: 'Trường này không được phép gửi lên.',
    en: 'This field is not allowed.',
  },
  'validation.isNotEmpty': { vi: 'Không được để trống.', en: 'Must not be empty.' },
  'validation.isDefined': { vi: 'Bắt buộc phải có.', en: 'Is required.' },
  'validation.isString': { vi: 'Phải là chuỗi ký tự.', en: 'Must be text.' },
  'validation.isInt': { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  'validation.isNumber': { vi: 'Phải là số.', en: 'Must be a number.' },
  'validation.isBoolean': { vi: 'Phải là đúng/sai.', en: 'Must be true or false.' },
  'validation.isUuid': { vi: 'Mã định danh không hợp lệ.', en: 'Must be a valid id.' },
  'validation.isEmail': { vi: 'Địa chỉ email không hợp lệ.', en: 'Must be a valid email address.' },
  'validation.isIn': {
    vi: 'Giá trị không nằm trong danh sách cho phép: {values}.',
    en: 'Must be one of: {values}.',
  },
  'validation.isEnum': {
    vi: 'Giá trị không nằm trong danh sách cho phép.',
    en: 'Must be one of the allowed values.',
  },
  'validation.minLength': {
    vi: 'Cần ít nhất {min} ký tự.',
    en: 'Must have at least {min} characters.',
  },
  'validation.maxLength': {
    vi: 'Không quá {max} ký tự.',
    en: 'Must have at most {max} characters.',
  },
  'validation.min': { vi: 'Không được nhỏ hơn {min}.', en: 'Must not be less than {min}.' },
  'validation.max': { vi: 'Không được lớn hơn {max}.', en: 'Must not be greater than {max}.' },
  'validation.matches': { vi: 'Không đúng định dạng.', en: 'Has the wrong format.' },
  'validation.isDateString': {
    vi: 'Ngày không hợp lệ (định dạng yyyy-MM-dd).',
    en: 'Must be a date (yyyy-MM-dd).',
  },
  // class-validator names the rule of @IsISO8601 "isIso8601".
  'validation.isIso8601': {
    vi: 'Thời điểm không hợp lệ (ISO 8601, ví dụ 2026-12-31T23:59:59+07:00).',
    en: 'Must be an ISO 8601 date-time (e.g. 2026-12-31T23:59:59+07:00).',
  },
  'validation.maxDecimalPlaces': {
    vi: 'Không quá {max} chữ số thập phân.',
    en: 'Must have at most {max} decimal places.',
  },
  'validation.isArray': { vi: 'Phải là danh sách.', en: 'Must be a list.' },
  'validation.arrayMinSize': {
    vi: 'Danh sách cần ít nhất {min} phần tử.',
    en: 'Must have at least {min} items.',
  },
  'validation.arrayMaxSize': {
    vi: 'Danh sách không quá {max} phần tử.',
    en: 'Must have at most {max} items.',
  },
  'validation.isApprovalMap': {
    vi: 'Mỗi đề nghị phải có một lựa chọn: đồng ý, không đồng ý hoặc không biểu quyết.',
    en: 'Each nomination needs one choice: agree, disagree or abstain.',
  },
  'validation.isNotesMap': {
    vi: 'Mỗi ghi chú gắn với một đề nghị và không quá 500 ký tự.',
    en: 'Each note belongs to a nomination and has at most 500 characters.',
  },
  'validation.isPrerequisiteList': {
    vi: 'Điều kiện tiên quyết không hợp lệ (tối đa 10 điều kiện, mỗi điều kiện đúng một dạng cho phép).',
    en: 'Invalid prerequisites (at most 10, each of an allowed shape).',
  },
  'validation.arrayUnique': {
    vi: 'Danh sách có phần tử trùng nhau.',
    en: 'Must not repeat items.',
  },
  'validation.isObject': { vi: 'Phải là một đối tượng.', en: 'Must be an object.' },
  'validation.noControlCharacters': {
    vi: 'Có ký tự điều khiển không hợp lệ.',
    en: 'Contains control characters.',
  },
  'validation.isStrongPassword': {
    vi: 'Mật khẩu cần ít nhất 8 ký tự, gồm cả chữ và số.',
    en: 'Passwords need at least 8 characters with letters and digits.',
  },
});
