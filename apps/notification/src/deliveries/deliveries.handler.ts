import { Controller } from '@nestjs/common';
import { Deliveries, type DeliveriesQuery, type DeliveryView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { DeliveryLedger } from '../ledger/delivery-ledger';
import { maskRecipient } from './mask-recipient';

/**
 * What was sent about a dossier, for any staff member: the gateway decides who may ask. Addresses are masked;
 * the texts hold no personal data (codes, procedure, times, place).
 */
@Controller()
export class DeliveriesHandler {
  constructor(private readonly ledger: DeliveryLedger) {}

  @OnRpc(Deliveries)
  async list(query: DeliveriesQuery): Promise<DeliveryView[]> {
    const rows = await this.ledger.listByDossier(query.dossierCode);
    return rows.map((row) => ({
      id: row.id,
      dossierCode: row.dossierCode!,
      template: row.template,
      templateVersion: row.templateVersion,
      channel: row.channel,
      recipient: maskRecipient(row.channel, row.address),
      status: row.status,
      body: row.body,
      attempts: row.attempts,
      providerRef: row.providerRef,
      lastError: row.lastError,
      fallbackOf: row.fallbackOf,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
    }));
  }
}
