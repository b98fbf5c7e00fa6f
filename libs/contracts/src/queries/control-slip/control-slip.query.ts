import { IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export class ControlSlipQuery extends StaffQueryEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
}

/** One row of the process-control slip (form 05): a handover. */
export interface ControlSlipRow {
  step: 'sent' | 'paper-sent' | 'received' | 'assigned' | 'supplement-requested' | 'supplemented' | 'delayed' | 'approved' | 'resolved' | 'refused' | 'returned' | 'withdrawn';
  fromUnitCode: string;
  toUnitCode: string;
  givenBy: string | null;
  receivedBy: string | null;
  at: string;
  timeliness: 'early' | 'on-time' | 'late' | null;
  note: string | null;
}

export interface ControlSlip {
  dossierCode: string;
  procedureCode: string;
  receivingUnitCode: string;
  competentUnitCode: string;
  rows: ControlSlipRow[];
  /** The printable slip (A4, Vietnamese). */
  html: string;
}

export const ControlSlipRpc = defineRpc<ControlSlipQuery, ControlSlip>('relay.qry.control-slip', ControlSlipQuery);
