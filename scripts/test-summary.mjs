#!/usr/bin/env node
// Prints a one-line summary of one or more vitest JSON reports:
//   N passed, N failed[, N skipped]
// and exits non-zero when anything failed or when no test ran at all.
// A test file that failed without a failing test (it did not load, or a
// beforeAll/afterAll hook threw) counts as one failure, so it cannot hide.
//
// Usage: node scripts/test-summary.mjs report.json [more-report.json ...]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/test-summary.mjs <vitest-json-report> [...]');
  process.exit(2);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`cannot read test report ${file}: ${error instanceof Error ? error.message : error}`);
    failed += 1;
    continue;
  }
  const failedBefore = failed;
  for (const suite of report.testResults ?? []) {
    let failedInSuite = 0;
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') {
        failed += 1;
        failedInSuite += 1;
        problems.push(`FAIL ${relative(process.cwd(), suite.name ?? '?')} > ${test.fullName ?? test.title}`);
      } else skipped += 1; // skipped, pending, todo, disabled
    }
    if (suite.status === 'failed' && failedInSuite === 0) {
      failed += 1;
      const why = String(suite.message || 'failed outside any test (load error or hook)').split('\n')[0];
      problems.push(`FAIL ${relative(process.cwd(), suite.name ?? '?')}: ${why}`);
    }
  }
  if (report.success === false && failed === failedBefore) {
    // vitest marks the run unsuccessful for errors outside tests (e.g. unhandled rejections).
    failed += 1;
    problems.push(`vitest reported the run in ${file} as unsuccessful (errors outside any test)`);
  }
}

for (const line of problems) console.log(line);
if (passed + failed === 0) console.log('no test ran');

let summary = `${passed} passed, ${failed} failed`;
if (skipped > 0) summary += `, ${skipped} skipped`;
console.log(summary);

process.exit(failed > 0 || passed + failed === 0 ? 1 : 0);
