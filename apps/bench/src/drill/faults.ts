import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ServiceName } from '@motcua/testing';
import type { PrivateNats } from '../infra/private-nats';
import type { PrivatePostgres } from '../infra/private-postgres';
import type { SystemUnderLoad } from '../system/system-under-load';

/** One fault: what breaks, and how it is undone (as a supervisor or an operator would). */
export interface Fault {
  name: string;
  /** Breaks it; returns what exactly was broken (for the report). */
  inject(): Promise<string>;
  /** Brings it back. */
  heal(): Promise<void>;
  /** How long it stays broken before `heal` (load keeps coming meanwhile). */
  downMs: number;
}

export type FaultName = ServiceName | 'nats' | 'nats-node' | 'postgres';

export interface FaultTargets {
  sut: SystemUnderLoad;
  nats: PrivateNats;
  postgres: PrivatePostgres;
  /** The harness's own NATS connection, to find stream leaders. */
  nc: () => Promise<NatsConnection>;
}

/**
 * SIGKILL one service (no shutdown hooks: in-flight work dies with it). The supervisor the system runs under
 * (like `npm start`'s) starts a new process after its restart delay; `heal` waits for it to be ready.
 */
export function killService(t: FaultTargets, name: ServiceName, downMs: number): Fault {
  return {
    name: `SIGKILL ${name}`,
    downMs: 0,
    async inject() {
      const pid = t.sut.system.service(name).process?.pid;
      await t.sut.system.service(name).kill();
      return `${name} (pid ${pid}), restarted by the supervisor after ${(downMs / 1000).toFixed(0)} s`;
    },
    async heal() {
      await t.sut.system.service(name).waitReady(120_000);
    },
  };
}

/** The whole NATS (every node at once, SIGKILL), restarted from its store after `downMs`. */
export function restartNats(t: FaultTargets, downMs: number): Fault {
  return {
    name: t.nats.nodes.length > 1 ? 'restart NATS (all 3 nodes)' : 'restart NATS',
    downMs,
    async inject() {
      await Promise.all(t.nats.nodes.map((n) => n.kill()));
      return t.nats.nodes.map((n) => n.name).join(', ');
    },
    async heal() {
      await Promise.all(t.nats.nodes.map((n) => n.start()));
      await t.nats.waitJetStream(60_000);
    },
  };
}

/** One node of the 3-node cluster: the one leading intake's event stream (the busiest), SIGKILL; back after `downMs`. */
export function killNatsNode(t: FaultTargets, downMs: number): Fault {
  let victim = t.nats.nodes[0];
  return {
    name: 'SIGKILL 1 of 3 NATS nodes',
    downMs,
    async inject() {
      let why = 'first node';
      try {
        const jsm = await jetstreamManager(await t.nc(), { timeout: 5000 });
        const info = await jsm.streams.info(`${t.sut.prefix}_intake_events`.toUpperCase());
        const leader = t.nats.nodes.find((n) => n.name === info.cluster?.leader);
        if (leader) {
          victim = leader;
          why = 'leader of the intake event stream';
        }
      } catch {
        // no leader known: the first node will do
      }
      await victim.kill();
      return `${victim.name} (${why})`;
    },
    async heal() {
      await victim.start();
      await t.nats.waitJetStream(60_000);
    },
  };
}

/** Postgres `stop -m immediate` (every backend killed, crash recovery on start), started again after `downMs`. */
export function crashPostgres(t: FaultTargets, downMs: number): Fault {
  return {
    name: 'restart Postgres (immediate)',
    downMs,
    async inject() {
      await t.postgres.crash();
      return `postgres on :${t.postgres.port}`;
    },
    async heal() {
      await t.postgres.start();
    },
  };
}

export function faultFor(t: FaultTargets, name: FaultName, downMs: number): Fault {
  if (name === 'nats') return restartNats(t, downMs);
  if (name === 'nats-node') return killNatsNode(t, downMs);
  if (name === 'postgres') return crashPostgres(t, downMs);
  return killService(t, name, downMs);
}
