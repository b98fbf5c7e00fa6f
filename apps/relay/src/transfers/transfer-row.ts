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
  return_budget_working_days: number;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  result_ref: string | null;
}

export function toTransferView(row: TransferRow, calendar: LegalCalendar, now = new Date()): TransferView {
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
    timeliness: row.resolved_at ? classifyCompletion(row.resolved_at, row.due_at) : classifyAt(now, row.due_at, calendar),
  };
}
