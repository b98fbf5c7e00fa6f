import { AppError, levelOf, resolveUnit, type StaffActor, type UnitAlias, type UnitRecord } from '@motcua/contracts';

const READERS = ['province-admin', 'unit-admin', 'auditor'];

/** Reading the catalogue and the unit tree: administrators and auditors. */
export function assertReferenceReader(actor: StaffActor): void {
  if (!actor.roles.some((role) => READERS.includes(role))) throw AppError.forbidden('chỉ quản trị viên và kiểm tra viên xem danh mục');
}

/**
 * Changing reference data: a province administrator, whose unit is a province today — directly or through a merger
 * (an account of Đồng Tháp 87 acts for the merged province 82 until it is moved). Returns that province.
 */
export function assertProvinceAdmin(actor: StaffActor, units: UnitRecord[], aliases: UnitAlias[], day: string): UnitRecord {
  if (!actor.roles.includes('province-admin')) throw AppError.forbidden('chỉ quản trị viên cấp tỉnh thay đổi danh mục');
  const byCode = new Map(units.map((u) => [u.code, u]));
  const resolved = resolveUnit(actor.unitCode, day, byCode, (code) => aliases.find((a) => a.code === code));
  if (!resolved || levelOf(resolved.unit, byCode, day) !== 'province') {
    throw AppError.forbidden('tài khoản không thuộc một tỉnh đang hoạt động');
  }
  return resolved.unit;
}

/**
 * The province's code and every code joined to it by mergers, either way and at any depth: the provinces it was
 * made of and the one it became. Their units, past and present, are the administrator's.
 */
export function provinceFamily(provinceCode: string, aliases: UnitAlias[]): Set<string> {
  const family = new Set([provinceCode]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const alias of aliases) {
      const linked = family.has(alias.successorCode) || family.has(alias.code);
      if (linked && !(family.has(alias.code) && family.has(alias.successorCode))) {
        family.add(alias.code).add(alias.successorCode);
        grew = true;
      }
    }
  }
  return family;
}
