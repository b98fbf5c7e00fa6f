import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time under `target` (a file or a directory tree), 0 if it does not exist. */
export function newestMtime(target: string): number {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** Why apps/web/dist must be (re)built, or undefined when it is newer than every input of the build. */
export function webBuildReason(root: string, outDir = path.join(root, 'apps', 'web', 'dist')): string | undefined {
  const web = path.join(root, 'apps', 'web');
  const built = newestMtime(path.join(outDir, 'index.html'));
  if (built === 0) return 'the web app is not built';
  const inputs = ['src', 'index.html', 'vite.config.mts'].map((p) => newestMtime(path.join(web, p)));
  inputs.push(newestMtime(path.join(root, 'package-lock.json')));
  return Math.max(...inputs) > built ? 'the web app changed since its last build' : undefined;
}

/**
 * Builds the desk web app (Vite) into apps/web/dist when its sources are newer than the build, so `npm start` and
 * the browser tests always serve what is in the tree (`outDir`: another directory, so concurrent runs do not
 * rebuild each other's). Returns the directory, or an Error with Vite's output.
 */
export function ensureWebBuilt(root: string, say: (m: string) => void = () => undefined, outDir?: string): string | Error {
  const dist = outDir ?? path.join(root, 'apps', 'web', 'dist');
  const reason = webBuildReason(root, dist);
  if (!reason) return dist;
  say(`${reason}: building it (vite build)`);
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'apps', 'web', 'vite.config.mts'), '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) return new Error(`vite build failed:\n${r.stdout}${r.stderr}`);
  return dist;
}
