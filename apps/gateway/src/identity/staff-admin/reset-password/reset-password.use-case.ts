import { Injectable } from '@nestjs/common';
import type { StaffActor } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { noteAuditTarget } from '../../../audit/record/audit-context';
import { LoginThrottle } from '../../lockout/login-throttle';
import { hashPassword } from '../../password/password-hash';
import { temporaryPassword } from '../../password/password-policy';
import { SessionStore } from '../../session/session.store';
import { StaffStore } from '../../staff/staff.store';
import { ManagedAccount } from '../managed-account';
import { assertNotSelf } from '../staff-admin.policy';
import { toStaffView, type StaffWithTemporaryPassword } from '../staff.view';

/** A forgotten password or a locked-out colleague: a new temporary password, the lockout lifted, sessions ended. */
@Injectable()
export class ResetPassword {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: ManagedAccount,
    private readonly store: StaffStore,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute(actor: StaffActor, id: string): Promise<StaffWithTemporaryPassword> {
    assertNotSelf(actor, id, 'đặt lại mật khẩu qua trang quản trị cho');
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (tx) => {
      const account = await this.accounts.lock(actor, id, tx);
      await this.store.setPassword(id, passwordHash, true, tx);
      await this.sessions.revokeAllOf(id, 'password-reset', tx);
      await this.throttle.clear(account.username, tx);
      noteAuditTarget({ staffId: id });
      return { staff: toStaffView({ ...account, mustChangePassword: true }), temporaryPassword: password };
    });
  }
}
