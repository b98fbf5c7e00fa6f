import { IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export class DeliveriesQuery extends StaffQueryEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
}

export interface DeliveryView {
  id: string;
  dossierCode: string;
  template: string;
  channel: 'sms' | 'zalo' | 'email';
  /** Masked: staff see that a message went out, not the full number. */
  recipient: string;
  status: 'created' | 'sending' | 'delivered' | 'temporary-failure' | 'permanent-failure' | 'cancelled';
  body: string;
  createdAt: string;
  /** Added with issue 8 (notification): the version of the template it was worded from, attempts so far, the
   * provider's reference, the last failure, the message it replaces after a failure (fallback), the last change. */
  templateVersion?: number;
  attempts?: number;
  providerRef?: string | null;
  lastError?: string | null;
  fallbackOf?: string | null;
  updatedAt?: string;
}

export const Deliveries = defineRpc<DeliveriesQuery, DeliveryView[]>('notification.qry.deliveries', DeliveriesQuery);
