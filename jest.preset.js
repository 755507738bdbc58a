const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // Jest's 5 s default is too tight for component tests on a loaded 2-core CI machine (a harness
  // test took over 5 s at load 25); a test that hangs still fails, with its own message.
  testTimeout: 30_000,
  reporters: ['default', join(__dirname, 'tools/jest/summary-reporter.cjs')],
};
