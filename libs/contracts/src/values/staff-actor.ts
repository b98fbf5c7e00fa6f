import { IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';

export const STAFF_ROLES = [
  'desk-clerk',
  'after-hours-clerk',
  'office-handler',
  'office-head',
  'unit-admin',
  'province-admin',
  'auditor',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who acts, as established by the gateway from the staff member's session. Services check the unit. */
export class StaffActor {
  @IsString() @Length(1, 64) staffId: string;
  @IsString() @Length(1, 32) unitCode: string;
  @IsArray() @IsIn(STAFF_ROLES, { each: true }) roles: StaffRole[];
  /** The staff member's name as the account holds it: printed where a form names its officer (form 02's contact). */
  @IsOptional() @IsString() @Length(1, 120) displayName?: string;
}
