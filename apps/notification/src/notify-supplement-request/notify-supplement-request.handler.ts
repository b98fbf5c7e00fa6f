import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { SupplementRequested, type SupplementRequestedV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { formatVietnamTime } from '../templates/format-vietnam-time';

/** The office asks for more documents: what, and why, once per request (a second request is a new message). */
@Controller()
export class NotifySupplementRequestHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(SupplementRequested)
  handle(@Payload() event: SupplementRequestedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    const recipientKey = dossierRecipient(event.dossierCode);
    return this.notices.consume(ctx, async (manager) => [
      {
        kind: 'supplement-request',
        eventKey: `supplement-request:${event.transferId}:${event.requestNumber}`,
        recipientKey,
        contact: await this.contacts.require(manager, recipientKey),
        dossierCode: event.dossierCode,
        unitCode: event.receivingUnitCode,
        values: {
          dossierCode: event.dossierCode,
          items: event.items.map((item) => `${item.name} (${item.reason})`).join('; '),
          itemCount: String(event.items.length),
          requestedAt: formatVietnamTime(event.requestedAt),
        },
      },
    ]);
  }
}
