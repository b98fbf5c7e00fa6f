import { existsSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The monorepo root: the nearest directory above this file that holds nx.json. */
export function workspaceRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`nx.json not found above ${__dirname}`);
    dir = parent;
  }
  cached = dir;
  return dir;
}
