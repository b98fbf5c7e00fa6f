import type { UnitAlias, UnitLevel, UnitRecord } from './reference-data';

/** Where units come from: routing's tables of one day, or a KV replica (records may carry `upcoming` versions). */
export type UnitSource = ReadonlyMap<string, UnitRecord> | ((code: string) => UnitRecord | undefined);

interface Versioned<T> {
  validFrom: string;
  validTo: string | null;
  upcoming?: T[];
}

/** Whether a version is in force on `day` (YYYY-MM-DD, both ends inclusive). */
export function inForce(version: { validFrom: string; validTo: string | null }, day: string): boolean {
  return version.validFrom <= day && (version.validTo === null || version.validTo >= day);
}

/** The version of a record in force on `day`, looking into the versions published ahead of time. */
export function versionOn<T extends Versioned<T>>(record: T | undefined, day: string): T | undefined {
  if (!record) return undefined;
  if (inForce(record, day)) return record;
  return record.upcoming?.find((version) => inForce(version, day));
}

export function unitOn(units: UnitSource, code: string | null | undefined, day: string): UnitRecord | undefined {
  if (!code) return undefined;
  return versionOn(typeof units === 'function' ? units(code) : units.get(code), day);
}

/** A unit's tier: stated, or derived from its type for records that predate the field. */
export function levelOf(unit: UnitRecord, units: UnitSource, day: string): UnitLevel {
  if (unit.level) return unit.level;
  switch (unit.type) {
    case 'province':
      return 'province';
    case 'district':
    case 'township':
      return 'district';
    case 'city':
      return unit.parentCode === null ? 'province' : 'district';
    case 'town': {
      // "Thị xã" (under a province) was district-level; "thị trấn" (under a district) commune-level.
      const parent = unitOn(units, unit.parentCode, day);
      return parent && levelOf(parent, units, day) === 'province' ? 'district' : 'commune';
    }
    case 'village':
      return 'village';
    case 'agency':
      return 'agency';
    default:
      return 'commune';
  }
}

/** The nearest unit at `level` above (or being) `unit` on `day`; a broken or cyclic parent chain finds nothing. */
export function ancestorAt(unit: UnitRecord, level: UnitLevel, units: UnitSource, day: string): UnitRecord | undefined {
  let current: UnitRecord | undefined = unit;
  for (let depth = 0; current && depth < 8; depth++) {
    if (levelOf(current, units, day) === level) return current;
    current = unitOn(units, current.parentCode, day);
  }
  return undefined;
}

/** The unit itself or, following mergers, its successor in force on `day` (old codes on old dossiers). */
export function resolveUnit(
  code: string,
  day: string,
  units: UnitSource,
  aliasOf: (code: string) => UnitAlias | undefined,
): { unit: UnitRecord; via: string[] } | undefined {
  const via: string[] = [];
  let current = code;
  for (let depth = 0; depth < 8; depth++) {
    const unit = unitOn(units, current, day);
    if (unit) return { unit, via };
    const alias = aliasOf(current);
    if (!alias || alias.since > day || via.includes(alias.successorCode)) return undefined;
    via.push(current);
    current = alias.successorCode;
  }
  return undefined;
}

/** "2025-07-01" → "01/07/2025", as slips print dates. */
export const vietnameseDate = (day: string): string => day.split('-').reverse().join('/');
