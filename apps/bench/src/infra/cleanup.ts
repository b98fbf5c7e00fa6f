import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A temporary directory removed at `remove()` or, failing that, when the process exits. */
export interface TmpDir {
  readonly path: string;
  remove(): void;
}

const exitHooks: (() => void)[] = [];
let exitInstalled = false;

/**
 * Last-resort synchronous cleanup when the process exits however it exits (an uncaught error included): stop
 * servers we started, remove temporary directories. Normal runs clean up asynchronously before this.
 */
export function onExit(hook: () => void): void {
  exitHooks.push(hook);
  if (exitInstalled) return;
  exitInstalled = true;
  process.once('exit', () => {
    for (const h of exitHooks.splice(0).reverse()) {
      try {
        h();
      } catch {
        // keep going: the next hook may still free something
      }
    }
  });
}

export function makeTmpDir(label: string): TmpDir {
  const dir = mkdtempSync(path.join(tmpdir(), `motcua-${label}-`));
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    rmSync(dir, { recursive: true, force: true });
  };
  onExit(remove);
  return { path: dir, remove };
}

/**
 * What a run started, undone in reverse order: at the end, on an error, or on Ctrl-C / SIGTERM (a second
 * signal exits at once; the synchronous exit hooks then still stop the servers).
 */
export class Teardown {
  private readonly steps: { label: string; undo: () => Promise<unknown> | unknown }[] = [];
  private running?: Promise<void>;

  add(label: string, undo: () => Promise<unknown> | unknown): void {
    this.steps.push({ label, undo });
  }

  /** Undoes every step added so far (a run in progress is joined; steps added after it are undone by the next). */
  run(log: (m: string) => void = () => undefined): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        for (const step of this.steps.splice(0).reverse()) {
          try {
            await step.undo();
          } catch (err) {
            log(`cleanup of ${step.label} failed: ${(err as Error).message}`);
          }
        }
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Ctrl-C and SIGTERM run the teardown, then exit 130/143. */
  handleSignals(log: (m: string) => void): void {
    let signalled = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (signalled) process.exit(1);
        signalled = true;
        log(`${signal}: stopping and cleaning up (again to exit at once)`);
        void this.run(log).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
      });
    }
  }
}
