import type { DeskProcedure } from './catalogue';
import type { Channel, FeeChannel } from './types';

/** Which fee schedule a channel pays, as intake settles it: every counter and assisted filing is in person. */
export const FEE_CHANNEL: Record<Channel, FeeChannel> = {
  counter: 'in-person',
  'after-hours-counter': 'in-person',
  'hamlet-point': 'in-person',
  outreach: 'in-person',
  online: 'online',
  zalo: 'online',
  post: 'post',
};

/** The listed fee of a procedure for a channel (VND): the channel's schedule, else the in-person fee. */
export function listedFee(procedure: Pick<DeskProcedure, 'fees'>, channel: Channel): number {
  const fees = procedure.fees;
  return fees.find((f) => f.channel === FEE_CHANNEL[channel])?.amountVnd ?? fees.find((f) => f.channel === 'in-person')?.amountVnd ?? 0;
}

export interface FeeInput {
  exemption: string;
  receiptNumber: string;
}

export type FeeProblem = { field: 'fee.exemption' | 'fee.receiptNumber'; key: 'feeExemptionUnknown' | 'feeNoReceiptWhenFree' | 'feeReceiptFormat' };

/** What the desk will record: nothing to pay, exempt, paid (with the receipt number) or still due. */
export function feeStatus(listedVnd: number, input: FeeInput): 'none' | 'exempt' | 'paid' | 'due' {
  if (listedVnd === 0) return 'none';
  if (input.exemption) return 'exempt';
  return input.receiptNumber.trim() ? 'paid' : 'due';
}

/** The fee inputs checked as intake checks them (an exemption the catalogue lists; no receipt for a free dossier). */
export function checkFee(procedure: Pick<DeskProcedure, 'fees' | 'feeExemptions'>, channel: Channel, input: FeeInput): FeeProblem[] {
  const problems: FeeProblem[] = [];
  const receipt = input.receiptNumber.trim();
  if (input.exemption && !procedure.feeExemptions.includes(input.exemption)) problems.push({ field: 'fee.exemption', key: 'feeExemptionUnknown' });
  if (receipt && (listedFee(procedure, channel) === 0 || input.exemption)) problems.push({ field: 'fee.receiptNumber', key: 'feeNoReceiptWhenFree' });
  else if (receipt && !/^[A-Za-z0-9./-]{1,40}$/.test(receipt)) problems.push({ field: 'fee.receiptNumber', key: 'feeReceiptFormat' });
  return problems;
}

/** The body's fee part: only what was given. */
export function feeBody(input: FeeInput): { exemption?: string; receiptNumber?: string } | undefined {
  const receipt = input.receiptNumber.trim();
  if (!input.exemption && !receipt) return undefined;
  return { ...(input.exemption ? { exemption: input.exemption } : {}), ...(receipt && !input.exemption ? { receiptNumber: receipt } : {}) };
}

/** 100000 → "100.000 đ" (Vietnamese grouping). */
export function formatVnd(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} đ`;
}
