import type { Receipt, TimeLimit } from '@motcua/contracts';

/** Escapes text for HTML: applicant names and addresses are typed by people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "15 giờ 30 phút, ngày 21 tháng 11 năm 2026" in Vietnam time (UTC+7 all year), as the forms write a moment. */
export function vietnameseMoment(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return `${two(t.getUTCHours())} giờ ${two(t.getUTCMinutes())} phút, ngày ${two(t.getUTCDate())} tháng ${two(t.getUTCMonth() + 1)} năm ${t.getUTCFullYear()}`;
}

/** "ngày 21 tháng 11 năm 2026", the place-and-date line above a form's title. */
export function vietnameseDate(iso: string): string {
  return vietnameseMoment(iso).split(', ')[1];
}

export function vietnameseTimeLimit(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'working-days':
      return `${limit.value} ngày làm việc`;
    case 'days':
      return `${limit.value} ngày`;
    case 'hours':
      return `${limit.value} giờ làm việc`;
    case 'same-day':
      return 'trong ngày';
  }
}

export const DOCUMENT_FORM: Record<Receipt['documents'][number]['form'], string> = { original: 'Bản chính', copy: 'Bản sao' };

/** The page every desk form shares: national motto beside the agency, title, body, two signature blocks. */
export function formPage(input: { title: string; agency: string; desk: string; number: string; dateLine: string; body: string; signatures: [string, string] }): string {
  const sign = (who: string) => `<td><b>${escapeHtml(who)}</b><br><i>(Ký và ghi rõ họ tên)</i><br><br><br><br></td>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title>
<style>body{font-family:"Times New Roman",serif;font-size:14pt;margin:2cm}table{width:100%;border-collapse:collapse}
.head td{text-align:center;vertical-align:top}.docs td,.docs th{border:1px solid #000;padding:4px}.sign td{text-align:center;vertical-align:top}
h1{text-align:center;font-size:15pt}</style></head>
<body>
<table class="head"><tr><td>${escapeHtml(input.agency.toUpperCase())}<br><b>${escapeHtml(input.desk.toUpperCase())}</b><br>Số: ${escapeHtml(input.number)}</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>${escapeHtml(input.dateLine)}</i></td></tr></table>
<h1>${escapeHtml(input.title)}</h1>
${input.body}
<table class="sign"><tr>${sign(input.signatures[0])}${sign(input.signatures[1])}</tr></table>
</body></html>
`;
}
