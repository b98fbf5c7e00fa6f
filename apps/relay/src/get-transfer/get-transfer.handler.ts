import { Controller } from '@nestjs/common';
import { GetTransfer, type GetTransferQuery, type TransferView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { LegalCalendarSource } from '@motcua/platform';
import { DataSource } from 'typeorm';
import { assertMayReadTransfer } from '../authorization/office-access';
import { TransferRepository } from '../transfers/transfer-repository';
import { toTransferView } from '../transfers/transfer-row';

/** One transfer as the office (or the receiving desk, or an auditor) sees it, classified against today's calendar. */
@Controller()
export class GetTransferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
  ) {}

  @OnRpc(GetTransfer)
  async handle(query: GetTransferQuery): Promise<TransferView> {
    const row = await this.transfers.get(query.transferId, this.dataSource.manager);
    assertMayReadTransfer(query.actor, row);
    return toTransferView(row, this.calendars.current(row.province_code ?? undefined));
  }
}
