#!/usr/bin/env node
// `npm start` / `npm test` on a fresh clone: plain Node, no dependencies.
// 1. Installs dependencies when node_modules is missing or older than package-lock.json (`npm ci`, falling
//    back to `npm install`).
// 2. Runs libs/devtools/src/start.ts or run-tests.ts through @swc-node/register (TypeScript and path aliases
//    compiled on the fly), forwarding arguments, signals and the exit code.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const COMMANDS = { start: 'libs/devtools/src/start.ts', test: 'libs/devtools/src/run-tests.ts' };
const stampFile = (root) => path.join(root, 'node_modules', '.motcua-install-stamp');

const say = (m) => process.stderr.write(`[motcua] ${m}\n`);
const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};
const lockHash = (lock) => crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
const readStamp = (root) => {
  try {
    return fs.readFileSync(stampFile(root), 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** Why dependencies must be installed, or undefined when they are up to date. */
function installReason(root) {
  const lock = path.join(root, 'package-lock.json');
  const modules = path.join(root, 'node_modules');
  if (mtime(modules) === undefined) return 'node_modules is missing';
  const lockTime = mtime(lock);
  if (lockTime === undefined) return undefined;
  // npm writes node_modules/.package-lock.json on every install; older than the lock file means a stale install,
  // unless our stamp says this very lock file was installed (npm may write the lock file last).
  const installed = mtime(path.join(modules, '.package-lock.json'));
  if (installed !== undefined && installed >= lockTime) return undefined;
  if (readStamp(root) === lockHash(lock)) return undefined;
  return 'node_modules is older than package-lock.json';
}

function npm(root, args) {
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return r.status === 0;
}

function install(root, reason) {
  const lock = path.join(root, 'package-lock.json');
  const hasLock = fs.existsSync(lock);
  say(`${reason}: installing dependencies (${hasLock ? 'npm ci' : 'npm install'})`);
  let ok = hasLock && npm(root, ['ci', '--no-audit', '--no-fund']);
  if (!ok) {
    if (hasLock) say('npm ci failed; trying npm install');
    ok = npm(root, ['install', '--no-audit', '--no-fund']);
  }
  if (!ok) {
    say('installing dependencies failed (see above)');
    process.exit(1);
  }
  if (fs.existsSync(lock)) fs.writeFileSync(stampFile(root), `${lockHash(lock)}\n`);
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The browser tests drive Debian's Chromium (nothing is downloaded from npm). On a fresh Debian machine where we
 * may install packages (root with apt-get), install it; elsewhere say how, and the browser tests fail naming it.
 */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH || CHROMIUM_CANDIDATES.some((p) => fs.existsSync(p))) return;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    say('Chromium not found: the browser tests need it (Debian: apt-get install chromium, or set CHROMIUM_PATH)');
    return;
  }
  say('Chromium not found: installing Debian\'s chromium package for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    r = spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  if (r.status !== 0) say('installing chromium failed (see above): the browser tests will fail');
}

function run(root, command, args) {
  const script = COMMANDS[command];
  // `start` runs in its own process group with an IPC channel: a terminal Ctrl-C reaches only us, and start.ts
  // stops the services in order (it also stops if we die: the channel closes). `test` stays in the terminal's
  // group so Ctrl-C reaches nx and jest directly.
  const detached = command === 'start' && process.platform !== 'win32';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.runtime.json') },
    stdio: detached ? ['ignore', 'inherit', 'inherit', 'ipc'] : 'inherit',
    detached,
  });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  child.on('error', (err) => {
    say(`cannot run ${script}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.removeListener(s, forward);
    if (signal) {
      process.kill(process.pid, signal); // die the same way, so callers see the signal
      return;
    }
    process.exit(code ?? 1);
  });
}

function main() {
  const root = path.resolve(__dirname, '../../..');
  const [command, ...args] = process.argv.slice(2);
  if (!COMMANDS[command]) {
    say(`usage: bootstrap.cjs ${Object.keys(COMMANDS).join('|')} [args...]`);
    process.exit(2);
  }
  const reason = installReason(root);
  if (reason) install(root, reason);
  if (command === 'test') ensureChromium();
  run(root, command, args);
}

if (require.main === module) main();
module.exports = { installReason, stampFile };
