import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierReceived, type DossierReceivedV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { DeliveryDispatcher } from '../dispatch/delivery-dispatcher';
import { composeMessages } from '../ledger/compose-messages';
import { DeliveryLedger } from '../ledger/delivery-ledger';
import { RecipientStore } from '../recipients/recipient-store';
import { receiptValues } from './receipt-values';

/** A received dossier: keep how to reach its citizen, and tell them it was received, on every channel they gave. */
@Controller()
export class NotifyReceiptHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly recipients: RecipientStore,
    private readonly ledger: DeliveryLedger,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  @OnEvent(DossierReceived)
  async handle(@Payload() event: DossierReceivedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    let recorded: string[] = [];
    await consumeOnce(this.runner, ctx, async (uow) => {
      await this.recipients.save(uow.manager, event.dossierCode, event.contact);
      const messages = composeMessages('receipt', event.contact, receiptValues(event));
      recorded = await this.ledger.record(uow.manager, event.dossierCode, messages);
    });
    // Only after the commit: a message must never leave for a row that could still roll back.
    this.dispatcher.dispatchNow(recorded);
  }
}
