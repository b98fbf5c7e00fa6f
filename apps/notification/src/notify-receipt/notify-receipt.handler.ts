import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierReceived, type DossierReceivedV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { receiptContact, receiptNotice } from './receipt-values';

/** A received dossier: keep how to reach its citizen, and tell them it was received. */
@Controller()
export class NotifyReceiptHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(DossierReceived)
  handle(@Payload() event: DossierReceivedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.notices.consume(ctx, async (manager) => {
      await this.contacts.saveOnce(manager, dossierRecipient(event.dossierCode), receiptContact(event));
      return [receiptNotice(event)];
    });
  }
}
