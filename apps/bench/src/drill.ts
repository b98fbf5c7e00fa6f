// `npm run drill [-- options]`: nothing lost, nothing doubled, whatever dies.
// Under a steady, bounded load over HTTP (loopback only), on a private Postgres and private nats-server(s):
//   single node (as `npm start` runs it): SIGKILL each service in turn and restart it, restart NATS, restart
//   Postgres; then a 3-node cluster with R3 streams (as docker-compose runs it): SIGKILL one node (the leader
//   of intake's stream) and bring it back, then restart every node.
// After each fault and at the end every accepted dossier must be final, every effect exactly once; prints the
// tables and writes .reports/drill-<timestamp>.json. Exit code 1 when anything was lost or doubled.
import { SERVICE_NAMES, workspaceRoot } from '@motcua/testing';
import { longPlans, shortPlan } from './drill/plans';
import { machine, Progress, writeResults } from './report/console';
import { parseArgs, positive } from './report/args';
import type { FaultName } from './drill/faults';
import { printDrill } from './drill/print-drill';
import { runDrill, type DrillReport } from './drill/run-drill';

const USAGE = `usage: npm run drill -- [options]
  --short               the version the test suite runs (3-node cluster; intake, relay, a NATS node, Postgres)
  --topology=T          single | cluster | both (default both)
  --faults=a,b          faults, in order: service names, nats, nats-node (cluster only), postgres
  --rate=N              dossiers offered per second (default 10)
  --down-seconds=N      how long each fault lasts (default 3)
  --verbose             show the services' logs`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), { short: 'flag', topology: 'value', faults: 'value', rate: 'value', 'down-seconds': 'value', verbose: 'flag', help: 'flag' });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const topology = (args.topology ?? 'both') as 'single' | 'cluster' | 'both';
  if (!['single', 'cluster', 'both'].includes(topology)) throw new Error(`--topology must be single, cluster or both`);
  const known = new Set<string>([...SERVICE_NAMES, 'nats', 'nats-node', 'postgres']);
  const faults = typeof args.faults === 'string' ? (args.faults.split(',').map((f) => f.trim()) as FaultName[]) : undefined;
  for (const f of faults ?? []) if (!known.has(f)) throw new Error(`unknown fault ${f} (known: ${[...known].join(', ')})`);
  const plans = args.short
    ? [shortPlan()]
    : longPlans({ topology, faults, rate: positive(args.rate, 10), downMs: positive(args['down-seconds'], 3) * 1000 });
  for (const p of plans) {
    p.verbose = Boolean(args.verbose);
    if (p.topology === 'single' && p.faults.includes('nats-node')) throw new Error('nats-node needs the cluster topology');
  }

  const out = new Progress();
  const say = (m: string): void => out.say(m);
  const reports: DrillReport[] = [];
  for (const plan of plans) {
    say(`[drill] ${plan.topology === 'cluster' ? '3-node NATS cluster (R3)' : 'single NATS node'}: faults ${plan.faults.join(', ')}`);
    const report = await runDrill(plan, say, (t) => out.update(t), { handleSignals: true });
    out.done();
    say(printDrill(report));
    reports.push(report);
  }
  const file = writeResults(workspaceRoot(), 'drill', { kind: 'drill', machine: machine(), finishedAt: new Date().toISOString(), runs: reports });
  say(`\n[drill] results: ${file}`);
  return reports.every((r) => r.passed) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`[drill] failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
