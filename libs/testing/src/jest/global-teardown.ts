// jest `globalTeardown`: drops this run's run-scoped templates and test databases, and leftovers of crashed
// runs older than 6 hours. Only when this jest process owns the run id (`npm test` sweeps its own at the end),
// and only on a Postgres given by the environment or the local default: never starts a container for this.
import { sweepTestDatabases } from '../database/sweep';
import { resolvePostgres } from '../infrastructure/resolve';

export default async function globalTeardown(): Promise<void> {
  const run = process.env.MOTCUA_TEST_RUN_ID;
  if (!run || process.env.MOTCUA_TEST_RUN_OWNER !== String(process.pid)) return;
  try {
    const pg = await resolvePostgres({ useContainers: false, probeTimeoutMs: 1000 });
    await sweepTestDatabases({ adminUrl: pg.url, run });
  } catch {
    // No Postgres (a unit-test run): nothing to sweep.
  }
}
