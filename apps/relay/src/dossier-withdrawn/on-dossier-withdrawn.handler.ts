import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierWithdrawn, type DossierWithdrawnV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { TransferRepository } from '../transfers/transfer-repository';

const OPEN = ['sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval'];

/** The citizen withdrew the dossier at the desk: the office stops working on it, and the slip says so. */
@Controller()
export class OnDossierWithdrawnHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly transfers: TransferRepository,
  ) {}

  @OnEvent(DossierWithdrawn)
  async handle(@Payload() event: DossierWithdrawnV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const transfer = await this.transfers.findByDossier(event.dossierCode, uow.manager, true);
      if (!transfer || !OPEN.includes(transfer.status)) return;
      const at = new Date(event.withdrawnAt);
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'withdrawn',
        fromUnitCode: transfer.receiving_unit_code,
        toUnitCode: transfer.to_unit_code,
        at,
        note: 'Công dân rút hồ sơ',
      });
      await this.transfers.update(uow.manager, transfer, { status: 'withdrawn', resolved_at: at });
    });
  }
}
