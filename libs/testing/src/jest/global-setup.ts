// jest `globalSetup` for suites that use the harness: one run id for every worker (they inherit our env), so
// run-scoped templates are built once per run. Infrastructure itself is resolved lazily by the tests.
// In a project's jest.config.cjs:
//   globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
//   globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
import { randomBytes } from 'node:crypto';

export default function globalSetup(): void {
  if (!process.env.MOTCUA_TEST_RUN_ID) {
    process.env.MOTCUA_TEST_RUN_ID = `jest-${randomBytes(6).toString('hex')}`;
    process.env.MOTCUA_TEST_RUN_OWNER = String(process.pid);
  }
}
