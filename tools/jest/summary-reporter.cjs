// Writes each Jest run's totals to test-results/jest/<name>.json, so that .ci/run can print one
// "N passed, N failed" line over every test of every project.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    // Named like the Nx project: libs/registry/api → registry-api, tools/audit → tools-audit,
    // apps/api → api.
    const relative = this.rootDir.slice(join(__dirname, '../..').length + 1);
    const name = relative.startsWith('libs/')
      ? relative.slice('libs/'.length).split('/').join('-')
      : relative.startsWith('tools/')
        ? relative.split('/').join('-')
        : relative.split('/').pop();
    const dir = join(__dirname, '../../test-results/jest');
    mkdirSync(dir, { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
