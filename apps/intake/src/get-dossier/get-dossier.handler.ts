import { Controller } from '@nestjs/common';
import { AppError, GetDossier, type GetDossierQuery, type Receipt } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { DossierRepository } from '../dossiers/dossier-repository';
import { ReferenceReplica } from '../reference/reference-replica';

/** A dossier's receipt data, for its own desk (or an auditor). */
@Controller()
export class GetDossierHandler {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnRpc(GetDossier)
  async handle(query: GetDossierQuery): Promise<Receipt & { status: string }> {
    const row = await this.dossiers.get(query.dossierCode);
    if (row.receiving_unit_code !== query.actor.unitCode && !query.actor.roles.includes('auditor')) {
      throw AppError.forbidden('Hồ sơ này thuộc bộ phận một cửa của đơn vị khác');
    }
    const unit = this.reference.unit(row.receiving_unit_code);
    return {
      dossierCode: row.code,
      procedure: { code: row.procedure_code, name: row.procedure_name },
      receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
      applicant: row.applicant,
      documents: row.documents,
      timeLimit: row.time_limit,
      receivedAt: row.received_at.toISOString(),
      appointmentAt: row.appointment_at.toISOString(),
      resultDelivery: row.result_delivery,
      channel: row.channel,
      receivedBy: row.received_by,
      status: row.status,
    };
  }
}
