import type { CatalogueProcedure, DeskCatalogueView, FeeChannel } from './types';
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
  fees: { channel: FeeChannel; amountVnd: number }[];
  feeExemptions: string[];
  afterHoursEligible: boolean;
}

/** A "2 in 1" bundle (liên thông): one intake, one child dossier per member procedure, in the catalogue's order. */
export interface DeskBundle {
  code: string;
  name: string;
  members: DeskProcedure[];
  timeLimit?: CatalogueProcedure['timeLimit'];
}

/** What the clerk's desk may receive: single procedures and the bundles made only of them. */
export interface DeskCatalogue {
  procedures: DeskProcedure[];
  bundles: DeskBundle[];
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

/** GET /api/desk/procedures as the receive form uses it; a bundle naming a procedure the desk lacks is left out. */
export function toDeskCatalogue(view: DeskCatalogueView): DeskCatalogue {
  const procedures = view.procedures.map((p) => toDeskProcedure(p));
  const byCode = new Map(procedures.map((p) => [p.code, p]));
  const bundles = (view.bundles ?? []).flatMap((b) => {
    const members = b.procedureCodes.map((code) => byCode.get(code));
    if (members.length < 2 || members.some((m) => !m)) return [];
    return [{ code: b.code, name: b.name.normalize('NFC'), members: members as DeskProcedure[], ...(b.timeLimit ? { timeLimit: b.timeLimit } : {}) }];
  });
  return { procedures, bundles };
}

export type CatalogueHit = { kind: 'procedure'; procedure: DeskProcedure } | { kind: 'bundle'; bundle: DeskBundle };

/**
 * Procedures and bundles matching the clerk's words: procedures whose code starts with the query first, then the
 * bundles (by name, code or a member's code: "1.001193" shows the birth registration and its bundles), then the
 * other procedures; at most `limit`.
 */
export function searchCatalogue(catalogue: DeskCatalogue, query: string, limit = 12): CatalogueHit[] {
  const q = query.trim();
  const procedures = searchProcedures(catalogue.procedures, q, Number.MAX_SAFE_INTEGER);
  const byCode = q ? procedures.filter((p) => p.code.startsWith(q)) : [];
  const bundles = catalogue.bundles.filter((b) => matchesQuery(q, b.code, b.name, ...b.members.map((m) => m.code)));
  return [
    ...byCode.map((procedure) => ({ kind: 'procedure' as const, procedure })),
    ...bundles.map((bundle) => ({ kind: 'bundle' as const, bundle })),
    ...procedures.filter((p) => !byCode.includes(p)).map((procedure) => ({ kind: 'procedure' as const, procedure })),
  ].slice(0, limit);
}
