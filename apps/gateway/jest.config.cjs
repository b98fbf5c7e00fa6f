const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'gateway',
  rootDir: __dirname,
  // libs/contracts uses class-transformer decorators, which need Reflect.getMetadata before it loads.
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
