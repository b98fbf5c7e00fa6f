import { fmt, table } from '../report/console';
import type { DrillReport } from './run-drill';

const s = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : `${fmt(ms / 1000, 1)} s`);

/** The drill's tables: one row per fault, then the totals and whatever went wrong. */
export function printDrill(r: DrillReport): string {
  const out: string[] = [];
  out.push(
    table(
      [
        ['fault', 'target', 'healthy after', 'recovered after', 'intake gap', 'checked', 'not final', 'duplicated', 're-sent', 'dead letters'],
        ...r.faults.map((f) => [
          f.fault,
          f.target,
          s(f.healthyAfterMs),
          f.recoveredAfterMs === undefined ? 'NOT within the wait' : s(f.recoveredAfterMs),
          s(f.intakeGapMs),
          f.acceptedBefore,
          f.notFinal,
          f.duplicated,
          f.resent,
          f.deadLetters,
        ]),
      ],
      `\nFaults (${r.topology === 'cluster' ? '3-node NATS cluster, streams R3' : 'single NATS node'}; load ${r.plan.rate} dossiers/s; each fault lasts ${fmt(r.plan.downMs / 1000, 0)} s)\n` +
        '  healthy after: fault → every /health/ready answers; recovered after: fault → every dossier accepted before it was undone is final;\n' +
        '  intake gap: longest time without a receipt around the fault; checked: dossiers accepted before it was undone',
    ),
  );
  out.push(
    table(
      [
        ['dossiers', 'count'],
        ['offered', r.offered],
        ['accepted (201)', r.accepted],
        ['accepted after retries with the same key', r.submitAttempts.retried],
        ['refused (4xx)', r.refused.count],
        ['client gave up (no 201 before its deadline)', r.gaveUp],
        [
          `completed (handed over; ${Object.keys(r.baseline.profile.timeline).length} timeline events, ${Object.values(r.baseline.profile.handoverSteps).reduce((a, b) => a + b, 0)} slip entries, ${Object.values(r.baseline.profile.deliveries).reduce((a, b) => a + b, 0)} messages, as often as without faults)`,
          r.completed,
        ],
        ['lost (must be 0)', r.lost],
        ['duplicated (must be 0)', r.duplicated],
        ['in intake but never acknowledged to a desk', r.unknown],
        ['messages re-sent to the provider under one delivery id', r.resent],
        ['dead letters', r.deadLetters.length],
      ],
      `\nTotals (${fmt(r.durationMs / 1000, 0)} s; procedure ${r.procedure}; before the first fault ${r.baseline.dossiers} dossiers settled ${s(r.baseline.lifecycleP50Ms) ?? '—'} after the cut)`,
    ),
  );
  if (r.lostSamples.length) out.push(`\nNot final (first ${r.lostSamples.length}): ${r.lostSamples.map((v) => `${v.code} at "${v.stage}"`).join('; ')}`);
  if (r.duplicatedSamples.length) out.push(`\nDoubled (first ${r.duplicatedSamples.length}): ${r.duplicatedSamples.map((v) => `${v.code}: ${v.doubled.join(', ')}`).join('; ')}`);
  if (r.deadLetters.length) out.push(`\nDead letters:\n${r.deadLetters.map((d) => `  #${d.seq} ${d.consumer} ${d.subject}: ${d.error}`).join('\n')}`);
  if (r.selfExits.length) out.push(`\nServices that exited by themselves (restarted by the supervisor):\n${r.selfExits.map((e) => `  at ${e.atS} s: ${e.note}`).join('\n')}`);
  if (r.serviceErrors.length) out.push(`\nErrors the services logged (grouped):\n${r.serviceErrors.slice(0, 12).map((e) => `  ${String(e.count).padStart(4)} × ${e.service}: ${e.msg}`).join('\n')}`);
  if (Object.keys(r.final.outboxBacklog).length) out.push(`\nOutbox rows never published: ${JSON.stringify(r.final.outboxBacklog)}`);
  if (Object.keys(r.final.consumerBacklog).length) out.push(`\nMessages never acknowledged: ${JSON.stringify(r.final.consumerBacklog)}`);
  out.push(r.passed ? '\nPASSED: nothing lost, nothing doubled' : `\nFAILED:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
  return out.join('\n');
}
