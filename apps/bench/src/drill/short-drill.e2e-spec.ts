import { workspaceRoot } from '@motcua/testing';
import { writeResults } from '../report/console';
import { shortPlan } from './plans';
import { printDrill } from './print-drill';
import { runDrill, type DrillReport } from './run-drill';

/**
 * The short fault drill (`npm run drill -- --short`): the whole system on a private Postgres and a private 3-node
 * NATS cluster (R3), a steady load of dossiers over HTTP, and one fault of each kind — SIGKILL intake, SIGKILL
 * relay, SIGKILL the NATS node leading intake's stream, an immediate Postgres restart. Behaviour only: nothing
 * lost, nothing doubled. Recovery times are printed and written to .reports, never asserted.
 */
describe('short fault drill: nothing lost, nothing doubled', () => {
  const plan = shortPlan();
  let report: DrillReport;

  beforeAll(async () => {
    const log = (m: string): void => void process.stdout.write(`${m}\n`);
    report = await runDrill(plan, log, () => undefined);
    log(printDrill(report));
    log(`[drill] results: ${writeResults(workspaceRoot(), 'drill-short', { kind: 'drill', runs: [report] })}`);
  }, 330_000);

  it('accepted dossiers under load and completed every one of them', () => {
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.refused.samples).toEqual([]);
    expect({ completed: report.completed, lost: report.lost }).toEqual({ completed: report.accepted, lost: 0 });
  });

  it('doubled nothing: one dossier per idempotency key, one transfer, every slip entry, timeline event and message as often as when nothing breaks', () => {
    expect(report.duplicatedSamples).toEqual([]);
    expect({ duplicated: report.duplicated, unknown: report.unknown }).toEqual({ duplicated: 0, unknown: 0 });
  });

  it.each(plan.faults.map((f, i) => [f, i]))('after fault %s every dossier accepted before it was undone reached its final state', (_name, i) => {
    const outcome = report.faults[i as number];
    expect(outcome).toBeDefined();
    expect(outcome.healthyAfterMs).toBeDefined();
    expect({ fault: outcome.fault, notFinal: outcome.notFinal, stuckAt: outcome.stuckAt, duplicated: outcome.duplicated }).toEqual({
      fault: outcome.fault,
      notFinal: 0,
      stuckAt: {},
      duplicated: 0,
    });
  });

  it('left no dead letters, no unpublished outbox rows and no unacknowledged messages', () => {
    expect(report.deadLetters).toEqual([]);
    expect(report.final.outboxBacklog).toEqual({});
    expect(report.final.consumerBacklog).toEqual({});
  });
});
