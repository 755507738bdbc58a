import type { TaskItem } from '@thidua/reports/contracts';

import type { OutgoingMail } from './mailer.service';

/** The app's name in the mails' subjects. */
const APP_NAME = 'Thi đua – Khen thưởng';
/** Where a user turns the mails off (the web's account page). */
export const MAIL_SETTINGS_PATH = '/account/mail';

export interface MailRecipient {
  email: string;
  fullName: string;
}

/** One waiting item as a Vietnamese sentence (the mails are in Vietnamese, the app's language). */
export function taskSentence(item: TaskItem): string {
  const { subject, context, year, count } = item;
  switch (item.kind) {
    case 'pledgeToSign':
      return `Ký giao ước thi đua năm ${year} – ${subject}`;
    case 'scoresToEnter':
      return `Tự chấm điểm thi đua năm ${year} – ${subject}`;
    case 'nominationToComplete':
      return `Hoàn thiện hồ sơ đề nghị ${context} cho ${subject} (năm ${year})`;
    case 'ballotToVote':
      return `Bỏ phiếu: ${subject} – ${context}`;
    case 'pledgeAwaitingSignatures':
      return `Giao ước thi đua năm ${year} – ${subject}: còn ${count} đơn vị chưa ký`;
    case 'scoresToCheck':
      return `Kiểm tra ${count} phiếu chấm điểm năm ${year} – ${subject}`;
    case 'nominationToReview':
      return `Xem xét đề nghị ${context} cho ${subject} (năm ${year})`;
    case 'ballotToRun':
      return `Điều hành bỏ phiếu: ${subject} – ${context}`;
    case 'awardListToSend':
      return `Gửi tỉnh danh sách đề nghị khen thưởng: ${subject}`;
    case 'awardListToDecide':
      return `Ra quyết định khen thưởng cho danh sách: ${subject}${context ? ` – ${context}` : ''}`;
  }
}

/** dd/mm/yyyy of an ISO date. */
function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A mail listing items, each with its deadline and its link, and how to turn the mails off. */
function listMail(
  to: MailRecipient,
  subject: string,
  intro: string,
  items: TaskItem[],
  publicUrl: string,
): OutgoingMail {
  const line = (item: TaskItem) =>
    `${taskSentence(item)}${item.dueOn ? ` (hạn ${viDate(item.dueOn)})` : ''}`;
  const settings = `${publicUrl}${MAIL_SETTINGS_PATH}`;
  const footer = 'Không muốn nhận thư này nữa? Tắt tại trang Tài khoản → Thư điện tử';
  const text = [
    `Kính gửi ${to.fullName},`,
    '',
    intro,
    '',
    ...items.flatMap((item) => [`- ${line(item)}`, `  ${publicUrl}${item.path}`]),
    '',
    `${footer}: ${settings}`,
  ].join('\n');
  const html = [
    `<p>Kính gửi ${escapeHtml(to.fullName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...items.map(
      (item) =>
        `<li><a href="${escapeHtml(publicUrl + item.path)}">${escapeHtml(line(item))}</a></li>`,
    ),
    '</ul>',
    `<p style="color:#555">${escapeHtml(footer)}: <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></p>`,
  ].join('\n');
  return { to: to.email, subject: `${subject} – ${APP_NAME}`, text, html };
}

/** The daily digest: everything that waits for the user. */
export function digestMail(to: MailRecipient, items: TaskItem[], publicUrl: string): OutgoingMail {
  return listMail(
    to,
    `Việc cần làm: ${items.length} việc đang chờ bạn`,
    `Hệ thống ${APP_NAME} có ${items.length} việc đang chờ bạn:`,
    items,
    publicUrl,
  );
}

/** A reminder of the items due on one day. */
export function reminderMail(
  to: MailRecipient,
  dueOn: string,
  items: TaskItem[],
  publicUrl: string,
): OutgoingMail {
  return listMail(
    to,
    `Nhắc hạn ${viDate(dueOn)}: ${items.length} việc`,
    `Sắp đến hạn ${viDate(dueOn)}, các việc sau vẫn đang chờ bạn:`,
    items,
    publicUrl,
  );
}
