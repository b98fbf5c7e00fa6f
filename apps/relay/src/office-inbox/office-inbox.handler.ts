import { Controller } from '@nestjs/common';
import { OfficeInbox, type OfficeInboxQuery, type Page, type TransferView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { LegalCalendarSource } from '@motcua/platform';
import { assertOfficeStaff } from '../authorization/office-access';
import { deadlineThresholds } from '../deadline-alerts/deadline-thresholds';
import { TransferRepository, type InboxFilter } from '../transfers/transfer-repository';
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
    const now = new Date();
    const calendar = this.calendars.current();
    const filter: InboxFilter = {
      status: query.status,
      assignedTo: query.assignedTo === 'me' ? query.actor.staffId : query.assignedTo,
      dossierCode: query.dossierCode?.trim() || undefined,
    };
    if (query.deadline) {
      const { lateBefore, nearBefore } = deadlineThresholds(now, calendar);
      if (query.deadline === 'late') filter.dueBefore = lateBefore;
      if (query.deadline === 'near-late') Object.assign(filter, { dueFrom: lateBefore, dueBefore: nearBefore });
      if (query.deadline === 'not-yet-due') filter.dueFrom = nearBefore;
    }
    const { rows, total } = await this.transfers.inbox(query.actor.unitCode, filter, page, pageSize);
    return { items: rows.map((row) => toTransferView(row, this.calendars.current(row.province_code ?? undefined), now)), total, page, pageSize };
  }
}
