import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../workspace';
import { forEachLine, prefixer, RecentLines, type OutputMode } from './output';
import { READY_PATH, SERVICE_PORTS, serviceEntry, isServiceName } from './services';
import { httpStatus, sleep } from './wait-http';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Settles when the process has exited, however. */
  readonly exited: Promise<ExitInfo>;
  readonly running: boolean;
  /** Sends `signal` (default SIGTERM), then SIGKILL after `graceMs` (default 10 s); resolves on exit. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<ExitInfo>;
  /** SIGKILL; resolves on exit. */
  kill(): Promise<ExitInfo>;
  /** Resolves when GET /health/ready answers 200; rejects if the process exits first or after `timeoutMs` (default 60 s). */
  waitReady(timeoutMs?: number): Promise<void>;
  /** The last lines the process wrote (stdout and stderr), for diagnostics. */
  recentOutput(): string[];
}

export interface StartServiceOptions {
  /** Entry file, relative to the workspace root. Default `apps/<name>/src/main.ts`. */
  entry?: string;
  /** Default `prefixed`. */
  output?: OutputMode;
  /** Default the workspace root. */
  cwd?: string;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever happens to us, children must not outlive us (a synchronous SIGKILL is all 'exit' allows). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/**
 * Starts one service as a child process: `node -r @swc-node/register <entry>` with SWC_NODE_PROJECT pointing at
 * tsconfig.runtime.json. `env` is added to ours; PORT defaults to the service's port.
 */
export function startServiceProcess(
  name: string,
  env: Record<string, string | undefined>,
  opts: StartServiceOptions = {},
): ServiceProcess {
  const root = workspaceRoot();
  const cwd = opts.cwd ?? root;
  const entry = opts.entry ?? serviceEntry(name);
  if (!existsSync(path.resolve(cwd, entry))) {
    throw new Error(`${name}: ${entry} does not exist (has the service been written yet?)`);
  }
  const portText = env.PORT ?? (isServiceName(name) ? String(SERVICE_PORTS[name]) : undefined);
  if (!portText) throw new Error(`${name}: no PORT given and no default port`);
  const port = Number(portText);
  const url = `http://127.0.0.1:${port}`;

  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: path.join(root, 'tsconfig.runtime.json'),
      MOTCUA_SERVICE_NAME: name,
      ...env,
      PORT: portText,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  installExitHook();

  const recent = new RecentLines();
  const mode = opts.output ?? 'prefixed';
  const sink = mode === 'prefixed' ? prefixer(name) : mode === 'silent' ? undefined : mode;
  forEachLine(child.stdout!, (line) => {
    recent.push(line);
    sink?.(line, 'stdout');
  });
  forEachLine(child.stderr!, (line) => {
    recent.push(line);
    sink?.(line, 'stderr');
  });

  let running = true;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('error', (err) => {
      recent.push(`spawn error: ${err.message}`);
      running = false;
      live.delete(child);
      resolve({ code: null, signal: null });
    });
    child.once('exit', (code, signal) => {
      running = false;
      live.delete(child);
      resolve({ code, signal });
    });
  });

  const describeExit = (e: ExitInfo): string => (e.signal ? `signal ${e.signal}` : `code ${e.code}`);
  const withOutput = (msg: string): Error =>
    new Error(`${msg}\n--- last output of ${name} ---\n${recent.get().join('\n') || '(none)'}`);

  const stop = async (signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<ExitInfo> => {
    if (!running) return exited;
    child.kill(signal);
    const timer = setTimeout(() => running && child.kill('SIGKILL'), graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };

  const waitReady = async (timeoutMs = 60_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    let gaveUp = false;
    const died = exited.then((e) => {
      if (!gaveUp) throw withOutput(`${name} exited (${describeExit(e)}) before ${url}${READY_PATH} was ready`);
    });
    died.catch(() => undefined);
    const poll = (async () => {
      while (running) {
        if ((await httpStatus(`${url}${READY_PATH}`)) === 200) return;
        if (Date.now() > deadline) throw withOutput(`${name} not ready after ${timeoutMs} ms at ${url}${READY_PATH}`);
        await sleep(200);
      }
      await died;
    })();
    try {
      await Promise.race([poll, died]);
    } finally {
      gaveUp = true;
    }
  };

  return {
    name,
    pid: child.pid ?? -1,
    port,
    url,
    exited,
    get running() {
      return running;
    },
    stop,
    kill: () => stop('SIGKILL', 0),
    waitReady,
    recentOutput: () => recent.get(),
  };
}
