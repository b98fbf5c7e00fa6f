import { inForce, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { SAMPLE_BUNDLES } from '../seed/sample-bundles';
import { SAMPLE_PROCEDURES } from '../seed/sample-procedures';
import { SAMPLE_ALIASES, SAMPLE_UNITS } from '../seed/sample-units';

/** The seed as routing's tables would answer on one day: for decision tests on both structures. */
export const unitsOn = (day: string, units: UnitRecord[] = SAMPLE_UNITS) => new Map(units.filter((u) => inForce(u, day)).map((u) => [u.code, u]));
export const unitOn = (code: string, day: string): UnitRecord => {
  const unit = SAMPLE_UNITS.find((u) => u.code === code && inForce(u, day));
  if (!unit) throw new Error(`no unit ${code} on ${day}`);
  return unit;
};
export const procedureOn = (code: string, day: string): ProcedureRecord => {
  const procedure = SAMPLE_PROCEDURES.find((p) => p.code === code && inForce(p, day));
  if (!procedure) throw new Error(`no procedure ${code} on ${day}`);
  return procedure;
};
export const bundleOf = (code: string) => SAMPLE_BUNDLES.find((b) => b.code === code)!;
export { SAMPLE_ALIASES, SAMPLE_BUNDLES, SAMPLE_PROCEDURES, SAMPLE_UNITS };

export const LAST_THREE_TIER_DAY = '2025-06-30';
export const FIRST_TWO_TIER_DAY = '2025-07-01';
export const TODAY_LIKE = '2026-11-20';
