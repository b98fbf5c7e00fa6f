// Integration: the gateway in-process against the real Postgres and NATS, downstream services stubbed on NATS.
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'gateway-integration',
  rootDir: __dirname,
  // libs/contracts uses class-transformer decorators, which need Reflect.getMetadata before it loads.
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/{src,test}/**/*.int-spec.ts'],
  testTimeout: 60_000,
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
};
