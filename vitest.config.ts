import { defineConfig } from 'vitest/config';
import { LongFilesFirstSequencer } from './test/support/sequencer.ts';

export default defineConfig({
  test: {
    sequence: { sequencer: LongFilesFirstSequencer },
    // Two files at once, whatever the core count (the browser journeys still run one at a time): on two cores
    // the runner's default is one, and much of a file's time is spent waiting on PostgreSQL, a child process or
    // a timer (measured: 14 integration files took 152 s one at a time, 99 s two at a time, 101 s three at a time).
    // `--maxWorkers` on the command line still overrides it, as the faked-date child runs do.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // After the unit project, not beside it: two cores shared with PGlite make browser timing flaky.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
