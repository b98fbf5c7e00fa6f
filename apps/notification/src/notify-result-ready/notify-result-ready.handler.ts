import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ResultReady, type ResultReadyV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { DeliveryDispatcher } from '../dispatch/delivery-dispatcher';
import { composeMessages } from '../ledger/compose-messages';
import { DeliveryLedger } from '../ledger/delivery-ledger';
import { RecipientStore } from '../recipients/recipient-store';
import { RecipientNotKnownYetError } from './recipient-not-known-yet.error';

/** The result is at the desk: invite the citizen to collect it, on the channels kept from the reception. */
@Controller()
export class NotifyResultReadyHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly recipients: RecipientStore,
    private readonly ledger: DeliveryLedger,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  @OnEvent(ResultReady)
  async handle(@Payload() event: ResultReadyV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    let recorded: string[] = [];
    await consumeOnce(this.runner, ctx, async (uow) => {
      const recipient = await this.recipients.find(uow.manager, event.dossierCode);
      if (!recipient) throw new RecipientNotKnownYetError(event.dossierCode);
      const messages = composeMessages('result-ready', recipient, { dossierCode: event.dossierCode, collectAt: event.collectAt });
      recorded = await this.ledger.record(uow.manager, event.dossierCode, messages);
    });
    this.dispatcher.dispatchNow(recorded);
  }
}
