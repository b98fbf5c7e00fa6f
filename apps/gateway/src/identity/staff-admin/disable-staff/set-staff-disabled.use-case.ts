import { Injectable } from '@nestjs/common';
import type { StaffActor } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { noteAuditTarget } from '../../../audit/record/audit-context';
import { SessionStore } from '../../session/session.store';
import { StaffStore } from '../../staff/staff.store';
import { ManagedAccount } from '../managed-account';
import { assertNotSelf } from '../staff-admin.policy';
import { toStaffView, type StaffView } from '../staff.view';

/** Disables an account (its sessions end at once) or enables it again. Idempotent: disabling twice is fine. */
@Injectable()
export class SetStaffDisabled {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: ManagedAccount,
    private readonly store: StaffStore,
    private readonly sessions: SessionStore,
  ) {}

  execute(actor: StaffActor, id: string, disabled: boolean): Promise<StaffView> {
    return this.dataSource.transaction(async (tx) => {
      await this.accounts.lock(actor, id, tx);
      if (disabled) assertNotSelf(actor, id, 'khóa');
      const updated = await this.store.update(id, { disabled }, tx);
      if (disabled) await this.sessions.revokeAllOf(id, 'account-disabled', tx);
      noteAuditTarget({ staffId: id });
      return toStaffView(updated);
    });
  }
}
