// `npm test`: every jest run of the repo through Nx, in three phases that all run whatever failed before:
//   1. nx run-many -t test         (unit, *.spec.ts, pure, 2 projects at a time)
//   2. nx run-many -t integration  (*.int-spec.ts, real Postgres + NATS, one project at a time, jest in band)
//   3. nx run-many -t e2e          (apps/e2e, *.e2e-spec.ts, services as processes, in band)
// then per-project counts and, as the very last line, `N passed, N failed` summed over all jest runs
// ("failed" includes suites that failed to run and runs that left no report). Exit code 1 if anything failed
// or if no test ran at all.
//
// Convention every project.json follows (nx:run-commands, run from the workspace root): each jest run writes
// its JSON report to .reports/<project>-<target>.json, which this script reads.
//
//   "test": {
//     "executor": "nx:run-commands",
//     "options": { "command": "mkdir -p .reports && jest -c {projectRoot}/jest.config.cjs --passWithNoTests --json --outputFile=.reports/{projectName}-test.json" }
//   },
//   "integration": {
//     "executor": "nx:run-commands",
//     "options": { "command": "mkdir -p .reports && jest -c {projectRoot}/jest.config.cjs --runInBand --forceExit --passWithNoTests --testMatch '**/*.int-spec.ts' --json --outputFile=.reports/{projectName}-integration.json" }
//   },
//   "e2e" (apps/e2e only): {
//     "executor": "nx:run-commands",
//     "options": { "command": "mkdir -p .reports && jest -c {projectRoot}/jest.config.cjs --runInBand --forceExit --passWithNoTests --testMatch '**/*.e2e-spec.ts' --json --outputFile=.reports/{projectName}-e2e.json" }
//   }
//
// and jest.config.cjs (unit tests by default; the targets above choose the tier with --testMatch):
//   module.exports = { ...require('../../jest.preset.cjs'), displayName: '<project>', rootDir: __dirname,
//     testMatch: ['<rootDir>/src/**/*.spec.ts'],
//     globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',       // if it uses @motcua/testing
//     globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts' };
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resolvePostgres, sweepTestDatabases, workspaceRoot } from '@motcua/testing';
import { countReport, summarize, type ReportRow } from './jest-report';

interface Phase {
  target: string;
  args: string[];
}

const PHASES: Phase[] = [
  { target: 'test', args: ['--parallel=2'] },
  { target: 'integration', args: ['--parallel=1'] },
  { target: 'e2e', args: ['--parallel=1'] },
];

const root = workspaceRoot();
const reportsDir = path.join(root, '.reports');
const nxBin = path.join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
const say = (m: string): void => void process.stdout.write(`[motcua] ${m}\n`);

let interrupted = false;
let current: ReturnType<typeof spawn> | undefined;

function projectsWithTarget(target: string, env: NodeJS.ProcessEnv): string[] | Error {
  const r = spawnSync(process.execPath, [nxBin, 'show', 'projects', '--with-target', target, '--json'], { cwd: root, encoding: 'utf8', env });
  if (r.status !== 0) return new Error(`nx show projects failed: ${(r.stderr || r.stdout).trim()}`);
  try {
    return (JSON.parse(r.stdout) as string[]).sort();
  } catch {
    return new Error(`nx show projects printed no JSON: ${r.stdout.trim()}`);
  }
}

function runNx(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nxBin, ...args], { cwd: root, stdio: 'inherit', env });
    current = child;
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => {
      current = undefined;
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

function readReport(project: string, target: string): ReportRow {
  let text: string | undefined;
  try {
    text = readFileSync(path.join(reportsDir, `${project}-${target}.json`), 'utf8');
  } catch {
    text = undefined;
  }
  return countReport(project, target, text);
}

async function runPhase(phase: Phase, env: NodeJS.ProcessEnv): Promise<ReportRow[]> {
  const projects = projectsWithTarget(phase.target, env);
  if (projects instanceof Error) {
    return [{ project: '(nx)', target: phase.target, passed: 0, failed: 1, note: projects.message }];
  }
  if (projects.length === 0) {
    say(`no project has a '${phase.target}' target`);
    return [];
  }
  for (const p of projects) rmSync(path.join(reportsDir, `${p}-${phase.target}.json`), { force: true });
  say(`${phase.target}: ${projects.join(', ')}`);
  await runNx(['run-many', '-t', phase.target, '--output-style=static', '--skip-nx-cache', ...phase.args], env);
  return projects.map((p) => readReport(p, phase.target));
}

/** Drops the run-scoped templates and databases of this run (and leftovers of crashed runs). Best effort. */
async function sweep(run: string): Promise<void> {
  try {
    const pg = await resolvePostgres({ useContainers: false, probeTimeoutMs: 1000 });
    await sweepTestDatabases({ adminUrl: pg.url, run });
  } catch {
    // no Postgres reachable without containers: nothing of ours to sweep there
  }
}

async function main(): Promise<number> {
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted = true;
    current?.kill(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  mkdirSync(reportsDir, { recursive: true });
  const run = process.env.MOTCUA_TEST_RUN_ID ?? `npm-test-${randomBytes(6).toString('hex')}`;
  // Nx 23 otherwise shares its cache (terminal outputs included) in ~/.nx with every checkout and concurrent run
  // of this workspace, and a peer's cleanup crashes our run (ENOENT): this run gets its own, checkout-local.
  const nxCache = path.join(root, '.nx', 'test-runs', run);
  const env = {
    ...process.env,
    MOTCUA_TEST_RUN_ID: run,
    MOTCUA_TEST_RUN_OWNER: String(process.pid),
    NX_DAEMON: 'false',
    NX_CACHE_DIRECTORY: nxCache,
    NX_WORKSPACE_DATA_DIRECTORY: process.env.NX_WORKSPACE_DATA_DIRECTORY ?? path.join(root, '.nx', 'workspace-data'),
  };

  const rows: ReportRow[] = [];
  for (const phase of PHASES) {
    if (interrupted) break;
    rows.push(...(await runPhase(phase, env)));
  }
  await sweep(run);
  rmSync(nxCache, { recursive: true, force: true });

  const { lines, passed, failed } = summarize(rows);
  process.stdout.write(`\nTest results (per project and target):\n${lines.join('\n')}\n`);
  const extra = interrupted ? 1 : 0;
  if (interrupted) process.stdout.write('  interrupted: later phases did not run\n');
  process.stdout.write(`${passed} passed, ${failed + extra} failed\n`);
  return failed + extra > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stdout.write(`[motcua] ${err.stack ?? err.message}\n0 passed, 1 failed\n`);
    process.exit(1);
  },
);
