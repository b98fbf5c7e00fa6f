import type { Channel, DeskDossierView, DossierStatus, Receipt, ResultDelivery, TimeLimit } from '@motcua/contracts';

/** intake.dossiers as read back from Postgres. */
export interface DossierRow {
  code: string;
  procedure_code: string;
  procedure_name: string;
  receiving_unit_code: string;
  channel: Channel;
  result_delivery: ResultDelivery;
  applicant: Receipt['applicant'];
  documents: Receipt['documents'];
  /** Số lượng hồ sơ (bộ). */
  sets: number;
  time_limit: TimeLimit;
  received_at: Date;
  appointment_at: Date;
  received_by: string;
  status: DossierStatus;
  result_ref: string | null;
  result_summary: string | null;
  result_ready_at: Date | null;
  handed_over_at: Date | null;
  outcome: 'resolved' | 'refused' | null;
  supplement_items: { name: string; reason: string }[] | null;
  version: number;
  submitter: Receipt['submitter'] | null;
  assisted_by: Receipt['assistedBy'] | null;
  fee: Receipt['fee'] | null;
}

export const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toDeskView(row: DossierRow): DeskDossierView {
  return {
    dossierCode: row.code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    applicantName: row.applicant.fullName,
    resultDelivery: row.result_delivery,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    appointmentAt: row.appointment_at.toISOString(),
    resultRef: row.result_ref,
    resultReadyAt: iso(row.result_ready_at),
    handedOverAt: iso(row.handed_over_at),
    outcome: row.outcome,
    supplementItems: row.supplement_items,
  };
}
