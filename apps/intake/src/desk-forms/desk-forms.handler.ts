import { Controller } from '@nestjs/common';
import {
  AppError,
  GetDeskSupplementRequest,
  PrintDeskForm,
  type BundleReceipt,
  type DeskRefusal,
  type DeskSupplementRequest,
  type GetDeskSupplementRequestQuery,
  type PrintDeskFormQuery,
  type Receipt,
  type StaffActor,
} from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { DossierRepository } from '../dossiers/dossier-repository';
import { ReferenceReplica } from '../reference/reference-replica';
import { DeskFormRepository } from './desk-form-repository';
import { renderForm01 } from './form-01';
import { renderBundleForm01 } from './form-01-bundle';
import { renderForm02 } from './form-02';
import { renderForm03 } from './form-03';

/** The desk's forms as data and as printable pages, for the desk that issued them (or an auditor). */
@Controller()
export class DeskFormsHandler {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly forms: DeskFormRepository,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnRpc(GetDeskSupplementRequest)
  getSupplementRequest(query: GetDeskSupplementRequestQuery): Promise<DeskSupplementRequest> {
    return this.supplementRequest(query.actor, query.id);
  }

  @OnRpc(PrintDeskForm)
  async print(query: PrintDeskFormQuery): Promise<{ html: string }> {
    if (query.form !== '01' && !/^[0-9a-f-]{36}$/.test(query.ref)) throw AppError.invalid([{ field: 'ref', reason: `mẫu ${query.form} được in theo mã phiếu` }]);
    if (query.form === '02') return { html: renderForm02(await this.supplementRequest(query.actor, query.ref)) };
    if (query.form === '03') return { html: renderForm03(await this.refusal(query.actor, query.ref)) };
    if (query.form === '01-bundle') return { html: renderBundleForm01(await this.bundleReceipt(query.actor, query.ref)) };
    return { html: renderForm01(await this.receipt(query.actor, query.ref)) };
  }

  private async supplementRequest(actor: StaffActor, id: string): Promise<DeskSupplementRequest> {
    const { receivingUnitCode, ...stored } = await this.forms.get(id);
    assertMayRead(actor, receivingUnitCode);
    const unit = this.reference.unit(receivingUnitCode);
    return { ...stored, receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName } };
  }

  private async refusal(actor: StaffActor, id: string): Promise<DeskRefusal> {
    const { receivingUnitCode, ...stored } = await this.forms.getRefusal(id);
    assertMayRead(actor, receivingUnitCode);
    const unit = this.reference.unit(receivingUnitCode);
    return { ...stored, receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName } };
  }

  private async bundleReceipt(actor: StaffActor, id: string): Promise<BundleReceipt> {
    const row = await this.forms.getBundle(id);
    assertMayRead(actor, row.receiving_unit_code);
    return {
      bundleId: row.id,
      bundle: { code: row.bundle_code, name: row.bundle_name },
      receivedAt: row.received_at.toISOString(),
      appointmentAt: row.appointment_at.toISOString(),
      children: await Promise.all((row.child_codes as string[]).map((code) => this.receipt(actor, code))),
    };
  }

  private async receipt(actor: StaffActor, dossierCode: string): Promise<Receipt> {
    const row = await this.dossiers.get(dossierCode);
    assertMayRead(actor, row.receiving_unit_code);
    const unit = this.reference.unit(row.receiving_unit_code);
    return {
      dossierCode: row.code,
      procedure: { code: row.procedure_code, name: row.procedure_name },
      receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
      applicant: { fullName: row.applicant.fullName, address: row.applicant.address, phone: row.applicant.phone, email: row.applicant.email },
      documents: row.documents,
      sets: row.sets,
      timeLimit: row.time_limit,
      receivedAt: row.received_at.toISOString(),
      appointmentAt: row.appointment_at.toISOString(),
      resultDelivery: row.result_delivery,
      channel: row.channel,
      receivedBy: row.received_by,
      ...(row.submitter ? { submitter: row.submitter } : {}),
      ...(row.assisted_by ? { assistedBy: row.assisted_by } : {}),
      ...(row.fee ? { fee: row.fee } : {}),
    };
  }
}

function assertMayRead(actor: StaffActor, unitCode: string): void {
  if (unitCode !== actor.unitCode && !actor.roles.includes('auditor')) throw AppError.forbidden('Phiếu này thuộc bộ phận một cửa của đơn vị khác');
}
