import { DESK_CATALOGUE_EXTRAS, type DeskProcedureExtras } from './catalogue-codes';
import type { PublicProcedure } from './types';
import { matchesQuery } from './vietnamese-text';

/** One required document as the desk's checklist shows it. */
export interface DeskDocument {
  /** The catalogue's document code, which the gateway needs; undefined when the desk does not know it. */
  code?: string;
  name: string;
  form: 'original' | 'copy';
  count: number;
  /** Staff may write it for the citizen ("ngày không viết"); otherwise the citizen writes and signs it in person. */
  fillOnBehalf: boolean;
}

export interface DeskProcedure {
  code: string;
  name: string;
  field: string;
  timeLimit: PublicProcedure['timeLimit'];
  documents: DeskDocument[];
  fees: PublicProcedure['fees'];
  feeExemptions: string[];
  afterHoursEligible: boolean;
  /** Every document has its code: the dossier can be submitted from this screen. */
  submittable: boolean;
}

const nfc = (s: string) => s.normalize('NFC').trim();

/** The public catalogue entry joined with what the desk needs beyond it (document codes, flags, exemptions). */
export function toDeskProcedure(p: PublicProcedure, extras: Record<string, DeskProcedureExtras> = DESK_CATALOGUE_EXTRAS): DeskProcedure {
  const extra = extras[p.code];
  const documents = p.documents.map((d) => {
    const known = extra?.documents.find((k) => nfc(k.name) === nfc(d.name));
    return { code: known?.code, name: d.name, form: d.form, count: d.count, fillOnBehalf: known?.fillOnBehalf === true };
  });
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    timeLimit: p.timeLimit,
    documents,
    fees: p.fees,
    feeExemptions: extra?.feeExemptions ?? [],
    afterHoursEligible: extra?.afterHoursEligible === true,
    submittable: documents.every((d) => d.code !== undefined),
  };
}

/** Procedures matching the clerk's words (code, name or field; diacritics optional), codes first, at most `limit`. */
export function searchProcedures(procedures: readonly DeskProcedure[], query: string, limit = 12): DeskProcedure[] {
  const q = query.trim();
  const hits = procedures.filter((p) => matchesQuery(q, p.code, p.name, p.field));
  const byCode = hits.filter((p) => q && p.code.startsWith(q));
  const rest = hits.filter((p) => !byCode.includes(p));
  return [...byCode, ...rest].slice(0, limit);
}
