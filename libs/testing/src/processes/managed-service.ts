import { startServiceProcess, type ExitInfo, type ServiceProcess, type StartServiceOptions } from './service-process';

export interface RestartPolicy {
  /** First delay before a restart; doubles on each crash up to `maxDelayMs`. Default 1 s. */
  initialDelayMs?: number;
  /** Default 30 s. */
  maxDelayMs?: number;
  /** A process that lived this long resets the delay. Default 60 s. */
  resetAfterMs?: number;
}

export interface ManagedService {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** The current process (undefined before start and after stop). */
  readonly process: ServiceProcess | undefined;
  /** How many times the supervisor restarted it. */
  readonly restarts: number;
  /** Starts a process unless one is running. */
  start(): ServiceProcess;
  /** Waits for readiness; with a restart policy, across restarts until the timeout. */
  waitReady(timeoutMs?: number): Promise<void>;
  /** Stops supervision and the process: `signal` (default SIGTERM), SIGKILL after `graceMs` (default 10 s). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
  /** SIGKILL the current process. With a restart policy the supervisor restarts it (a crash drill). */
  kill(): Promise<void>;
}

export interface ManagedServiceOptions extends StartServiceOptions {
  /** Restart after an unexpected exit. Default: no restart. */
  restart?: RestartPolicy | false;
  /** Supervisor messages (crash, restart). Default: stderr. */
  log?: (message: string) => void;
}

/** One service, started on demand and optionally restarted with backoff when it dies unexpectedly. */
export function manageService(name: string, port: number, env: Record<string, string | undefined>, opts: ManagedServiceOptions = {}): ManagedService {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const policy = opts.restart ? { initialDelayMs: 1000, maxDelayMs: 30_000, resetAfterMs: 60_000, ...opts.restart } : undefined;
  let current: ServiceProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let killedOnPurpose: ServiceProcess | undefined;
  let delay = policy?.initialDelayMs ?? 0;
  let changed: () => void = () => undefined;
  let nextProcess = new Promise<void>((r) => (changed = r));

  const describe = (e: ExitInfo): string => (e.signal ? `signal ${e.signal}` : `code ${e.code}`);

  const launch = (): ServiceProcess => {
    const proc = startServiceProcess(name, { ...env, PORT: String(port) }, opts);
    const startedAt = Date.now();
    current = proc;
    changed();
    nextProcess = new Promise<void>((r) => (changed = r));
    void proc.exited.then((exit) => {
      if (stopping || current !== proc || killedOnPurpose === proc) return;
      if (!policy) {
        log(`[supervisor] ${name} exited unexpectedly (${describe(exit)})`);
        return;
      }
      if (Date.now() - startedAt >= policy.resetAfterMs) delay = policy.initialDelayMs;
      log(`[supervisor] ${name} exited unexpectedly (${describe(exit)}); restarting in ${delay / 1000} s`);
      const wait = delay;
      delay = Math.min(delay * 2, policy.maxDelayMs);
      restartTimer = setTimeout(() => {
        restartTimer = undefined;
        if (stopping || current !== proc) return;
        restarts++;
        try {
          launch();
        } catch (err) {
          log(`[supervisor] ${name} could not be restarted: ${(err as Error).message}`);
        }
      }, wait);
    });
    return proc;
  };

  return {
    name,
    port,
    url: `http://127.0.0.1:${port}`,
    get process() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    start() {
      stopping = false;
      if (current?.running) return current;
      return launch();
    },
    async waitReady(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const proc = current;
        if (!proc) throw new Error(`${name} is not started`);
        try {
          return await proc.waitReady(Math.max(0, deadline - Date.now()));
        } catch (err) {
          const left = deadline - Date.now();
          if (!policy || stopping || proc.running || left <= 0) throw err;
          // It died: wait for the supervisor's next process, then try again.
          let timer: NodeJS.Timeout | undefined;
          const restarted = await Promise.race([
            nextProcess.then(() => true),
            new Promise<boolean>((r) => (timer = setTimeout(() => r(false), left))),
          ]);
          clearTimeout(timer);
          if (!restarted) throw err;
        }
      }
    },
    async stop(signal?: NodeJS.Signals, graceMs?: number) {
      stopping = true;
      clearTimeout(restartTimer);
      await current?.stop(signal, graceMs);
    },
    async kill() {
      if (!policy) killedOnPurpose = current;
      await current?.kill();
    },
  };
}
