import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { prefixer, probeJetStream } from '@motcua/testing';
import type { DevResource } from './resource';

/** `nats-server` from PATH, or from the usual places outside a non-root PATH. */
export function findNatsServer(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, 'nats-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

/** Starts `nats-server -js -sd <storeDir> -a 127.0.0.1 -p <port>` and waits until JetStream answers. */
export async function startNatsServer(binary: string, storeDir: string, port: number): Promise<DevResource> {
  mkdirSync(storeDir, { recursive: true });
  const child = spawn(binary, ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const print = prefixer('nats');
  const lines: string[] = [];
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n').filter((l) => l.trim())) {
      lines.push(line);
      if (/\[(ERR|FTL|WRN)\]/.test(line)) print(line, 'stderr');
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.once('error', (err) => lines.push(err.message));

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };

  const url = `nats://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) throw new Error(`nats-server exited during start:\n${lines.slice(-20).join('\n')}`);
    if ((await probeJetStream(url, 1000)).ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nats-server did not answer within 15 s:\n${lines.slice(-20).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, description: `nats-server started by us, data in ${path.relative(process.cwd(), storeDir)}`, stop };
}
