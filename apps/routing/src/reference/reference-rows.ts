import type { BundleRecord, ProcedureRecord, UnitAlias, UnitRecord } from '@motcua/contracts';

/** Row ⇄ record mapping of routing's reference tables; absent optional fields stay absent (exports re-import as-is). */
const toDay = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Copies only the keys whose value is not null: a record carries what its version states, nothing more. */
function present<T extends object>(fields: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

export function toUnit(r: any): UnitRecord {
  return {
    code: r.code,
    name: r.name,
    type: r.type,
    parentCode: r.parent_code,
    agencyCode: r.agency_code,
    deskName: r.desk_name,
    validFrom: toDay(r.valid_from)!,
    validTo: toDay(r.valid_to),
    ...present<UnitRecord>({ deskPhone: r.desk_phone, level: r.level, offices: r.offices }),
  };
}

export const UNIT_COLUMNS = 'code, valid_from, valid_to, name, type, parent_code, agency_code, desk_name, level, offices, desk_phone';
export const unitParams = (u: UnitRecord): unknown[] => [
  u.code,
  u.validFrom,
  u.validTo,
  u.name,
  u.type,
  u.parentCode,
  u.agencyCode,
  u.deskName,
  u.level ?? null,
  u.offices ? JSON.stringify(u.offices) : null,
  u.deskPhone ?? null,
];

export function toProcedure(r: any): ProcedureRecord {
  return {
    code: r.code,
    name: r.name,
    field: r.field,
    competence: r.competence,
    timeLimit: r.time_limit,
    documents: r.documents,
    feeVnd: r.fee_vnd,
    validFrom: toDay(r.valid_from)!,
    validTo: toDay(r.valid_to),
    ...present<ProcedureRecord>({
      localCode: r.local_code,
      competentOffice: r.competent_office,
      receivingLevels: r.receiving_levels,
      receivableAnywhereInProvince: r.receivable_anywhere,
      sameDayCutOff: r.same_day_cutoff,
      verificationExtensions: r.verification_extensions,
      fees: r.fees,
      feeExemptions: r.fee_exemptions,
      onlineLevel: r.online_level,
      postalEligible: r.postal_eligible,
      afterHoursEligible: r.after_hours_eligible,
      steps: r.steps,
    }),
  };
}

export const PROCEDURE_COLUMNS =
  'code, valid_from, valid_to, name, field, competence, time_limit, documents, fee_vnd, local_code, competent_office, receiving_levels, ' +
  'receivable_anywhere, same_day_cutoff, verification_extensions, fees, fee_exemptions, online_level, postal_eligible, after_hours_eligible, steps';
const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
export const procedureParams = (p: ProcedureRecord): unknown[] => [
  p.code,
  p.validFrom,
  p.validTo,
  p.name,
  p.field,
  p.competence,
  JSON.stringify(p.timeLimit),
  JSON.stringify(p.documents),
  p.feeVnd,
  p.localCode ?? null,
  p.competentOffice ?? null,
  p.receivingLevels ?? null,
  p.receivableAnywhereInProvince ?? null,
  p.sameDayCutOff ?? null,
  json(p.verificationExtensions),
  json(p.fees),
  json(p.feeExemptions),
  p.onlineLevel ?? null,
  p.postalEligible ?? null,
  p.afterHoursEligible ?? null,
  json(p.steps),
];

export function toBundle(r: any): BundleRecord {
  return {
    code: r.code,
    name: r.name,
    procedureCodes: r.procedure_codes,
    validFrom: toDay(r.valid_from)!,
    validTo: toDay(r.valid_to),
    ...present<BundleRecord>({ timeLimit: r.time_limit }),
  };
}

export const BUNDLE_COLUMNS = 'code, valid_from, valid_to, name, procedure_codes, time_limit';
export const bundleParams = (b: BundleRecord): unknown[] => [b.code, b.validFrom, b.validTo, b.name, b.procedureCodes, json(b.timeLimit)];

export function toAlias(r: any): UnitAlias {
  return { code: r.code, successorCode: r.successor_code, since: toDay(r.since)!, ...present<UnitAlias>({ basis: r.basis }) };
}

/** `$1, $2, …, $n` for an INSERT of n columns. */
export const placeholders = (n: number): string => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');

/** `col = EXCLUDED.col` for every column but the key: an upsert replaces the version's content. */
export const replaceAll = (columns: string, key: string[]): string =>
  columns
    .split(',')
    .map((c) => c.trim())
    .filter((c) => !key.includes(c))
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ');
