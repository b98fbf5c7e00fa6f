import type { StaffRole } from '@motcua/contracts';
import { DisplayNameField, RolesField, UnitCodeField, UsernameField } from '../staff-fields';

export class CreateStaffBody {
  @UsernameField() username: string;
  @DisplayNameField() displayName: string;
  @UnitCodeField() unitCode: string;
  @RolesField() roles: StaffRole[];
}
