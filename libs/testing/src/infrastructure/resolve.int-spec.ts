import { probeJetStream } from './probe-nats';
import { probePostgres } from './probe-postgres';
import { resolveInfrastructure } from './resolve';

describe('resolveInfrastructure on this machine', () => {
  it('finds a Postgres and a NATS with JetStream that answer', async () => {
    const infra = await resolveInfrastructure();
    process.stdout.write(`resolved: ${JSON.stringify(infra.sources)}\n`);
    expect(await probePostgres(infra.databaseUrl)).toEqual({ ok: true });
    expect(await probeJetStream(infra.natsUrl)).toEqual({ ok: true });
  });

  it('says why, without throwing, when nothing answers', async () => {
    const probe = await probeJetStream('nats://127.0.0.1:1', 500);
    expect(probe.ok).toBe(false);
  });
});
