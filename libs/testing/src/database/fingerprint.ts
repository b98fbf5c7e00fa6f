import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../workspace';

/** A hash of the files under the given paths (relative to the workspace root): names and contents. */
export function fingerprintFiles(...paths: string[]): string {
  const root = workspaceRoot();
  const hash = createHash('sha256');
  const visit = (abs: string): void => {
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const entry of readdirSync(abs).sort()) visit(path.join(abs, entry));
    } else {
      hash.update(path.relative(root, abs)).update('\0').update(readFileSync(abs)).update('\0');
    }
  };
  for (const p of paths) visit(path.resolve(root, p));
  return hash.digest('hex');
}
