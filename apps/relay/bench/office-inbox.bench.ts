/**
 * How fast the office inbox answers with 100,000 open transfers: seeds a throwaway database (relay's own
 * migrations), then times the inbox's queries as the office uses them. Prints figures; asserts nothing.
 *
 *   SWC_NODE_PROJECT=tsconfig.runtime.json node -r @swc-node/register apps/relay/bench/office-inbox.bench.ts [transfers]
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createServiceDataSource, messagingTablesMigration, migrateUnderLock } from '@motcua/persistence';
import { createTestDatabase } from '@motcua/testing';
import { createVietnamLegalCalendar } from '@motcua/working-days';
import { deadlineThresholds } from '../src/deadline-alerts/deadline-thresholds';
import { Transfers1763700000300 } from '../src/migrations/1763700000300-transfers';
import { OfficeWorkflow1763700000310 } from '../src/migrations/1763700000310-office-workflow';
import { TransferRepository, type InboxFilter } from '../src/transfers/transfer-repository';

const TOTAL = Number(process.argv[2] ?? 100_000);
const OFFICES = 50; // one district office holds a fiftieth… except the busiest, which gets a fifth
const ROUNDS = 50;

async function main(): Promise<void> {
  const db = await createTestDatabase();
  const ds = createServiceDataSource({ url: db.url, schema: 'relay', migrations: [messagingTablesMigration('relay'), Transfers1763700000300, OfficeWorkflow1763700000310], poolSize: 2 });
  try {
    await ds.initialize();
    await migrateUnderLock(ds, 'relay');
    const seedStart = performance.now();
    await ds.query(
      `INSERT INTO relay.transfers (id, dossier_code, procedure_code, receiving_unit_code, from_unit_code, to_unit_code, status,
         sent_at, due_at, return_budget_working_days, assigned_to)
       SELECT gen_random_uuid(), 'X-' || g, '1.001612', 'c' || (g % 500), 'c' || (g % 500),
              CASE WHEN g % 5 = 0 THEN 'busy' ELSE 'o' || (g % $2) END,
              (ARRAY['sent', 'acknowledged', 'awaiting-approval'])[1 + g % 3],
              now() - (g % 30) * interval '1 day', now() + ((g % 41) - 10) * interval '1 day', 1,
              CASE WHEN g % 4 = 0 THEN 'handler.' || (g % 7) END
         FROM generate_series(1, $1) g`,
      [TOTAL, OFFICES],
    );
    await ds.query('ANALYZE relay.transfers');
    const seedMs = performance.now() - seedStart;

    const repo = new TransferRepository(ds);
    const { lateBefore, nearBefore } = deadlineThresholds(new Date(), createVietnamLegalCalendar());
    const cases: [string, InboxFilter, number][] = [
      ['first page, all open', {}, 1],
      ['page 100', {}, 100],
      ['status = acknowledged', { status: 'acknowledged' }, 1],
      ['assigned to me', { assignedTo: 'handler.3' }, 1],
      ['late', { dueBefore: lateBefore }, 1],
      ['near-late', { dueFrom: lateBefore, dueBefore: nearBefore }, 1],
    ];
    console.log(`office inbox over ${TOTAL.toLocaleString('en')} open transfers (seeded in ${(seedMs / 1000).toFixed(1)} s); busiest office holds ${(TOTAL / 5).toLocaleString('en')}`);
    console.log('query                      rows   p50 ms   p95 ms   max ms');
    for (const [name, filter, page] of cases) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        const result = await repo.inbox('busy', filter, page, 50);
        times.push(performance.now() - t);
        rows = result.total;
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1).padStart(8);
      console.log(`${name.padEnd(24)} ${String(rows).padStart(6)} ${at(0.5)} ${at(0.95)} ${at(1)}`);
    }
  } finally {
    await ds.destroy().catch(() => undefined);
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
