import type { FieldProblem, ProcedureRecord, SubmittedDocument } from '@motcua/contracts';

export interface CompletenessResult {
  complete: boolean;
  /** Required documents not handed in, each with its reason, as the supplement request (form 02) lists them. */
  missing: FieldProblem[];
  /** Documents handed in that the procedure does not ask for: a clerk's mistake, refused as bad input. */
  unknown: FieldProblem[];
}

/** Checks the documents handed in against the procedure's required list. */
export function checkCompleteness(procedure: ProcedureRecord, submitted: SubmittedDocument[]): CompletenessResult {
  const required = new Map(procedure.documents.map((d) => [d.code, d]));
  const unknown = submitted
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => !required.has(d.code))
    .map(({ d, index }) => ({ field: `documents[${index}].code`, reason: `“${d.code}” không phải giấy tờ của thủ tục ${procedure.code}` }));
  const present = new Map(submitted.filter((d) => d.present).map((d) => [d.code, d.count ?? 1]));
  const missing = procedure.documents
    .filter((d) => (present.get(d.code) ?? 0) < d.count)
    .map((d) => ({
      field: `documents.${d.code}`,
      reason: present.has(d.code) ? `${d.name}: cần ${d.count} bản, mới có ${present.get(d.code)}` : `Thiếu ${d.name} (${d.form === 'original' ? 'bản chính' : 'bản sao'})`,
    }));
  return { complete: missing.length === 0 && unknown.length === 0, missing, unknown };
}
