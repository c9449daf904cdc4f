import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files known to take minutes: each time-travel file reruns the time-sensitive tests at several faked
 * dates in child runs. Without a record of earlier durations (a clean clone, as in CI) the runner starts
 * the largest files first, and these small files came last, leaving one worker busy with them long
 * after the other had finished.
 */
const LONG = /\/time-travel-[\w-]+\.test\.ts$/;

/** The runner's own order (failed, then longest, first; else largest first), with the known-long files at the front. */
export class LongFilesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => LONG.test(f.moduleId)), ...sorted.filter((f) => !LONG.test(f.moduleId))];
  }
}
