import { Injectable } from '@nestjs/common';
import { DossierRefused, type DossierRefusedV1, type RefuseTransferCommand, type TransferView } from '@motcua/contracts';
import { SendResultBack } from '../office-actions/send-result-back';
import { TransferActions } from '../office-actions/transfer-actions';
import { TransferRepository } from '../transfers/transfer-repository';

/** The office refuses to settle the dossier; the written refusal travels back to the desk for the citizen. */
@Injectable()
export class RefuseTransferUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
    private readonly sendBack: SendResultBack,
  ) {}

  execute(command: RefuseTransferCommand): Promise<TransferView> {
    return this.actions.run(command, { name: 'refuse-transfer', side: 'office', from: ['acknowledged', 'awaiting-approval'] }, async ({ uow, transfer, actor, at }) => {
      const { reasons } = command.body;
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'refused',
        fromUnitCode: transfer.to_unit_code,
        toUnitCode: transfer.to_unit_code,
        givenBy: actor.staffId,
        at,
        note: reasons.join('; '),
      });
      await this.sendBack.returned(uow, transfer, actor.staffId, at);
      const refused: DossierRefusedV1 = {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        staffId: actor.staffId,
        reasons,
        refusedAt: at.toISOString(),
      };
      await uow.publish(DossierRefused.subject, refused);
      await this.sendBack.publishSentBack(uow, transfer, at, { resultRef: `TC-${transfer.dossier_code}`, summary: `Từ chối giải quyết: ${reasons.join('; ')}`, outcome: 'refused' });
      return { status: 'refused', resolved_at: at, resolved_by: actor.staffId, refusal_reasons: reasons };
    });
  }
}
