import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierRefused, type DossierRefusedV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { formatVietnamTime } from '../templates/format-vietnam-time';

/** The competent office refused the dossier: the citizen learns why, and where to collect the written answer. */
@Controller()
export class NotifyRefusalHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(DossierRefused)
  handle(@Payload() event: DossierRefusedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    const recipientKey = dossierRecipient(event.dossierCode);
    return this.notices.consume(ctx, async (manager) => [
      {
        kind: 'refusal',
        eventKey: `refusal:${event.dossierCode}`,
        recipientKey,
        contact: await this.contacts.require(manager, recipientKey),
        dossierCode: event.dossierCode,
        values: { dossierCode: event.dossierCode, reasons: event.reasons.join('; '), refusedAt: formatVietnamTime(event.refusedAt) },
      },
    ]);
  }
}
