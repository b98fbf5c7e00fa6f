import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, resolveNats, resolvePostgres } from '@motcua/testing';
import { childPids } from '../system/resource-sampler';
import type { Infra } from '../system/system-under-load';
import { makeTmpDir, type Teardown } from './cleanup';
import { startPrivateNats, type PrivateNats } from './private-nats';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

export interface Environment {
  infra: Infra;
  /** Present when we started them (restartable, their CPU measurable). */
  postgres?: PrivatePostgres;
  nats?: PrivateNats;
  describe: string;
  /** Pids of Postgres (postmaster and backends) and nats-server, for the resource sampler. */
  serverPids(): Map<string, number[]>;
}

/**
 * Postgres and NATS for a run. `private` (default): our own, on free loopback ports, in temporary directories,
 * removed at the end — the only kind a drill may restart. `shared`: the resolved test infrastructure
 * (DATABASE_URL/NATS_URL or 127.0.0.1:5432/4222), with a database and prefix of our own.
 */
export async function prepareEnvironment(opts: {
  kind: 'private' | 'shared';
  natsNodes: 1 | 3;
  teardown: Teardown;
  log: (m: string) => void;
  pgSettings?: Record<string, string | number>;
}): Promise<Environment> {
  if (opts.kind === 'shared') {
    if (opts.natsNodes !== 1) throw new Error('a NATS cluster needs private infrastructure');
    const pg = await resolvePostgres({ useContainers: false });
    const nats = await resolveNats({ useContainers: false });
    return {
      infra: { databaseAdminUrl: pg.url, natsUrl: nats.url, replicas: 1 },
      describe: `shared Postgres ${new URL(pg.url).host}, shared NATS ${nats.url}`,
      serverPids: () => new Map(),
    };
  }
  const pgDir = makeTmpDir('pg');
  const postgres = await startPrivatePostgres({ port: await freePort(), dir: pgDir, settings: opts.pgSettings });
  opts.teardown.add('private postgres', async () => {
    await postgres.stop();
    pgDir.remove();
  });
  const natsDir = makeTmpDir('nats');
  const nats = await startPrivateNats({ dir: natsDir, nodes: opts.natsNodes, log: opts.log });
  opts.teardown.add('private nats', async () => {
    await nats.stop();
    natsDir.remove();
  });
  const postmasterPid = (): number | undefined => {
    try {
      return Number(readFileSync(path.join(postgres.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      return undefined;
    }
  };
  return {
    infra: { databaseAdminUrl: postgres.url, natsUrl: nats.url, replicas: nats.replicas },
    postgres,
    nats,
    describe: `private Postgres ${path.basename(path.dirname(postgres.binDir))} on :${postgres.port}, private nats-server ${opts.natsNodes === 3 ? '3-node cluster (streams R3)' : 'single node'} on :${nats.nodes.map((n) => n.port).join(',:')}`,
    serverPids() {
      const out = new Map<string, number[]>();
      const pm = postmasterPid();
      if (pm) out.set('postgres', [pm, ...childPids(pm)]);
      out.set('nats', nats.nodes.map((n) => n.pid).filter((p): p is number => p !== undefined));
      return out;
    },
  };
}
