import { Injectable } from '@nestjs/common';
import { AppError, type StaffActor } from '@motcua/contracts';
import { StaffStore, type Sql, type StaffRecord } from '../staff/staff.store';
import { assertMayManage } from './staff-admin.policy';

/** Loads an account an administrator is about to change, locked for the transaction, after checking they may. */
@Injectable()
export class ManagedAccount {
  constructor(private readonly store: StaffStore) {}

  async lock(actor: StaffActor, id: string, tx: Sql): Promise<StaffRecord> {
    const account = await this.store.findById(id, tx, true);
    if (!account) throw new AppError(404, 'not_found', 'Không tìm thấy tài khoản');
    assertMayManage(actor, account);
    return account;
  }
}
