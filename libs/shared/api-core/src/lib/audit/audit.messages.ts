import { registerMessages } from '../errors/messages';

registerMessages({
  'audit.exportEndBeforeStart': {
    vi: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.',
    en: 'The end date must be on or after the start date.',
  },
  'audit.exportRangeTooLong': {
    vi: 'Mỗi lần chỉ xuất được tối đa {max} ngày. Vui lòng chọn khoảng thời gian ngắn hơn.',
    en: 'One export covers at most {max} days. Please choose a shorter period.',
  },
  'audit.exportTooLarge': {
    vi: 'Khoảng thời gian này có {count} mục, quá {max} mục của một lần xuất. Vui lòng chọn khoảng ngắn hơn.',
    en: 'This period holds {count} entries, more than the {max} of one export. Please choose a shorter period.',
  },
});
