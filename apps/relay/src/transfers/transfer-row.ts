import type { TransferStatus, TransferView } from '@motcua/contracts';
import { classifyAt, classifyCompletion, type LegalCalendar } from '@motcua/working-days';

export interface TransferRow {
  id: string;
  dossier_code: string;
  procedure_code: string;
  receiving_unit_code: string;
  from_unit_code: string;
  to_unit_code: string;
  status: TransferStatus;
  sent_at: Date;
  due_at: Date;
  appointment_at: Date | null;
  return_budget_working_days: number;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  assigned_to: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  result_ref: string | null;
  summary: string | null;
  supplement_count: number;
  counted_late: boolean;
  delayed_at: Date | null;
  head_approval_required: boolean;
  approved_at: Date | null;
  approved_by: string | null;
  delay_reason: string | null;
  supplement_items: { name: string; reason: string }[] | null;
  refusal_reasons: string[] | null;
  paper_due_at: Date | null;
  paper_sent_at: Date | null;
  province_code: string | null;
  received_at: Date | null;
  procedure_name: string | null;
  receiving_unit_name: string | null;
  office_name: string | null;
  delayed_by: string | null;
  delay_previous_appointment_at: Date | null;
  delay_new_appointment_at: Date | null;
  version: number;
}

export const OPEN_STATUSES: TransferStatus[] = ['sent', 'acknowledged', 'awaiting-approval'];

/** Early / on time / late of a finished transfer; a second supplement request makes it late whatever the clock says. */
export function completionTimeliness(row: Pick<TransferRow, 'counted_late' | 'due_at'>, at: Date): 'early' | 'on-time' | 'late' {
  return row.counted_late ? 'late' : classifyCompletion(at, row.due_at);
}

export function toTransferView(row: TransferRow, calendar: LegalCalendar, now = new Date()): TransferView {
  // resolved_at is also the moment of a refusal: both finish the office's work.
  const finishedAt = row.resolved_at;
  let timeliness: TransferView['timeliness'];
  if (finishedAt) timeliness = completionTimeliness(row, finishedAt);
  else if (row.status === 'awaiting-supplement') timeliness = 'not-yet-due'; // the clock is stopped
  else timeliness = row.counted_late ? 'late' : classifyAt(now, row.due_at, calendar);
  return {
    transferId: row.id,
    dossierCode: row.dossier_code,
    procedureCode: row.procedure_code,
    fromUnitCode: row.from_unit_code,
    toUnitCode: row.to_unit_code,
    status: row.status,
    sentAt: row.sent_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resultRef: row.result_ref,
    assignedTo: row.assigned_to,
    version: row.version,
    supplementCount: row.supplement_count,
    delayed: row.delayed_at !== null,
    paperDueAt: row.paper_due_at?.toISOString() ?? null,
    paperSentAt: row.paper_sent_at?.toISOString() ?? null,
    timeliness,
    receivedAt: row.received_at?.toISOString() ?? null,
    appointmentAt: row.appointment_at?.toISOString() ?? null,
    procedureName: row.procedure_name,
    receivingUnitName: row.receiving_unit_name,
    officeName: row.office_name,
    delay:
      row.delayed_at && row.delay_new_appointment_at
        ? {
            reason: row.delay_reason ?? '',
            declaredAt: row.delayed_at.toISOString(),
            declaredBy: row.delayed_by,
            previousAppointmentAt: row.delay_previous_appointment_at?.toISOString() ?? null,
            newAppointmentAt: row.delay_new_appointment_at.toISOString(),
          }
        : null,
  };
}
