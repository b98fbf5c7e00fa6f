import type { DeliveryReportRow } from '@motcua/contracts';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** "2025-11-20 10:00:00": Vietnam wall-clock time, a form spreadsheets read as a date. */
export function vietnamTime(iso: string | null): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 19);
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) is defused with a leading quote. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS: [string, (r: DeliveryReportRow) => string | number | null][] = [
  ['Mã tin', (r) => r.id],
  ['Mã hồ sơ', (r) => r.dossierCode],
  ['Đơn vị', (r) => r.unitCode],
  ['Đối tượng nhận', (r) => r.audience],
  ['Mẫu tin', (r) => r.template],
  ['Phiên bản mẫu', (r) => r.templateVersion],
  ['Kênh', (r) => r.channel],
  ['Người nhận (đã che)', (r) => r.recipient],
  ['Trạng thái', (r) => r.status],
  ['Số lần gửi', (r) => r.attempts],
  ['Nhà cung cấp', (r) => r.provider],
  ['Mã tham chiếu nhà cung cấp', (r) => r.providerRef],
  ['Lỗi gần nhất', (r) => r.lastError],
  ['Thay cho tin', (r) => r.fallbackOf],
  ['Tạo lúc (giờ Việt Nam)', (r) => vietnamTime(r.createdAt)],
  ['Cập nhật lúc (giờ Việt Nam)', (r) => vietnamTime(r.updatedAt)],
  ['Gửi thành công lúc (giờ Việt Nam)', (r) => vietnamTime(r.deliveredAt)],
  ['Báo chưa gửi được lúc (giờ Việt Nam)', (r) => vietnamTime(r.reportedUndeliveredAt)],
];

/** The delivery ledger as CSV for auditors: UTF-8 with a BOM (Excel otherwise garbles Vietnamese), CRLF lines. */
export function deliveriesCsv(rows: DeliveryReportRow[]): string {
  const lines = [COLUMNS.map(([header]) => csvCell(header)).join(','), ...rows.map((r) => COLUMNS.map(([, cell]) => csvCell(cell(r))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
