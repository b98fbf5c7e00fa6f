import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installReason, stampFile } = require('./bootstrap.cjs') as {
  installReason(root: string): string | undefined;
  stampFile(root: string): string;
};

function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'motcua-bootstrap-'));
  writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  return root;
}

const touch = (file: string, secondsAgo: number): void => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, t, t);
};

describe('bootstrap: when to install dependencies', () => {
  it('installs when node_modules is missing', () => {
    expect(installReason(workspace())).toBe('node_modules is missing');
  });

  it('does nothing when npm installed after the lock file changed', () => {
    const root = workspace();
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), '{}');
    touch(path.join(root, 'package-lock.json'), 60);
    expect(installReason(root)).toBeUndefined();
  });

  it('installs when the lock file is newer than the last install', () => {
    const root = workspace();
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), '{}');
    touch(path.join(root, 'node_modules', '.package-lock.json'), 60);
    expect(installReason(root)).toBe('node_modules is older than package-lock.json');
  });

  it('trusts its stamp of the lock file it installed', () => {
    const root = workspace();
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(stampFile(root), createHash('sha256').update('{"lockfileVersion":3}').digest('hex'));
    expect(installReason(root)).toBeUndefined();
  });
});
