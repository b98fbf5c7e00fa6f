import { Injectable, Logger } from '@nestjs/common';
import { MessageUndelivered, type MessageUndeliveredV1 } from '@motcua/contracts';
import type { UnitOfWork } from '@motcua/persistence';
import { DeliveryLedger } from '../ledger/delivery-ledger';
import type { DeliveryRow } from '../ledger/delivery-row';

/**
 * Tells the rest of the system (the desk, through tracking or relay) that a message did not reach its recipient,
 * once per message: an event in the outbox, in the same transaction that marks the row reported.
 */
@Injectable()
export class UndeliveredReporter {
  private readonly log = new Logger('UndeliveredReporter');

  constructor(private readonly ledger: DeliveryLedger) {}

  async report(uow: UnitOfWork, row: DeliveryRow, reason: MessageUndeliveredV1['reason'], now: Date): Promise<void> {
    const event: MessageUndeliveredV1 = {
      deliveryId: row.id,
      ...(row.dossierCode ? { dossierCode: row.dossierCode } : {}),
      ...(row.unitCode ? { unitCode: row.unitCode } : {}),
      template: row.template,
      channel: row.channel,
      reason,
      ...(row.lastError ? { lastError: row.lastError } : {}),
      createdAt: new Date(row.createdAt).toISOString(),
      reportedAt: now.toISOString(),
    };
    await uow.publish(MessageUndelivered.subject, event);
    await this.ledger.markReported(uow.manager, row.id, now);
    this.log.warn({ msg: 'message undelivered', deliveryId: row.id, dossierCode: row.dossierCode, template: row.template, channel: row.channel, reason });
  }
}
