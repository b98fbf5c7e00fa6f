import { IsOptional } from 'class-validator';
import type { StaffRole } from '@motcua/contracts';
import { DisplayNameField, RolesField, UnitCodeField } from '../staff-fields';

/** The fields to change; at least one. Changing roles or unit ends the account's sessions. */
export class UpdateStaffBody {
  @IsOptional() @DisplayNameField() displayName?: string;
  @IsOptional() @UnitCodeField() unitCode?: string;
  @IsOptional() @RolesField() roles?: StaffRole[];
}
