// Unit tests (*.spec.ts) by default; the integration target picks *.int-spec.ts with --testMatch (see project.json).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'devtools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/../../libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/jest/global-teardown.ts',
};
