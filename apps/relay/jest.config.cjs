module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'relay',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 90_000,
};
