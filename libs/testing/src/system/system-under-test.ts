import { createTestDatabase, type TestDatabase } from '../database/test-database';
import { cleanupNatsPrefix } from '../nats/cleanup';
import { randomPrefix } from '../nats/prefix';
import { resolveNats } from '../infrastructure/resolve';
import { freePort } from '../processes/ports';
import { SERVICE_NAMES } from '../processes/services';
import { startSystem, type RunningSystem } from '../processes/system';
import { connect } from '@nats-io/transport-node';

/**
 * Every service as its own process, on free ports, with its own database and NATS prefix, the demo seed and
 * notifications written to files: the system the end-to-end and browser tests drive. `env` adds to the services'
 * environment (e.g. WEB_DIST_DIR for the gateway).
 */
export class SystemUnderTest {
  system!: RunningSystem;
  db!: TestDatabase;
  natsUrl!: string;
  readonly prefix = randomPrefix();

  constructor(private readonly extraEnv: Record<string, string> = {}) {}

  async start(): Promise<void> {
    this.db = await createTestDatabase();
    this.natsUrl = (await resolveNats()).url;
    const ports: Record<string, number> = {};
    for (const name of SERVICE_NAMES) ports[name] = await freePort();
    this.system = await startSystem({
      databaseUrl: this.db.url,
      natsUrl: this.natsUrl,
      prefix: this.prefix,
      seedDemo: true,
      logLevel: 'warn',
      env: { NOTIFY_QUIET_HOURS: 'off', NATS_STORAGE: 'memory', AUTH_SECRET: 'e2e-secret-0123456789abcdef-0123456789', NOTIFY_SINK_DIR: `/tmp/motcua-e2e-${this.prefix}`, ...this.extraEnv },
      ports,
      output: process.env.E2E_VERBOSE ? 'prefixed' : 'silent',
      readyTimeoutMs: 120_000,
    });
  }

  get gatewayUrl(): string {
    return this.system.gatewayUrl!;
  }

  async stop(): Promise<void> {
    await this.system?.stop();
    const nc = await connect({ servers: this.natsUrl });
    await cleanupNatsPrefix(nc, this.prefix);
    await nc.drain();
    await this.db?.drop();
  }
}
