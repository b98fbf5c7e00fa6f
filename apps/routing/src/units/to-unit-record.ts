import type { UnitAlias, UnitAliasInput, UnitRecord, UnitVersionInput } from '@motcua/contracts';

const compact = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

/** A validated import row as the version routing stores. */
export function toUnitRecord(input: UnitVersionInput): UnitRecord {
  return {
    code: input.code,
    name: input.name.trim(),
    type: input.type,
    parentCode: input.parentCode ?? null,
    agencyCode: input.agencyCode.trim(),
    deskName: input.deskName.trim(),
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    ...compact({ deskPhone: input.deskPhone, level: input.level, offices: input.offices?.map((o) => compact({ kind: o.kind, name: o.name.trim(), unitCode: o.unitCode })) }),
  };
}

export function toAlias(input: UnitAliasInput): UnitAlias {
  return compact({ code: input.code, successorCode: input.successorCode, since: input.since, basis: input.basis });
}
