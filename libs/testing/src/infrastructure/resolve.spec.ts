import { resolveInfrastructure, resolvePostgres, redactUrl, type ResolveDeps } from './resolve';

type Answering = { pg?: string[]; nats?: string[]; runtime?: boolean };

function fakeDeps(answering: Answering) {
  const calls: string[] = [];
  const deps: ResolveDeps = {
    probePostgres: async (url) => (calls.push(`pg ${url}`), answering.pg?.includes(url) ? { ok: true } : { ok: false, reason: 'ECONNREFUSED' }),
    probeJetStream: async (url) => (calls.push(`nats ${url}`), answering.nats?.includes(url) ? { ok: true } : { ok: false, reason: 'ECONNREFUSED' }),
    probeContainerRuntime: async () => (calls.push('runtime'), answering.runtime ? { ok: true } : { ok: false, reason: 'no docker socket' }),
    startPostgresContainer: async () => (calls.push('start pg container'), 'postgres://test:test@localhost:32768/postgres'),
    startNatsContainer: async () => (calls.push('start nats container'), 'nats://localhost:32769'),
  };
  return { deps, calls };
}

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_NATS = 'nats://127.0.0.1:4222';

describe('resolveInfrastructure', () => {
  it('takes the explicit environment first, test-specific variables over the general ones', async () => {
    const { deps, calls } = fakeDeps({ pg: ['postgres://env-test/db', LOCAL_PG], nats: ['nats://env:4222', LOCAL_NATS], runtime: true });
    const env = { TEST_DATABASE_URL: 'postgres://env-test/db', DATABASE_URL: 'postgres://env/db', NATS_URL: 'nats://env:4222' };

    const infra = await resolveInfrastructure({ env }, deps);

    expect(infra).toEqual({
      databaseUrl: 'postgres://env-test/db',
      natsUrl: 'nats://env:4222',
      sources: { database: 'env', nats: 'env' },
    });
    expect(calls).not.toContain('runtime');
  });

  it('fails loudly when an explicit URL does not answer, rather than falling back', async () => {
    const { deps } = fakeDeps({ pg: [LOCAL_PG], runtime: true });
    await expect(resolvePostgres({ env: { DATABASE_URL: 'postgres://u:secret@db:5432/x' } }, deps)).rejects.toThrow(
      /DATABASE_URL=postgres:\/\/u:\*\*\*@db:5432\/x does not answer/,
    );
  });

  it('uses a container runtime when there is one', async () => {
    const { deps, calls } = fakeDeps({ pg: [LOCAL_PG], nats: [LOCAL_NATS], runtime: true });
    const infra = await resolveInfrastructure({ env: {} }, deps);
    expect(infra.sources).toEqual({ database: 'container', nats: 'container' });
    expect(infra.natsUrl).toBe('nats://localhost:32769');
    expect(calls.filter((c) => c === 'runtime')).toHaveLength(1);
  });

  it('falls back to the local defaults without a container runtime, or when containers are disabled', async () => {
    const { deps } = fakeDeps({ pg: [LOCAL_PG], nats: [LOCAL_NATS], runtime: false });
    expect((await resolveInfrastructure({ env: {} }, deps)).sources).toEqual({ database: 'local', nats: 'local' });

    const second = fakeDeps({ pg: [LOCAL_PG], nats: [LOCAL_NATS], runtime: true });
    const infra = await resolveInfrastructure({ env: { MOTCUA_TEST_CONTAINERS: '0' } }, second.deps);
    expect(infra.sources).toEqual({ database: 'local', nats: 'local' });
    expect(second.calls).not.toContain('runtime');
  });

  it('says what it tried and what to start when nothing answers', async () => {
    const { deps } = fakeDeps({ pg: [LOCAL_PG], runtime: false });
    const error = await resolveInfrastructure({ env: {} }, deps).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('No NATS with JetStream for tests');
    expect(message).toContain('TEST_NATS_URL / NATS_URL: not set');
    expect(message).toContain('container runtime: none (no docker socket)');
    expect(message).toContain('nats://127.0.0.1:4222: ECONNREFUSED');
    expect(message).toMatch(/nats-server -js/);
  });
});

describe('redactUrl', () => {
  it('hides passwords only', () => {
    expect(redactUrl('postgres://a:b@h:1/d')).toBe('postgres://a:***@h:1/d');
    expect(redactUrl('postgres://a@h:1/d')).toBe('postgres://a@h:1/d');
  });
});
