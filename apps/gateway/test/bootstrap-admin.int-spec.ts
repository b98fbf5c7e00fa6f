import { gatewayConfigFromEnv } from '../src/config/gateway-config';
import { BootstrapAdmin } from '../src/identity/bootstrap/bootstrap-admin';
import { StaffStore } from '../src/identity/staff/staff.store';
import { AUTH_SECRET, GatewayHarness } from './support/gateway-harness';

const ADMIN = { BOOTSTRAP_ADMIN_USERNAME: 'quantri.tinh', BOOTSTRAP_ADMIN_PASSWORD: 'Một mật khẩu đầu tiên 2026', BOOTSTRAP_ADMIN_UNIT: '87' };

describe('the first province administrator, from configuration', () => {
  let gw: GatewayHarness;
  beforeAll(async () => {
    gw = await GatewayHarness.start(ADMIN);
  });
  afterAll(() => gw?.close());

  /** The start-up step with another configuration, against the same database. */
  const bootstrapWith = (env: Record<string, string>) => {
    const config = gatewayConfigFromEnv({ AUTH_SECRET, ...env });
    return new BootstrapAdmin(gw.running.dataSource, new StaffStore(gw.running.dataSource), config).execute();
  };
  const provinceAdmins = async () => (await gw.sql(`SELECT username FROM identity.staff WHERE 'province-admin' = ANY(roles) ORDER BY username`)).map((r) => r.username);

  it('is created on first start and must change its password before anything else', async () => {
    const login = await gw.login(ADMIN.BOOTSTRAP_ADMIN_USERNAME, ADMIN.BOOTSTRAP_ADMIN_PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ mustChangePassword: true, staff: { roles: ['province-admin'], unitCode: '87' } });
    const blocked = await gw.http().get('/api/staff').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(blocked.body.code).toBe('password_change_required');
  });

  it('is not created again once a province administrator exists, whatever the configuration says', async () => {
    await bootstrapWith({ ...ADMIN, BOOTSTRAP_ADMIN_USERNAME: 'someone.else' });
    expect(await provinceAdmins()).toEqual([ADMIN.BOOTSTRAP_ADMIN_USERNAME]);
  });

  it('refuses a configured password that fails the policy (no built-in or weak first password)', async () => {
    await gw.sql(`UPDATE identity.staff SET disabled = true`);
    try {
      await expect(bootstrapWith({ ...ADMIN, BOOTSTRAP_ADMIN_USERNAME: 'weak.admin', BOOTSTRAP_ADMIN_PASSWORD: 'demo1234' })).rejects.toThrow(
        /BOOTSTRAP_ADMIN_PASSWORD phải có ít nhất 10/,
      );
      // Production mode without any configured administrator: the start stops and says what to set.
      await expect(bootstrapWith({ NODE_ENV: 'production' })).rejects.toThrow(/no province administrator exists: set BOOTSTRAP_ADMIN_USERNAME/);
      // Outside production it only warns.
      await expect(bootstrapWith({})).resolves.toBeUndefined();
      expect(await provinceAdmins()).toEqual([ADMIN.BOOTSTRAP_ADMIN_USERNAME]);
    } finally {
      await gw.sql(`UPDATE identity.staff SET disabled = false`);
    }
  });
});
