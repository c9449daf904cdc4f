import type { TestSpecification } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { LongFilesFirstSequencer } from '../support/sequencer.ts';

/** What the runner's sequencer reads of a file: its path and its project's settings. */
function spec(moduleId: string, groupOrder = 0, name = 'unit'): TestSpecification {
  return {
    moduleId,
    project: { name, config: { sequence: { groupOrder }, isolate: true } },
  } as unknown as TestSpecification;
}

/** A clean clone: no earlier results, only file sizes (larger files first). */
function sequencer(sizes: Record<string, number>): LongFilesFirstSequencer {
  const ctx = {
    config: { root: '/repo' },
    cache: {
      getFileTestResults: () => undefined,
      getFileStats: (key: string) => {
        const size = sizes[key.replace(/^\w+:/, '')];
        return size === undefined ? undefined : { size };
      },
    },
  };
  return new LongFilesFirstSequencer(ctx as never);
}

describe('the test sequencer', () => {
  it('starts the faked-date files first, then the others largest first, and keeps the browser journeys last', async () => {
    const files = [
      spec('/repo/test/integration/small.test.ts'),
      spec('/repo/test/e2e/journey.test.ts', 1, 'e2e'),
      spec('/repo/test/integration/time-travel-midnight.test.ts'),
      spec('/repo/test/integration/large.test.ts'),
    ];
    const sizes = {
      'test/integration/small.test.ts': 1_000,
      'test/e2e/journey.test.ts': 50_000,
      'test/integration/time-travel-midnight.test.ts': 200,
      'test/integration/large.test.ts': 40_000,
    };
    const order = (await sequencer(sizes).sort(files)).map((f) => f.moduleId.replace('/repo/', ''));
    expect(order).toEqual([
      'test/integration/time-travel-midnight.test.ts',
      'test/integration/large.test.ts',
      'test/integration/small.test.ts',
      'test/e2e/journey.test.ts',
    ]);
  });
});
