import type { DeskSupplementRequest } from '@motcua/contracts';
import { escapeHtml, formPage, vietnameseDate } from './printable';

/** "công chức Trần Văn Bình, Bộ phận Một cửa xã Tân Phước, số điện thoại 0277…": who issued it, where, which number. */
function contactLine(request: DeskSupplementRequest): string {
  const { contact, receivingUnit } = request;
  const person = contact.name ? `công chức ${escapeHtml(contact.name)}, ` : '';
  const desk = escapeHtml(contact.deskName || receivingUnit.deskName);
  const phone = contact.phone ? `, số điện thoại ${escapeHtml(contact.phone)}` : '';
  return `${person}${desk}${phone}`;
}

/**
 * Form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): Số; whose dossier; request content; contact; every item to
 * complete with its reason, numbered; whom to ask; the guiding officer's signature.
 */
export function renderForm02(request: DeskSupplementRequest): string {
  const items = request.items
    .map((item, i) => {
      const procedure = item.procedureName ? ` (thủ tục ${escapeHtml(item.procedureName)})` : '';
      return `<p>${i + 1}. ${escapeHtml(item.documentName)}${procedure} — Lý do: ${escapeHtml(item.reason)}</p>`;
    })
    .join('\n');
  const content = request.bundle ? `Hồ sơ liên thông: ${escapeHtml(request.bundle.name)} (${escapeHtml(request.bundle.code)})` : escapeHtml(request.procedure.name);
  const body = `<p>Hồ sơ của: <b>${escapeHtml(request.applicant.fullName)}</b></p>
<p>Nội dung yêu cầu giải quyết: ${content}</p>
<p>Địa chỉ: ${escapeHtml(request.applicant.address)}</p>
<p>Số điện thoại: ${escapeHtml(request.applicant.phone)} &nbsp; Email: ${escapeHtml(request.applicant.email ?? '')}</p>
<p>Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:</p>
${items}
<p>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ${contactLine(request)} để được hướng dẫn.</p>`;
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
