// Unit tests of the bench/drill helpers (*.spec.ts) by default; the `e2e` target runs the short drill
// (*.e2e-spec.ts: the whole system as processes on a private Postgres and NATS, faults injected under load).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'bench',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 300_000,
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
};
