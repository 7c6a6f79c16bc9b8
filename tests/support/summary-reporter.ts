import type { Reporter, TestModule } from 'vitest/node';

/**
 * Closes the run with plain lines any CI can read: which databases the suite ran on,
 * `Tests: N passed, N failed, N skipped`, and the files that failed outside any test (a hook such
 * as afterAll), which count as failures too.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const projects = new Set<string>();
    const failedOutsideTests: string[] = [];
    for (const module of testModules) {
      projects.add(module.project.name);
      const tests = [...module.children.allTests()];
      if (module.state() === 'failed' && !tests.some((test) => test.result().state === 'failed')) {
        counts.failed += 1;
        failedOutsideTests.push(module.moduleId);
      }
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const databases = ['sqlite', 'postgres'].filter((p) => projects.has(p)).map((p) => (p === 'sqlite' ? 'SQLite' : 'PostgreSQL'));
    console.log('');
    if (databases.length) console.log(`Databases: ${databases.join(' and ')}`);
    if (projects.has('e2e')) console.log('Browser journeys: Chromium');
    for (const file of failedOutsideTests) console.log(`Failed outside a test (setup or teardown): ${file}`);
    console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
