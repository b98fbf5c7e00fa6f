import { REGISTER_COLUMNS, vietnamDateTime, vietnamDay } from './register-columns';
import type { RegisterPage } from './register-line';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The register as a printable page (A4 landscape), laid out like the paper form: the five dates grouped under
 * "Ngày, tháng, năm". Plain HTML and inline CSS only; served with a CSP that forbids scripts.
 */
export function registerHtml(register: RegisterPage, printedAt: Date): string {
  const dates = REGISTER_COLUMNS.filter((c) => c.dateGroup);
  const firstDate = REGISTER_COLUMNS.findIndex((c) => c.dateGroup);
  const head1 = REGISTER_COLUMNS.map((c, i) =>
    c.dateGroup ? (i === firstDate ? `<th colspan="${dates.length}">Ngày, tháng, năm</th>` : '') : `<th rowspan="2">${escapeHtml(c.header)}</th>`,
  ).join('');
  const head2 = dates.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const numbers = REGISTER_COLUMNS.map((_, i) => `<td class="n">(${i + 1})</td>`).join('');
  const body = register.items
    .map((line) => `<tr>${REGISTER_COLUMNS.map((c) => `<td>${escapeHtml(c.value(line))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Sổ theo dõi hồ sơ - ${escapeHtml(register.desk.name)} - ${vietnamDay(register.from)} - ${vietnamDay(register.to)}</title>
<style>
@page { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: "Times New Roman", serif; font-size: 11pt; }
h1 { text-align: center; font-size: 14pt; margin: 4mm 0 1mm; }
.sub { text-align: center; margin: 0 0 4mm; }
.unit { font-weight: bold; text-transform: uppercase; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.n { text-align: center; font-style: italic; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.foot { margin-top: 3mm; font-size: 9pt; }
</style>
</head>
<body>
<div class="unit">${escapeHtml(register.desk.deskName)}</div>
<h1>SỔ THEO DÕI HỒ SƠ</h1>
<p class="sub">Từ ngày ${vietnamDay(register.from)} đến ngày ${vietnamDay(register.to)} — ${register.total} hồ sơ</p>
<table>
<thead>
<tr>${head1}</tr>
<tr>${head2}</tr>
<tr>${numbers}</tr>
</thead>
<tbody>
${body}
</tbody>
</table>
<p class="foot">In lúc ${vietnamDateTime(printedAt.toISOString())}.</p>
</body>
</html>
`;
}
