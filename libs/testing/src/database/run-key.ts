import { hostname } from 'node:os';

/**
 * Identifies one test run, to share run-scoped templates between test files.
 * `MOTCUA_TEST_RUN_ID` (set by `npm test` and by the jest global setup) when present, otherwise this OS
 * process (jest re-evaluates modules per test file, but the worker process stays the same).
 */
export function runKey(): string {
  const fromEnv = process.env.MOTCUA_TEST_RUN_ID;
  if (fromEnv) return fromEnv;
  const started = Math.round(Date.now() / 1000 - process.uptime());
  return `${hostname()}:${process.pid}:${started}`;
}
