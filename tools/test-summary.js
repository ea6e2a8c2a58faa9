// Adds up the jest result files of one run into a single closing line that CI can read.
const { existsSync, readFileSync } = require('node:fs');

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing result file ${file}: that part of the suite did not run`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  console.log(
    `${file}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numTotalTestSuites} suites`,
  );
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
