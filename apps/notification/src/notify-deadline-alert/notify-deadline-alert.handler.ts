import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeadlineAlert, type AlertLevel, type DeadlineAlertV1, type TemplateKind } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { ContactStore, unitRecipient } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';
import { formatVietnamTime } from '../templates/format-vietnam-time';

const KIND: Record<AlertLevel, TemplateKind> = {
  'near-late': 'transfer-near-deadline',
  late: 'transfer-late',
  'paper-not-sent': 'transfer-paper-not-sent',
};

/** A transfer near its deadline or late: the unit that must act is told on its duty contact. */
@Controller()
export class NotifyDeadlineAlertHandler {
  private readonly log = new Logger('NotifyDeadlineAlert');

  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(DeadlineAlert)
  handle(@Payload() event: DeadlineAlertV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    const recipientKey = unitRecipient(event.unitCode);
    return this.notices.consume(ctx, async (manager) => {
      const contact = await this.contacts.find(manager, recipientKey);
      // A unit without a duty contact is a setting to fix, not a message to retry: the alert stays in the inbox.
      if (!contact) {
        this.log.warn({ msg: 'no duty contact for unit; staff alert not sent', unitCode: event.unitCode, level: event.level });
        return [];
      }
      return [
        {
          kind: KIND[event.level],
          eventKey: `deadline-alert:${event.transferId}:${event.level}`,
          recipientKey,
          contact,
          dossierCode: event.dossierCode,
          unitCode: event.unitCode,
          values: { dossierCode: event.dossierCode, dueAt: formatVietnamTime(event.dueAt) },
        },
      ];
    });
  }
}
