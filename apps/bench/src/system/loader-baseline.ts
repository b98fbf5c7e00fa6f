import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@motcua/testing';

/**
 * Resident memory of an empty process started the way the services are (`node -r @swc-node/register`, which
 * compiles TypeScript in-process) and of plain `node`: the difference is what the on-the-fly compiler adds to
 * every service, and what a compiled build would not carry.
 */
export async function loaderBaseline(): Promise<{ plainNodeMb?: number; withLoaderMb?: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-rss-'));
  try {
    const file = path.join(dir, 'idle.ts');
    writeFileSync(file, "setTimeout(() => { const s: string = require('fs').readFileSync('/proc/self/status', 'utf8'); process.stdout.write(String(/VmRSS:\\s+(\\d+)/.exec(s)?.[1])); }, 800);\n");
    const root = workspaceRoot();
    const run = (args: string[]): Promise<number | undefined> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.runtime.json') }, stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        child.stdout.on('data', (c) => (out += c));
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('exit', () => {
          clearTimeout(timer);
          const kb = Number(out.trim());
          resolve(Number.isFinite(kb) && kb > 0 ? Math.round(kb / 1024) : undefined);
        });
      });
    const withLoaderMb = await run(['-r', '@swc-node/register', file]);
    const plainNodeMb = await run(['-e', "setTimeout(() => process.stdout.write(String(/VmRSS:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1])), 800)"]);
    return { plainNodeMb, withLoaderMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
