import type { TimeLimit, TimeLimitUnit } from '../values/time-limit';

/**
 * Reference data routing owns and replicates (NATS KV bucket `<prefix>_reference`) so that intake and relay
 * keep working while routing is down. Keys: `unit.<code>`, `procedure.<code>`.
 */
export const REFERENCE_BUCKET = 'reference';
export const unitKey = (code: string): string => `unit.${code}`;
export const procedureKey = (code: string): string => `procedure.${code}`;

export type UnitType = 'province' | 'district' | 'commune' | 'ward' | 'town';

export interface UnitRecord {
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
  /** Mã định danh điện tử: an opaque, versioned string from the province's official list. */
  agencyCode: string;
  /** Name of the unit's one-stop desk, printed on slips. */
  deskName: string;
  validFrom: string;
  validTo: string | null;
}

export type CompetenceRule = 'receiving-unit' | 'district-above-receiving-unit';

export interface RequiredDocument {
  code: string;
  name: string;
  form: 'original' | 'copy';
  count: number;
}

export interface ProcedureRecord {
  code: string;
  name: string;
  field: string;
  competence: CompetenceRule;
  timeLimit: TimeLimit & { unit: TimeLimitUnit };
  documents: RequiredDocument[];
  feeVnd: number;
  validFrom: string;
  validTo: string | null;
}
