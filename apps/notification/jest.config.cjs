const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'notification',
  rootDir: __dirname,
  // Contract classes carry class-transformer decorators, which need the Reflect metadata API loaded first.
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
