import { AppError, type StaffActor, type StaffRole } from '@motcua/contracts';

const has = (actor: StaffActor, roles: readonly StaffRole[]) => actor.roles.some((r) => roles.includes(r));

/** Templates speak for the whole province: only its administrators change them. */
export function assertTemplateAdmin(actor: StaffActor): void {
  if (!has(actor, ['province-admin'])) throw AppError.forbidden('only a province administrator manages message templates');
}

/** Consent is recorded at the desk, on the citizen's behalf. */
export function assertDeskStaff(actor: StaffActor): void {
  if (!has(actor, ['desk-clerk', 'after-hours-clerk', 'unit-admin'])) throw AppError.forbidden('only desk staff record a citizen’s notification wishes');
}

/** A unit administrator sets their own unit's duty contact; a province administrator any unit's. */
export function assertUnitContactAdmin(actor: StaffActor, unitCode: string): void {
  if (has(actor, ['province-admin'])) return;
  if (has(actor, ['unit-admin']) && actor.unitCode === unitCode) return;
  throw AppError.forbidden('only the unit’s administrator (or the province’s) sets its duty contact');
}

/** Auditors and province administrators may report on any unit; everyone else on their own unit only. */
export function reportUnitScope(actor: StaffActor, asked: string | undefined): string | undefined {
  if (has(actor, ['auditor', 'province-admin'])) return asked;
  if (asked !== undefined && asked !== actor.unitCode) throw AppError.forbidden('you may only report on your own unit');
  return actor.unitCode;
}
