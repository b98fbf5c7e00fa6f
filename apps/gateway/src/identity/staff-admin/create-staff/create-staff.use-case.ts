import { Injectable } from '@nestjs/common';
import { AppError, type StaffActor } from '@motcua/contracts';
import { noteAuditTarget } from '../../../audit/record/audit-context';
import { hashPassword } from '../../password/password-hash';
import { temporaryPassword } from '../../password/password-policy';
import { StaffStore } from '../../staff/staff.store';
import { UnitDirectory } from '../../units/unit-directory';
import { assertMayManage } from '../staff-admin.policy';
import { toStaffView, type StaffWithTemporaryPassword } from '../staff.view';
import type { CreateStaffBody } from './create-staff.body';

/**
 * An administrator opens an account: in their own unit (unit administrator) or any (province administrator), with
 * roles they may grant. The system picks a temporary password, shown once; the owner must change it at first login.
 */
@Injectable()
export class CreateStaff {
  constructor(
    private readonly store: StaffStore,
    private readonly units: UnitDirectory,
  ) {}

  async execute(actor: StaffActor, body: CreateStaffBody): Promise<StaffWithTemporaryPassword> {
    assertMayManage(actor, body);
    await this.units.assertInForce(body.unitCode);
    const password = temporaryPassword();
    const created = await this.store.insertIfAbsent({ ...body, passwordHash: await hashPassword(password), mustChangePassword: true });
    if (!created) {
      throw new AppError(409, 'username_taken', 'Tên đăng nhập đã được dùng', [{ field: 'username', reason: 'đã có người dùng' }]);
    }
    noteAuditTarget({ staffId: created.id, unitCode: created.unitCode, roles: created.roles });
    return { staff: toStaffView(created), temporaryPassword: password };
  }
}
