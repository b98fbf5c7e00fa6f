import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierHandedOver, type DossierHandedOverV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { formatVietnamTime } from '../templates/format-vietnam-time';

/** The result was handed to the citizen: a confirmation (and a trace if someone else collected it). */
@Controller()
export class NotifyResultReturnedHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(DossierHandedOver)
  handle(@Payload() event: DossierHandedOverV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    const recipientKey = dossierRecipient(event.dossierCode);
    return this.notices.consume(ctx, async (manager) => [
      {
        kind: 'result-returned',
        eventKey: `result-returned:${event.dossierCode}`,
        recipientKey,
        contact: await this.contacts.require(manager, recipientKey),
        dossierCode: event.dossierCode,
        unitCode: event.receivingUnitCode,
        values: { dossierCode: event.dossierCode, handedOverAt: formatVietnamTime(event.handedOverAt) },
      },
    ]);
  }
}
