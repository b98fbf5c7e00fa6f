// Unit tests of the web app's pure logic (validation, deadlines, navigation, error mapping): plain TS, no DOM.
// The screens themselves are tested in a real browser by apps/web-e2e.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
