import type { DeskSupplementRequest } from '@motcua/contracts';
import { escapeHtml, formPage, vietnameseDate } from './printable';

/**
 * Form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): Số; whose dossier; request content; contact; every item to
 * complete with its reason, numbered; whom to ask; the guiding officer's signature.
 */
export function renderForm02(request: DeskSupplementRequest): string {
  const items = request.items.map((item, i) => `<p>${i + 1}. ${escapeHtml(item.documentName)} — Lý do: ${escapeHtml(item.reason)}</p>`).join('\n');
  const body = `<p>Hồ sơ của: <b>${escapeHtml(request.applicant.fullName)}</b></p>
<p>Nội dung yêu cầu giải quyết: ${escapeHtml(request.procedure.name)}</p>
<p>Địa chỉ: ${escapeHtml(request.applicant.address)}</p>
<p>Số điện thoại: ${escapeHtml(request.applicant.phone)} &nbsp; Email: ${escapeHtml(request.applicant.email ?? '')}</p>
<p>Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:</p>
${items}
<p>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ${escapeHtml(request.receivingUnit.deskName)} để được hướng dẫn.</p>`;
  return formPage({
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    agency: request.receivingUnit.name,
    desk: request.receivingUnit.deskName,
    number: request.number,
    dateLine: `${request.receivingUnit.name}, ${vietnameseDate(request.issuedAt)}`,
    body,
    signatures: ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI HƯỚNG DẪN'],
  });
}
