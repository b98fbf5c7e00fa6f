import request from 'supertest';
import { REFERENCE_BUCKET, SCHEDULES_BUCKET, unitKey, unitScheduleKey, type SessionRecord, type StaffRole, type UnitRecord, type UnitScheduleRecord } from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { bootstrapService, type RunningService } from '@motcua/platform';
import { cleanupNatsPrefix, createTestDatabase, randomPrefix, resolveInfrastructure, type TestDatabase } from '@motcua/testing';
import { ScheduledCounterSessions } from '../../src/auth/counter-sessions';
import { createGatewayService } from '../../src/gateway.service';
import { hashPassword } from '../../src/identity/password/password-hash';
import { SessionIssuer } from '../../src/identity/session/session-issuer';
import { DownstreamStub } from '../downstream-stub';

export const TEST_PASSWORD = 'Test-passw0rd-2026';
export const AUTH_SECRET = 'integration-test-secret-0123456789abcdef';

/** Units of the tests, as routing replicates them: a commune and its district, another ward, the province, a closed one. */
export const UNITS = { commune: '29972', district: '869', otherWard: '30010', province: '87', closed: '29999' } as const;

const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null, validTo: string | null = null): UnitRecord => ({
  code,
  name,
  type,
  parentCode,
  agencyCode: `000.${code}.H20`,
  deskName: `Bộ phận Một cửa ${name}`,
  validFrom: '2019-01-01',
  validTo,
});

const TEST_UNITS = [
  unit(UNITS.province, 'Tỉnh Đồng Tháp', 'province', null),
  unit(UNITS.district, 'Huyện Tân Hồng', 'district', UNITS.province),
  unit(UNITS.commune, 'Xã Tân Phước', 'commune', UNITS.district),
  unit(UNITS.otherWard, 'Phường Hòa Thuận', 'ward', '866'),
  unit('29954', 'Thị trấn Sa Rài', 'town', UNITS.district),
  unit(UNITS.closed, 'Xã Đã Sáp Nhập', 'commune', UNITS.district, '2025-06-30'),
];

/** An after-hours session held every day, day off or not, all day long: after-hours clerks of the tests may act. */
export const ALWAYS_OPEN_SESSION = (unitCode: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
  id: `always-open-${unitCode}`,
  unitCode,
  name: 'Phiên thử nghiệm cả ngày',
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  onDaysOff: true,
  start: '00:00',
  end: '24:00',
  validFrom: '2020-01-01',
  validTo: null,
  closedOn: [],
  eligibleProcedures: null,
  slotMinutes: 30,
  slotCapacity: 3,
  bookingWindowDays: 14,
  perPersonDailyLimit: 1,
  roster: [],
  version: 1,
  ...over,
});

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  unitCode: string;
  roles: StaffRole[];
}

let counter = 0;
let sharedHash: Promise<string> | undefined;

/**
 * The gateway in-process against the real Postgres and NATS, with its own database and NATS prefix, downstream
 * services played by a stub on NATS, routing's unit reference data written to its KV bucket.
 */
export class GatewayHarness {
  running!: RunningService;
  stub!: DownstreamStub;
  private db!: TestDatabase;
  private prefix!: string;

  /**
   * `counterSessions`: 'always-open' (default) publishes, as scheduling would, a session open all day every day at
   * every test unit, so after-hours clerks pass the counter gate; 'none' publishes no schedule (they are refused).
   */
  static async start(env: Record<string, string> = {}, options: { seedDemo?: boolean; counterSessions?: 'always-open' | 'none' } = {}): Promise<GatewayHarness> {
    const harness = new GatewayHarness();
    await harness.boot(env, options.seedDemo ?? false);
    if ((options.counterSessions ?? 'always-open') === 'always-open') {
      for (const u of TEST_UNITS) await harness.putSchedule(u.code, [ALWAYS_OPEN_SESSION(u.code)]);
    }
    return harness;
  }

