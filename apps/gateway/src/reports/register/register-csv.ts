import { REGISTER_COLUMNS } from './register-columns';
import type { RegisterLine } from './register-line';

/**
 * A spreadsheet cell: quoted when it holds a quote, comma or line break (RFC 4180); a leading = + - @ or control
 * character is neutralised with an apostrophe, so a name typed as a formula cannot run in Excel (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The register as CSV: UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly), CRLF line ends. */
export function registerCsv(lines: readonly RegisterLine[]): string {
  const rows = [REGISTER_COLUMNS.map((c) => (c.dateGroup ? `Ngày ${c.header.toLowerCase()}` : c.header)), ...lines.map((line) => REGISTER_COLUMNS.map((c) => c.value(line)))];
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
