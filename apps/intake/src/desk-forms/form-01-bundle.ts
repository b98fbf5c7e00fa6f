import type { BundleReceipt } from '@motcua/contracts';
import { documentRows, feeLine } from './form-01';
import { escapeHtml, formPage, vietnameseDate, vietnameseMoment, vietnameseTimeLimit } from './printable';

/**
 * Form 01 for a "2 in 1" intake: one slip listing every child dossier with its own code, procedure, legal time and
 * appointment, then the documents of each, and when the whole bundle is due.
 */
export function renderBundleForm01(receipt: BundleReceipt): string {
  const [first] = receipt.children;
  const children = receipt.children
    .map(
      (c, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(c.dossierCode)}</td><td>${escapeHtml(c.procedure.name)}</td><td>${vietnameseTimeLimit(c.timeLimit)}</td><td>${vietnameseMoment(c.appointmentAt)}</td></tr>`,
    )
    .join('\n');
  const documents = receipt.children
    .map((c) => `<p><b>${escapeHtml(c.procedure.name)}</b> (mã hồ sơ ${escapeHtml(c.dossierCode)})</p>
<table class="docs"><tr><th>STT</th><th>Tên giấy tờ</th><th>Bản chính/Bản sao</th><th>Số lượng</th></tr>
${documentRows(c)}
</table>
${feeLine(c)}`)
    .join('\n');
  const body = `<p>Hồ sơ liên thông: <b>${escapeHtml(receipt.bundle.name)}</b> (${escapeHtml(receipt.bundle.code)})</p>
<p>${escapeHtml(first.receivingUnit.deskName)} tiếp nhận hồ sơ của: <b>${escapeHtml(first.applicant.fullName)}</b></p>
<p>Địa chỉ: ${escapeHtml(first.applicant.address)}</p>
<p>Số điện thoại: ${escapeHtml(first.applicant.phone)} &nbsp; Email: ${escapeHtml(first.applicant.email ?? '')}</p>
<p>1. Các hồ sơ được tiếp nhận:</p>
<table class="docs"><tr><th>STT</th><th>Mã hồ sơ</th><th>Nội dung yêu cầu giải quyết</th><th>Thời gian giải quyết</th><th>Hẹn trả kết quả</th></tr>
${children}
</table>
<p>2. Thành phần hồ sơ:</p>
${documents}
<p>3. Số lượng hồ sơ: ${String(receipt.children.length).padStart(2, '0')} bộ</p>
<p>4. Thời gian nhận hồ sơ: ${vietnameseMoment(receipt.receivedAt)}</p>
<p>5. Thời gian trả kết quả toàn bộ hồ sơ liên thông: ${vietnameseMoment(receipt.appointmentAt)}</p>`;
  return formPage({
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    agency: first.receivingUnit.name,
    desk: first.receivingUnit.deskName,
    number: `${first.dossierCode.slice(-4)}/TN-LT`,
    dateLine: `${first.receivingUnit.name}, ${vietnameseDate(receipt.receivedAt)}`,
    body,
    signatures: ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ'],
  });
}
