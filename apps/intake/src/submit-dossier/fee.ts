import type { Channel, FeeChannel, DeskFeeInput, FeeRecord, FieldProblem, ProcedureRecord } from '@motcua/contracts';

/** Which of the catalogue's fee schedules a channel pays: every counter and assisted filing is in person. */
const FEE_CHANNEL: Record<Channel, FeeChannel> = {
  counter: 'in-person',
  'after-hours-counter': 'in-person',
  'hamlet-point': 'in-person',
  outreach: 'in-person',
  online: 'online',
  zalo: 'online',
  post: 'post',
};

/**
 * The fee of a dossier from the catalogue: the channel's amount (else the in-person fee), nothing for an exemption
 * the catalogue lists, paid when the desk gives the receipt number. Writing on behalf is never charged: nothing
 * here depends on it. Returns the record, or the problem with the input.
 */
export function settleFee(procedure: ProcedureRecord, channel: Channel, input: DeskFeeInput = {}): { fee: FeeRecord } | { problem: FieldProblem } {
  const feeChannel = FEE_CHANNEL[channel];
  const listedVnd = procedure.fees?.find((f) => f.channel === feeChannel)?.amountVnd ?? procedure.feeVnd;
  const exemptions = procedure.feeExemptions ?? [];
  const exemption = input.exemption?.normalize('NFC').trim();
  if (exemption !== undefined && !exemptions.includes(exemption)) {
    const allowed = exemptions.length ? `chỉ miễn cho: ${exemptions.join('; ')}` : 'thủ tục này không có đối tượng miễn phí, lệ phí';
    return { problem: { field: 'fee.exemption', reason: `“${exemption}” không phải đối tượng được miễn (${allowed})` } };
  }
  const base = { channel: feeChannel, listedVnd };
  if (listedVnd === 0 || exemption !== undefined) {
    if (input.receiptNumber) return { problem: { field: 'fee.receiptNumber', reason: 'Hồ sơ không phải nộp phí, lệ phí nên không có biên lai' } };
    return { fee: listedVnd === 0 ? { ...base, amountVnd: 0, status: 'none' } : { ...base, amountVnd: 0, status: 'exempt', exemption } };
  }
  return { fee: input.receiptNumber ? { ...base, amountVnd: listedVnd, status: 'paid', receiptNumber: input.receiptNumber } : { ...base, amountVnd: listedVnd, status: 'due' } };
}
