import { Controller } from '@nestjs/common';
import { OfficeInbox, type OfficeInboxQuery, type Page, type TransferView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { LegalCalendarSource } from '@motcua/platform';

import { assertOfficeStaff } from '../authorization/office-access';
import { TransferRepository } from '../transfers/transfer-repository';
import { toTransferView } from '../transfers/transfer-row';

/** What has arrived at the office, nearest deadline first; only transfers addressed to the actor's unit. */
@Controller()
export class OfficeInboxHandler {
  constructor(
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
  ) {}

  @OnRpc(OfficeInbox)
  async handle(query: OfficeInboxQuery): Promise<Page<TransferView>> {
    assertOfficeStaff(query.actor, undefined, true);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { rows, total } = await this.transfers.inbox(query.actor.unitCode, query.status, page, pageSize);
    const now = new Date();
    return { items: rows.map((row) => toTransferView(row, this.calendars.current(), now)), total, page, pageSize };
  }
}
