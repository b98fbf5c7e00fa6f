import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ResultReady, type ResultReadyV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { formatVietnamTime } from '../templates/format-vietnam-time';

/** The result is at the desk: where and when to collect it, worded for desk, post or home delivery. */
@Controller()
export class NotifyResultReadyHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(ResultReady)
  handle(@Payload() event: ResultReadyV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    const recipientKey = dossierRecipient(event.dossierCode);
    return this.notices.consume(ctx, async (manager) => [
      {
        kind: `result-ready-${event.resultDelivery}`,
        eventKey: `result-ready:${event.dossierCode}`,
        recipientKey,
        contact: await this.contacts.require(manager, recipientKey),
        dossierCode: event.dossierCode,
        unitCode: event.receivingUnitCode,
        values: { dossierCode: event.dossierCode, collectAt: event.collectAt, readyAt: formatVietnamTime(event.readyAt) },
      },
    ]);
  }
}
