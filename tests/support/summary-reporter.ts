import type { Reporter, TestModule } from 'vitest/node';

/**
 * Closes the run with plain lines any CI can read: which databases the suite ran on, and
 * `Tests: N passed, N failed, N skipped`.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const projects = new Set<string>();
    for (const module of testModules) {
      projects.add(module.project.name);
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed += 1;
      for (const test of module.children.allTests()) {
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
    console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
