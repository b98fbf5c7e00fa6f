import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierDelayed, type DossierDelayedV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, dossierRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { formatVietnamTime } from '../templates/format-vietnam-time';

/** The office will be late: the apology with the new appointment (form 04), once per new date. */
@Controller()
export class NotifyApologyHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(DossierDelayed)
  handle(@Payload() event: DossierDelayedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    const recipientKey = dossierRecipient(event.dossierCode);
    return this.notices.consume(ctx, async (manager) => [
      {
        kind: 'apology',
        eventKey: `apology:${event.dossierCode}:${event.newAppointmentAt}`,
        recipientKey,
        contact: await this.contacts.require(manager, recipientKey),
        dossierCode: event.dossierCode,
        unitCode: event.receivingUnitCode,
        values: {
          dossierCode: event.dossierCode,
          reason: event.reason,
          previousAppointmentAt: formatVietnamTime(event.previousAppointmentAt),
          newAppointmentAt: formatVietnamTime(event.newAppointmentAt),
        },
      },
    ]);
  }
}
