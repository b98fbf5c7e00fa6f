// Postgres and NATS in containers, for machines with a container runtime (Docker, Podman, Colima...).
// testcontainers is imported dynamically: 12.0.2+ crashes on import under Node 20, and most runs never need it.
// Containers are started with `withReuse()`: every test file (jest re-evaluates modules per file) finds the
// same running container instead of starting its own. They keep running after the tests, like a local
// server; remove them with `docker rm -f $(docker ps -aq --filter label=motcua.test-infra)`.
import { describeError, type ProbeResult } from './probe-postgres';

const LABEL = 'motcua.test-infra';

/** Whether testcontainers finds a container runtime, within `timeoutMs`. Never throws. */
export async function probeContainerRuntime(timeoutMs = 3000): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: describeError(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** Starts (or reuses) a Postgres 15 container; returns a superuser URL to its `postgres` database. */
export async function startPostgresContainer(): Promise<string> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:15-alpine')
    .withUsername('postgres')
    .withPassword('postgres')
    .withDatabase('postgres')
    .withCommand(['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'max_connections=200'])
    .withLabels({ [LABEL]: 'postgres' })
    .withReuse()
    .start();
  return container.getConnectionUri();
}

/** Starts (or reuses) a NATS 2.10 container with JetStream; returns its URL. */
export async function startNatsContainer(): Promise<string> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer('nats:2.10')
    .withCommand(['-js'])
    .withExposedPorts(4222)
    .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
    .withLabels({ [LABEL]: 'nats' })
    .withReuse()
    .start();
  return `nats://${container.getHost()}:${container.getMappedPort(4222)}`;
}
