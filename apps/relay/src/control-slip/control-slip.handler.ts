import { Controller } from '@nestjs/common';
import { AppError, ControlSlipRpc, type ControlSlip, type ControlSlipQuery, type ControlSlipRow } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { DataSource } from 'typeorm';
import { TransferRepository } from '../transfers/transfer-repository';
import { renderControlSlip } from './render-control-slip';

/** Form 05 for a dossier: the receiving desk, the addressed office and auditors may read it. */
@Controller()
export class ControlSlipHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transfers: TransferRepository,
  ) {}

  @OnRpc(ControlSlipRpc)
  async handle(query: ControlSlipQuery): Promise<ControlSlip> {
    const transfer = await this.dataSource.transaction((m) => this.transfers.findByDossier(query.dossierCode, m));
    if (!transfer) throw AppError.notFound('hồ sơ');
    const { actor } = query;
    const involved = actor.unitCode === transfer.receiving_unit_code || actor.unitCode === transfer.to_unit_code;
    if (!involved && !actor.roles.includes('auditor') && !actor.roles.includes('province-admin')) {
      throw AppError.forbidden('Hồ sơ này không thuộc bộ phận một cửa của bạn và không gửi đến phòng của bạn');
    }
    const rows: ControlSlipRow[] = (await this.transfers.handovers(query.dossierCode)).map((h) => ({
      step: h.step,
      fromUnitCode: h.from_unit_code,
      toUnitCode: h.to_unit_code,
      givenBy: h.given_by,
      receivedBy: h.received_by,
      at: new Date(h.at).toISOString(),
      timeliness: h.timeliness,
      note: h.note,
    }));
    const slip = {
      dossierCode: transfer.dossier_code,
      procedureCode: transfer.procedure_code,
      receivingUnitCode: transfer.receiving_unit_code,
      competentUnitCode: transfer.to_unit_code,
      rows,
    };
    return { ...slip, html: renderControlSlip(slip) };
  }
}
