// Integration tests: the service booted in-process against the real Postgres and NATS (see libs/testing).
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'tracking:integration',
  rootDir: __dirname,
  // Contract classes carry class-transformer decorators, which need the Reflect metadata API loaded first.
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  testTimeout: 60_000,
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
};
