import { Injectable } from '@nestjs/common';
import { AppError, type StaffActor } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { noteAuditTarget } from '../../../audit/record/audit-context';
import { SessionStore } from '../../session/session.store';
import { StaffStore } from '../../staff/staff.store';
import { UnitDirectory } from '../../units/unit-directory';
import { ManagedAccount } from '../managed-account';
import { assertMayManage, assertNotSelf } from '../staff-admin.policy';
import { toStaffView, type StaffView } from '../staff.view';
import type { UpdateStaffBody } from './update-staff.body';

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

@Injectable()
export class UpdateStaff {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: ManagedAccount,
    private readonly store: StaffStore,
    private readonly sessions: SessionStore,
    private readonly units: UnitDirectory,
  ) {}

  async execute(actor: StaffActor, id: string, body: UpdateStaffBody): Promise<StaffView> {
    const fields = (['displayName', 'unitCode', 'roles'] as const).filter((f) => body[f] !== undefined);
    if (fields.length === 0) throw AppError.invalid([{ field: '(body)', reason: 'phải thay đổi ít nhất một trong: displayName, unitCode, roles' }], 'Không có gì để thay đổi');
    return this.dataSource.transaction(async (tx) => {
      const account = await this.accounts.lock(actor, id, tx);
      const unitChanged = body.unitCode !== undefined && body.unitCode !== account.unitCode;
      const rolesChanged = body.roles !== undefined && !sameRoles(body.roles, account.roles);
      if (unitChanged || rolesChanged) {
        assertNotSelf(actor, id, 'đổi vai trò hoặc đơn vị của');
        assertMayManage(actor, { unitCode: body.unitCode ?? account.unitCode, roles: body.roles ?? account.roles });
        if (unitChanged) await this.units.assertInForce(body.unitCode!);
      }
      const updated = await this.store.update(id, { displayName: body.displayName, unitCode: body.unitCode, roles: body.roles }, tx);
      // New powers or a new unit start with a new login, not inside a session opened under the old ones.
      if (unitChanged || rolesChanged) await this.sessions.revokeAllOf(id, 'account-changed', tx);
      noteAuditTarget({ staffId: id, changed: fields, ...(rolesChanged ? { roles: updated.roles } : {}), ...(unitChanged ? { unitCode: updated.unitCode } : {}) });
      return toStaffView(updated);
    });
  }
}
