import type { DeskRefusal } from '@motcua/contracts';
import { escapeHtml, formPage, vietnameseDate } from './printable';

/** Form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ): Số; applicant; request content; the specific reasons; signatures. */
export function renderForm03(refusal: DeskRefusal): string {
  const reasons = refusal.reasons.map((reason, i) => `<p>${i + 1}. ${escapeHtml(reason)}</p>`).join('\n');
  const body = `<p>${escapeHtml(refusal.receivingUnit.deskName)} tiếp nhận hồ sơ của: <b>${escapeHtml(refusal.applicant.fullName)}</b></p>
<p>Địa chỉ: ${escapeHtml(refusal.applicant.address)}</p>
<p>Số điện thoại: ${escapeHtml(refusal.applicant.phone)} &nbsp; Email: ${escapeHtml(refusal.applicant.email ?? '')}</p>
<p>Nội dung yêu cầu giải quyết: ${escapeHtml(refusal.procedure.name)}</p>
<p>Căn cứ quy định, ${escapeHtml(refusal.receivingUnit.deskName)} từ chối tiếp nhận hồ sơ này với lý do cụ thể như sau:</p>
${reasons}
<p>Xin thông báo để ông/bà được biết và thực hiện.</p>`;
  return formPage({
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    agency: refusal.receivingUnit.name,
    desk: refusal.receivingUnit.deskName,
    number: refusal.number,
    dateLine: `${refusal.receivingUnit.name}, ${vietnameseDate(refusal.refusedAt)}`,
    body,
    signatures: ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ'],
  });
}
