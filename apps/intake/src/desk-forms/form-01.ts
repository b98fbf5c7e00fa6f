import type { Receipt } from '@motcua/contracts';
import { qrCodeSvg } from './qr-code';
import { DOCUMENT_FORM, escapeHtml, formPage, vietnameseDate, vietnameseMoment, vietnameseTimeLimit } from './printable';

const WHERE_RECEIVED: Record<Receipt['resultDelivery'], (deskName: string) => string> = {
  desk: (deskName) => `Tại ${deskName}`,
  post: () => 'Qua dịch vụ bưu chính công ích',
  home: () => 'Tại nhà (trả kết quả tận nơi)',
};

const ASSISTANCE: Record<NonNullable<Receipt['assistedBy']>['kind'], string> = {
  'hamlet-point': 'điểm tiếp nhận ở ấp, khóm',
  outreach: 'tổ lưu động',
  'union-volunteer': 'tình nguyện viên đoàn thể',
  'desk-staff': 'công chức Bộ phận Một cửa',
};

/** The submitter and the helper, when not the applicant alone: printed so the slip says who did what. */
function parties(receipt: Receipt): string {
  const lines: string[] = [];
  if (receipt.submitter) {
    const relation = receipt.submitter.relation ? ` (${escapeHtml(receipt.submitter.relation)})` : '';
    lines.push(`<p>Người nộp thay: ${escapeHtml(receipt.submitter.fullName)}${relation}</p>`);
  }
  if (receipt.assistedBy) {
    const organisation = receipt.assistedBy.organisation ? `, ${escapeHtml(receipt.assistedBy.organisation)}` : '';
    lines.push(`<p>Hỗ trợ nộp hồ sơ: ${escapeHtml(receipt.assistedBy.fullName)} (${ASSISTANCE[receipt.assistedBy.kind]}${organisation})</p>`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

const vnd = (amount: number) => `${amount.toLocaleString('de-DE')} đồng`;

/** The fee line: an amount with its receipt number, an exemption, or nothing to pay. */
export function feeLine(receipt: Receipt): string {
  const fee = receipt.fee;
  if (!fee) return '';
  const text =
    fee.status === 'paid'
      ? `${vnd(fee.amountVnd)} (biên lai số ${escapeHtml(fee.receiptNumber ?? '')})`
      : fee.status === 'exempt'
        ? `miễn (${escapeHtml(fee.exemption ?? '')})`
        : fee.status === 'due'
          ? `${vnd(fee.amountVnd)} (chưa nộp)`
          : 'không thu';
  return `<p>Phí, lệ phí: ${text}</p>\n`;
}

/** The rows of "Thành phần hồ sơ": each document, original or copy, count, and who wrote it on behalf. */
export function documentRows(receipt: Receipt): string {
  return receipt.documents
    .map((d, i) => {
      const helper = d.writtenOnBehalfBy ? ` <i>(viết hộ: ${escapeHtml(d.writtenOnBehalfBy)}, không thu phí)</i>` : '';
      return `<tr><td>${i + 1}</td><td>${escapeHtml(d.name)}${helper}</td><td>${DOCUMENT_FORM[d.form]}</td><td>${d.count}</td></tr>`;
    })
    .join('\n');
}

/**
 * Form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Circular 01/2018/TT-VPCP) for a receipt: agency, desk, Số and
 * mã hồ sơ, applicant, request content, documents, sets, legal time, received and appointment moments, where the
 * result is received, register reference, both signatures.
 */
export function renderForm01(receipt: Receipt): string {
  const sequence = receipt.dossierCode.slice(-4);
  const applicant = receipt.applicant;
  const documents = documentRows(receipt);
  const body = `<div class="qr" style="float:right;text-align:center;font-size:10pt">${qrCodeSvg(receipt.dossierCode)}<br>${escapeHtml(receipt.dossierCode)}</div>
<p>Mã hồ sơ: <b>${escapeHtml(receipt.dossierCode)}</b></p>
<p>${escapeHtml(receipt.receivingUnit.deskName)} tiếp nhận hồ sơ của: <b>${escapeHtml(applicant.fullName)}</b></p>
<p>Địa chỉ: ${escapeHtml(applicant.address)}</p>
<p>Số điện thoại: ${escapeHtml(applicant.phone)} &nbsp; Email: ${escapeHtml(applicant.email ?? '')}</p>
${parties(receipt)}<p>Nội dung yêu cầu giải quyết: ${escapeHtml(receipt.procedure.name)}</p>
<p>1. Thành phần hồ sơ nộp gồm:</p>
<table class="docs"><tr><th>STT</th><th>Tên giấy tờ</th><th>Bản chính/Bản sao</th><th>Số lượng</th></tr>
${documents}
</table>
<p>2. Số lượng hồ sơ: ${String(receipt.sets ?? 1).padStart(2, '0')} bộ</p>
<p>3. Thời gian giải quyết hồ sơ theo quy định là: ${vietnameseTimeLimit(receipt.timeLimit)}</p>
<p>4. Thời gian nhận hồ sơ: ${vietnameseMoment(receipt.receivedAt)}</p>
<p>5. Thời gian trả kết quả giải quyết hồ sơ: ${vietnameseMoment(receipt.appointmentAt)}</p>
${feeLine(receipt)}<p>6. Đăng ký nhận kết quả: ${escapeHtml(WHERE_RECEIVED[receipt.resultDelivery](receipt.receivingUnit.deskName))}</p>
<p>Vào Sổ theo dõi hồ sơ, Quyển số: ${escapeHtml(receipt.dossierCode.slice(-11, -5))}, Số thứ tự: ${sequence}</p>`;
  return formPage({
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    agency: receipt.receivingUnit.name,
    desk: receipt.receivingUnit.deskName,
    number: `${sequence}/TN`,
    dateLine: `${receipt.receivingUnit.name}, ${vietnameseDate(receipt.receivedAt)}`,
    body,
    signatures: ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ'],
  });
}
