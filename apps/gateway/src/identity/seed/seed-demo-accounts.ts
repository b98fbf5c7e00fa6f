import { Injectable, Logger } from '@nestjs/common';
import { DEMO_ACCOUNTS } from '../demo-accounts';
import { hashPassword } from '../password/password-hash';
import { StaffStore } from '../staff/staff.store';

/** Loads the demo accounts; idempotent (runs at every start with SEED_DEMO=1, concurrent replicas included). */
@Injectable()
export class SeedDemoAccounts {
  private readonly log = new Logger('SeedDemoAccounts');

  constructor(private readonly store: StaffStore) {}

  async execute(): Promise<void> {
    // Hashing is deliberately slow: skip accounts already there.
    const existing = await this.store.existingUsernames(DEMO_ACCOUNTS.map((a) => a.username));
    const created: string[] = [];
    // Demo accounts share one password: one deliberately slow hash for all of them.
    const hashes = new Map<string, Promise<string>>();
    const hashOf = (password: string) => hashes.get(password) ?? hashes.set(password, hashPassword(password)).get(password)!;
    for (const account of DEMO_ACCOUNTS.filter((a) => !existing.has(a.username))) {
      const inserted = await this.store.insertIfAbsent({
        username: account.username,
        displayName: account.displayName,
        unitCode: account.unitCode,
        roles: account.roles,
        passwordHash: await hashOf(account.password),
      });
      if (inserted) created.push(account.username);
    }
    if (created.length > 0) this.log.log({ msg: 'demo accounts created', usernames: created });
  }
}
