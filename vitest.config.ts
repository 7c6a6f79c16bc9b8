import { defineConfig } from 'vitest/config';

const unitFiles = ['src/**/*.test.ts', 'tests/**/*.test.ts'];
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * The unit and API suite runs once per database: always on SQLite, and on PostgreSQL too when
 * TEST_DATABASE_URL is set. Browser journeys (tests/e2e) are their own project.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'sqlite', include: unitFiles, env: { TEST_DB: 'sqlite' }, testTimeout: 20_000, hookTimeout: 30_000 },
      },
      ...(onPostgres
        ? [
            {
              test: {
                name: 'postgres',
                include: unitFiles,
                env: { TEST_DB: 'postgres' },
                testTimeout: 20_000,
                hookTimeout: 30_000,
                globalSetup: ['./tests/support/pg-global-setup.ts'],
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['./tests/e2e/support/build-web.ts'],
        },
      },
    ],
  },
});
