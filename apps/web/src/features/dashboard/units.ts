// The unit picker: who may choose, which units, and the unit a report starts on.
import type { Perspective, UnitAlias, UnitRecord } from './types';

/** Province administrators and auditors choose the unit; everyone else reads their own. */
export function mayPickUnit(roles: readonly string[]): boolean {
  return roles.includes('province-admin') || roles.includes('auditor');
}

/**
 * A head of office reads the dossiers their office decides; a unit administrator runs a desk and reads what it
 * received (relayed dossiers included); province level reads by competence (the gateway's default).
 */
export function defaultPerspective(roles: readonly string[]): Perspective {
  if (roles.includes('office-head')) return 'competent';
  if (roles.includes('unit-admin') && !roles.includes('province-admin') && !roles.includes('auditor')) return 'receiving';
  return 'competent';
}

/** A code merged away (e.g. province 87 → 82 on 1 Jul 2025) followed to the unit that carries it today. */
export function resolveAlias(code: string, aliases: readonly UnitAlias[], today: string): string {
  let current = code;
  for (let hops = 0; hops < 16; hops++) {
    const alias = aliases.find((a) => a.code === current && a.since <= today);
    if (!alias) return current;
    current = alias.successorCode;
  }
  return current;
}

export interface UnitOption {
  code: string;
  name: string;
  /** 0 for the root, 1 for its children… (indentation in the picker). */
  depth: number;
}

/** Villages have no desk of their own: they are never a report's unit. */
const PICKABLE = (u: UnitRecord) => u.type !== 'village';

/**
 * The units a reader may choose, depth first under `rootCode` (a province admin's province), or every tree when
 * absent (an auditor); administrative units before agencies, then by name.
 */
export function unitOptions(units: readonly UnitRecord[], rootCode?: string): UnitOption[] {
  const pickable = units.filter(PICKABLE);
  const known = new Set(pickable.map((u) => u.code));
  const children = new Map<string | null, UnitRecord[]>();
  for (const u of pickable) {
    const parent = u.parentCode && known.has(u.parentCode) ? u.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const order = (a: UnitRecord, b: UnitRecord) => Number(a.type === 'agency') - Number(b.type === 'agency') || a.name.localeCompare(b.name, 'vi');
  const out: UnitOption[] = [];
  const seen = new Set<string>();
  const walk = (u: UnitRecord, depth: number) => {
    if (seen.has(u.code)) return;
    seen.add(u.code);
    out.push({ code: u.code, name: u.name, depth });
    for (const c of [...(children.get(u.code) ?? [])].sort(order)) walk(c, depth + 1);
  };
  const roots = rootCode ? pickable.filter((u) => u.code === rootCode) : [...(children.get(null) ?? [])].sort(order);
  for (const r of roots) walk(r, 0);
  return out;
}

/** The option's text: indented with figure spaces so the tree reads in a plain <select>. */
export function optionLabel(option: UnitOption): string {
  return `${'\u2003'.repeat(option.depth)}${option.name} (${option.code})`;
}
