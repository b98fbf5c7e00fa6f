const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'working-days',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
