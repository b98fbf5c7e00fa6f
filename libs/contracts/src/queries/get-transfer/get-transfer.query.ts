import { IsUUID } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { TransferView } from '../office-inbox/office-inbox.query';

/** One transfer by id: for the staff of the units it joins (the receiving desk, the addressed office) and auditors. */
export class GetTransferQuery extends StaffQueryEnvelope {
  @IsUUID() transferId: string;
}

export const GetTransfer = defineRpc<GetTransferQuery, TransferView>('relay.qry.get-transfer', GetTransferQuery);