  /** Scheduling's replica of a unit's after-hours sessions; returns once the gateway sees it. */
  async putSchedule(unitCode: string, sessions: SessionRecord[]): Promise<void> {
    const schedule: UnitScheduleRecord = { unitCode, deskHours: { windows: [] }, sessions, themeDays: [], updatedAt: new Date().toISOString() };
    const kv = await openBucket(this.running.nc, this.running.config, SCHEDULES_BUCKET);
    await kv.put(unitScheduleKey(unitCode), JSON.stringify(schedule));
    const gate = this.running.app.get(ScheduledCounterSessions);
    const expected = JSON.stringify(sessions);
    for (let i = 0; i < 200; i++) {
      if (JSON.stringify((await gate.scheduleOf(unitCode))?.sessions) === expected) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`the gateway did not see the schedule of ${unitCode}`);
  }

  private async boot(extra: Record<string, string>, seedDemo: boolean): Promise<void> {
    const infra = await resolveInfrastructure();
    this.db = await createTestDatabase({ adminUrl: infra.databaseUrl });
    this.prefix = randomPrefix();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: this.db.url,
      NATS_URL: infra.natsUrl,
      MESSAGING_PREFIX: this.prefix,
      NATS_STORAGE: 'memory',
      PORT: '0',
      DB_POOL_SIZE: '3',
      SEED_DEMO: seedDemo ? '1' : '0',
      AUTH_SECRET,
      GATEWAY_RPC_TIMEOUT_MS: '1500',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...extra,
    };
    delete env.NODE_ENV; // jest sets 'test'; production mode is opted into explicitly
    if (extra.NODE_ENV) env.NODE_ENV = extra.NODE_ENV;
    this.running = await bootstrapService(createGatewayService(env), { env });
    this.stub = new DownstreamStub(this.running.nc, this.prefix);
    const kv = await openBucket(this.running.nc, this.running.config, REFERENCE_BUCKET);
    for (const u of TEST_UNITS) await kv.put(unitKey(u.code), JSON.stringify(u));
  }

  http(): ReturnType<typeof request> {
    return request(this.running.url);
  }

  sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    return this.running.dataSource.query(text, params);
  }

  /** An account straight in the table (one shared scrypt hash: creating dozens of accounts stays fast). */
  async createAccount(unitCode: string, roles: StaffRole[], options: { mustChangePassword?: boolean; username?: string } = {}): Promise<TestAccount> {
    const username = options.username ?? `t${++counter}.${roles[0]}.${unitCode}`.toLowerCase();
    const passwordHash = await (sharedHash ??= hashPassword(TEST_PASSWORD));
    const [row] = await this.sql(
      `INSERT INTO identity.staff (username, display_name, unit_code, roles, password_hash, must_change_password)
       VALUES ($1, $2, $3, $4::text[], $5, $6) RETURNING id`,
      [username, `Cán bộ ${username}`, unitCode, roles, passwordHash, options.mustChangePassword ?? false],
    );
    return { id: row.id, username, password: TEST_PASSWORD, unitCode, roles };
  }

  /** A live session for the account, as a login would open it, without the deliberately slow password check. */
  async tokenFor(account: TestAccount, mustChangePassword = false): Promise<string> {
    const tokens = await this.running.app.get(SessionIssuer).start({ id: account.id, unitCode: account.unitCode, roles: account.roles, mustChangePassword });
    return tokens.accessToken;
  }

  async asNew(unitCode: string, roles: StaffRole[]): Promise<{ account: TestAccount; auth: { Authorization: string } }> {
    const account = await this.createAccount(unitCode, roles);
    return { account, auth: { Authorization: `Bearer ${await this.tokenFor(account)}` } };
  }

  login(username: string, password: string) {
    return this.http().post('/api/auth/login').send({ username, password });
  }

  /** Audit entries of one action, newest last. */
  audit(action: string): Promise<any[]> {
    return this.sql(`SELECT * FROM identity.audit_log WHERE action = $1 ORDER BY id`, [action]);
  }

  async close(): Promise<void> {
    if (this.running) {
      await this.stub?.reset();
      await cleanupNatsPrefix(this.running.nc, this.prefix).catch(() => undefined);
      await this.running.close();
    }
    await this.db?.drop();
  }
}
