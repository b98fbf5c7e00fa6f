import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { freePort } from '@motcua/testing';
import { onExit, type TmpDir } from './cleanup';

/**
 * nats-server processes of our own on free loopback ports, file storage in a temporary directory: one node, or a
 * 3-node JetStream cluster (streams then get NATS_REPLICAS=3). The drills kill and restart them; the shared
 * server on 4222 is never touched.
 */
export interface NatsNode {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  readonly running: boolean;
  /** Pid of the current process (undefined while it is down). */
  readonly pid: number | undefined;
  /** SIGKILL (a crash: no goodbye to the cluster, whatever the OS has not written is the OS's business). */
  kill(): Promise<void>;
  /** Starts it again with the same name, ports and store directory. */
  start(): Promise<void>;
}

export interface PrivateNats {
  readonly nodes: readonly NatsNode[];
  /** Comma-separated client URLs of every node (what NATS_URL takes). */
  readonly url: string;
  readonly replicas: 1 | 3;
  /** Waits until JetStream answers on every running node (a cluster has elected its meta leader). */
  waitJetStream(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function findNatsServer(env: NodeJS.ProcessEnv = process.env): string {
  const dirs = [...(env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, 'nats-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error('nats-server not found (PATH, /usr/sbin, /usr/local/bin): install it to run the benchmark and drills');
}

async function jetStreamAnswers(url: string, timeoutMs: number): Promise<boolean> {
  let nc;
  try {
    nc = await connect({ servers: url, timeout: timeoutMs, reconnect: false });
    const jsm = await jetstreamManager(nc, { timeout: timeoutMs });
    await jsm.getAccountInfo();
    return true;
  } catch {
    return false;
  } finally {
    await nc?.close().catch(() => undefined);
  }
}

/** `n` distinct ports the OS reports free now (another process may still take one before we bind it: callers retry). */
async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

/** Starts the node(s); a port taken between choosing and binding it means another try with fresh ports. */
export async function startPrivateNats(opts: { dir: TmpDir; nodes: 1 | 3; log?: (line: string) => void }): Promise<PrivateNats> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts, attempt);
    } catch (err) {
      if (attempt >= 3 || !/address already in use/.test((err as Error).message)) throw err;
    }
  }
}

async function startOnce(opts: { dir: TmpDir; nodes: 1 | 3; log?: (line: string) => void }, attempt: number): Promise<PrivateNats> {
  const binary = findNatsServer();
  const count = opts.nodes;
  const all = await distinctFreePorts(count * (count > 1 ? 2 : 1));
  const ports = all.slice(0, count);
  const clusterPorts = count > 1 ? all.slice(count) : [];
  const clusterName = `motcua-drill-${path.basename(opts.dir.path).slice(-6)}`;

  const nodes = ports.map((port, i): NatsNode => {
    const name = `n${i + 1}`;
    const storeDir = path.join(opts.dir.path, `${name}-${attempt}`);
    mkdirSync(storeDir, { recursive: true });
    const args = ['-a', '127.0.0.1', '-p', String(port), '-n', name, '-js', '-sd', storeDir];
    if (count > 1) {
      const routes = clusterPorts.filter((_, j) => j !== i).map((p) => `nats://127.0.0.1:${p}`);
      args.push('--cluster_name', clusterName, '--cluster', `nats://127.0.0.1:${clusterPorts[i]}`, '--routes', routes.join(','));
    }
    let child: ChildProcess | undefined;
    let exited: Promise<void> = Promise.resolve();
    const recent: string[] = [];
    const launch = (): void => {
      const c = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = c;
      const onData = (chunk: Buffer): void => {
        for (const line of chunk.toString().split('\n').filter((l) => l.trim())) {
          recent.push(line);
          if (recent.length > 30) recent.shift();
          if (/\[(ERR|FTL)\]/.test(line) && !/Error trying to connect to route/.test(line)) opts.log?.(`nats ${name}: ${line}`);
        }
      };
      c.stdout!.on('data', onData);
      c.stderr!.on('data', onData);
      exited = new Promise((resolve) => c.once('exit', () => resolve()));
      void exited.then(() => {
        if (child === c) child = undefined;
      });
    };
    const node: NatsNode = {
      name,
      port,
      url: `nats://127.0.0.1:${port}`,
      get running() {
        return child !== undefined;
      },
      get pid() {
        return child?.pid;
      },
      async kill() {
        const c = child;
        if (!c) return;
        c.kill('SIGKILL');
        await exited;
      },
      async start() {
        if (child) return;
        launch();
        const deadline = Date.now() + 30_000;
        // A lone node answers at once; a cluster node answers once a meta leader exists (it may be itself).
        while (!(await jetStreamAnswers(node.url, 1000))) {
          if (!child) throw new Error(`nats-server ${name} exited during start:\n${recent.join('\n')}`);
          if (Date.now() > deadline) throw new Error(`nats-server ${name} did not answer within 30 s:\n${recent.join('\n')}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      },
    };
    return node;
  });

  onExit(() => {
    for (const n of nodes) void n.kill();
  });

  // Cluster nodes only answer JetStream requests once they see each other: start them all, then wait.
  const started = await Promise.allSettled(nodes.map((n) => n.start()));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(nodes.map((n) => n.kill()));
    throw failed.reason;
  }

  const result: PrivateNats = {
    nodes,
    url: nodes.map((n) => n.url).join(','),
    replicas: count === 3 ? 3 : 1,
    async waitJetStream(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (const n of nodes.filter((x) => x.running)) {
        while (!(await jetStreamAnswers(n.url, 1000))) {
          if (Date.now() > deadline) throw new Error(`JetStream on ${n.name} does not answer`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
    async stop() {
      await Promise.all(nodes.map((n) => n.kill()));
    },
  };
  return result;
}
