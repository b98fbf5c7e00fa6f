import type { ControlSlip, ControlSlipRow } from '@motcua/contracts';

const STEP_TEXT: Record<ControlSlipRow['step'], string> = {
  sent: 'Chuyển hồ sơ điện tử',
  'paper-sent': 'Chuyển hồ sơ giấy',
  received: 'Nhận hồ sơ',
  assigned: 'Phân công xử lý',
  'supplement-requested': 'Yêu cầu bổ sung hồ sơ',
  supplemented: 'Nhận hồ sơ đã bổ sung',
  delayed: 'Xin lỗi, hẹn lại ngày trả kết quả',
  approved: 'Phê duyệt, ký kết quả',
  resolved: 'Giải quyết xong',
  refused: 'Từ chối giải quyết',
  returned: 'Chuyển kết quả về nơi tiếp nhận',
  withdrawn: 'Công dân rút hồ sơ',
};

const TIMELINESS_TEXT = { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn' } as const;

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "giờ … phút, ngày …/…/…" in Vietnam time, as the form writes it. */
function vietnamTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.getUTCHours())} giờ ${two(t.getUTCMinutes())} phút, ngày ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** The process-control slip (Circular 01/2018 form 05) as a printable A4 page. */
export function renderControlSlip(slip: Omit<ControlSlip, 'html'>): string {
  const rows = slip.rows
    .map(
      (r, i) => `<tr><td>${i + 1}</td><td>${escape(STEP_TEXT[r.step])}<br><small>${escape(r.fromUnitCode)} → ${escape(r.toUnitCode)}</small></td>
<td>${vietnamTime(r.at)}</td><td>${escape(r.givenBy ?? '')}</td><td>${escape(r.receivedBy ?? '')}</td>
<td>${r.timeliness ? TIMELINESS_TEXT[r.timeliness] : ''}</td><td>${escape(r.note ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Phiếu kiểm soát quá trình giải quyết hồ sơ ${escape(slip.dossierCode)}</title>
<style>@page{size:A4;margin:15mm}body{font-family:"Times New Roman",serif;font-size:13pt}h1{font-size:14pt;text-align:center}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px;vertical-align:top}.head{text-align:center}</style></head>
<body>
<p class="head"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p>Mẫu số 05</p>
<h1>PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ</h1>
<p>Mã hồ sơ: <b>${escape(slip.dossierCode)}</b><br>
Thủ tục: ${escape(slip.procedureCode)}<br>
Nơi tiếp nhận: ${escape(slip.receivingUnitCode)} — Cơ quan giải quyết: ${escape(slip.competentUnitCode)}</p>
<table><thead><tr><th>STT</th><th>Tên cơ quan, bước xử lý</th><th>Thời gian giao, nhận hồ sơ</th><th>Người giao</th><th>Người nhận</th>
<th>Kết quả giải quyết hồ sơ (Trước hạn/Đúng hạn/Quá hạn)</th><th>Ghi chú</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>`;
}
