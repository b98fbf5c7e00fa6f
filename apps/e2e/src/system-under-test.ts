import { createTestDatabase, freePort, randomPrefix, resolveNats, SERVICE_NAMES, startSystem, cleanupNatsPrefix, type RunningSystem, type TestDatabase } from '@motcua/testing';
import { connect } from '@nats-io/transport-node';

/** Every service as its own process, on free ports, with its own database and NATS prefix. */
export class SystemUnderTest {
  system!: RunningSystem;
  db!: TestDatabase;
  natsUrl!: string;
  readonly prefix = randomPrefix();

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
      env: { NOTIFY_QUIET_HOURS: 'off', NATS_STORAGE: 'memory', AUTH_SECRET: 'e2e-secret-0123456789abcdef-0123456789', NOTIFY_SINK_DIR: `/tmp/motcua-e2e-${this.prefix}` },
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

export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await probe();
  }
  return last;
}
