import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { webBuildReason } from './web-build';

describe('webBuildReason', () => {
  let root: string;
  const touch = (rel: string, secondsAgo: number): void => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'x');
    const t = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(file, t, t);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'web-build-'));
    touch('apps/web/src/main.tsx', 100);
    touch('apps/web/index.html', 100);
    touch('apps/web/vite.config.mts', 100);
    touch('package-lock.json', 100);
    // directories get "now" as mtime when files are created in them: age them too
    for (const d of ['apps/web/src', 'apps/web']) utimesSync(path.join(root, d), new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('asks for a build when there is none', () => {
    expect(webBuildReason(root)).toBe('the web app is not built');
  });

  it('keeps a build newer than every source, and rebuilds after a source or the lock file changes', () => {
    touch('apps/web/dist/index.html', 10);
    expect(webBuildReason(root)).toBeUndefined();
    touch('apps/web/src/features/desk/page.tsx', 1);
    expect(webBuildReason(root)).toBe('the web app changed since its last build');
  });

  it('rebuilds when dependencies changed (package-lock.json)', () => {
    touch('apps/web/dist/index.html', 10);
    touch('package-lock.json', 1);
    expect(webBuildReason(root)).toBe('the web app changed since its last build');
  });
});
