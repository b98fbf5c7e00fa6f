import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';
import { hashPassword } from '../password/password-hash';
import { passwordProblems } from '../password/password-policy';
import { StaffStore } from '../staff/staff.store';

/**
 * The first province administrator, from BOOTSTRAP_ADMIN_* on a start that finds none (never a built-in password).
 * It must change the password at first login, since the configured one sat in an environment. Replicas starting
 * together serialize on an advisory lock; once any province administrator exists, the configuration is ignored.
 */
@Injectable()
export class BootstrapAdmin {
  private readonly log = new Logger('BootstrapAdmin');

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StaffStore,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async execute(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (await this.store.activeProvinceAdminExists()) return;
    if (!admin) {
      const message = 'no province administrator exists: set BOOTSTRAP_ADMIN_USERNAME, BOOTSTRAP_ADMIN_PASSWORD and BOOTSTRAP_ADMIN_UNIT to create the first one';
      if (this.config.production) throw new Error(message);
      this.log.warn(message);
      return;
    }
    const problems = passwordProblems(admin.password, admin.username, 'BOOTSTRAP_ADMIN_PASSWORD');
    if (problems.length > 0) throw new Error(`BOOTSTRAP_ADMIN_PASSWORD ${problems.map((p) => p.reason).join('; ')}`);
    const passwordHash = await hashPassword(admin.password);
    const created = await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('identity.bootstrap-admin'))`);
      if (await this.store.activeProvinceAdminExists(tx)) return false;
      const staff = await this.store.insertIfAbsent(
        { username: admin.username, displayName: admin.displayName, unitCode: admin.unitCode, roles: ['province-admin'], passwordHash, mustChangePassword: true },
        tx,
      );
      if (!staff) throw new Error(`BOOTSTRAP_ADMIN_USERNAME ${admin.username} is taken by an account that is not an active province administrator`);
      return true;
    });
    if (created) this.log.log({ msg: 'first province administrator created from configuration; its password must be changed at first login', unitCode: admin.unitCode });
  }
}
