import type { CatalogueProcedure } from './types';
import { matchesQuery } from './vietnamese-text';

/** One required document as the desk's checklist shows it. */
export interface DeskDocument {
  /** The catalogue's document code, which the gateway needs. */
  code: string;
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
  timeLimit: CatalogueProcedure['timeLimit'];
  documents: DeskDocument[];
  fees: { channel: string; amountVnd: number }[];
  feeExemptions: string[];
  afterHoursEligible: boolean;
}


/** The desk catalogue's procedure as the receive form uses it (an in-person fee only, when no schedule is given). */
export function toDeskProcedure(p: CatalogueProcedure): DeskProcedure {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    timeLimit: p.timeLimit,
    documents: p.documents.map((d) => ({ code: d.code, name: d.name.normalize('NFC'), form: d.form, count: d.count, fillOnBehalf: d.fillOnBehalf === true })),
    fees: (p.fees ?? [{ channel: 'in-person', amountVnd: p.feeVnd }]).map(({ channel, amountVnd }) => ({ channel, amountVnd })),
    feeExemptions: p.feeExemptions ?? [],
    afterHoursEligible: p.afterHoursEligible === true,
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
