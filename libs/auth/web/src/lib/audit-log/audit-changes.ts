/** One field an audited change touched: its value before and after (undefined when absent). */
export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The optimistic-lock token is no user data; `hadCode` and the like stay. */
const HIDDEN_FIELDS = new Set(['version']);

/**
 * The fields that differ between an entry's before and after images, in the order they first
 * appear. A creation lists its after fields, a deletion its before fields.
 */
export function auditChanges(before: unknown, after: unknown): AuditFieldChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (field) => !HIDDEN_FIELDS.has(field),
  );
  return fields
    .filter((field) => !sameValue(old[field], now[field]))
    .map((field) => ({ field, before: old[field], after: now[field] }));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A value as a line of text: dates as dd/MM/yyyy (times as dd/MM/yyyy HH:mm in the browser's
 * time zone), yes/no, lists joined, nested records as `key: value` pairs.
 */
export function formatAuditValue(
  value: unknown,
  label: (field: string) => string = (f) => f,
  yesNo: [string, string] = ['có', 'không'],
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (typeof value === 'string') {
    const date = DATE.exec(value);
    if (date) return `${date[3]}/${date[2]}/${date[1]}`;
    if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return dateTime(new Date(value));
    return value;
  }
  if (Array.isArray(value)) {
    return value.length ? value.map((v) => formatAuditValue(v, label, yesNo)).join('; ') : '—';
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([key]) => !HIDDEN_FIELDS.has(key),
    );
    return entries.length
      ? entries.map(([k, v]) => `${label(k)}: ${formatAuditValue(v, label, yesNo)}`).join(', ')
      : '—';
  }
  return String(value);
}

/** dd/MM/yyyy HH:mm in the browser's time zone. */
function dateTime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
