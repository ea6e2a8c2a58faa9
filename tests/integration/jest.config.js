// End-to-end tests against real Kafka, PostgreSQL and Elasticsearch and the five built apps.
// The engines and apps start once per run in global-setup.ts.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  testSequencer: '<rootDir>/test-sequencer.js',
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
};
