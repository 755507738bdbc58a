import type { AuditAction, AuditEntity, AuditLogExportQuery } from '@thidua/shared/contracts';
import ExcelJS from 'exceljs';

import { addSheet, workbookBuffer } from '../spreadsheets/write-spreadsheet';
import { AUDIT_ACTION_NAMES, AUDIT_ENTITY_NAMES, AUDIT_ORIGIN_NAMES } from './audit-labels';
import type { AuditLogEntity } from './audit-log.entity';

const COLUMNS = [
  { key: 'at', header: 'Thời gian', width: 17 },
  { key: 'actor', header: 'Người thực hiện', width: 18 },
  { key: 'action', header: 'Hành động', width: 18 },
  { key: 'entity', header: 'Đối tượng', width: 26 },
  { key: 'entityId', header: 'Mã đối tượng', width: 38 },
  { key: 'reason', header: 'Lý do', width: 30 },
  { key: 'origin', header: 'Nguồn', width: 12 },
  { key: 'ip', header: 'Địa chỉ IP', width: 16 },
  { key: 'userAgent', header: 'Trình duyệt', width: 30 },
  { key: 'before', header: 'Trước khi thay đổi', width: 50 },
  { key: 'after', header: 'Sau khi thay đổi', width: 50 },
] as const;

/** A spreadsheet cell holds at most 32,767 characters. */
const MAX_CELL = 32_000;

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd/MM/yyyy HH:mm` in Vietnam's time. */
export function vietnamDateTime(at: Date): string {
  return VIETNAM_TIME.format(at).replace(',', '');
}

/** `yyyy-MM-dd` as `dd/MM/yyyy`. */
const day = (iso: string) => iso.split('-').reverse().join('/');

/** One sheet of the period's entries, newest first, with Vietnamese headers and names. */
export async function auditWorkbook(
  period: AuditLogExportQuery,
  entries: AuditLogEntity[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Nhật ký hệ thống từ ${day(period.from)} đến ${day(period.to)}`;
  const sheet = addSheet(workbook, 'Nhật ký hệ thống', COLUMNS);
  for (const e of entries) {
    sheet.addRow({
      at: vietnamDateTime(e.at),
      actor: e.actorUsername ?? 'Hệ thống',
      action: AUDIT_ACTION_NAMES[e.action as AuditAction] ?? e.action,
      entity: AUDIT_ENTITY_NAMES[e.entity as AuditEntity] ?? e.entity,
      entityId: e.entityId,
      reason: e.reason,
      origin: e.origin ? AUDIT_ORIGIN_NAMES[e.origin] : null,
      ip: e.ip,
      userAgent: e.userAgent,
      before: json(e.before),
      after: json(e.after),
    });
  }
  return workbookBuffer(workbook);
}

function json(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = JSON.stringify(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}
