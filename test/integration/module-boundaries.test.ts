import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The rule `npm run lint` enforces, run by the suite too, so every clean run checks it (docs/ARCHITECTURE.md). */
describe('the module boundaries', () => {
  it('hold: every module used through its front door, platform independent of modules, no import cycle between files of the modules', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
        'src',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err-long',
      ],
      { timeout: 120_000 },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`${error.stderr ?? ''}${error.stdout ?? ''}`);
    });
    expect(stdout).toContain('no dependency violations found');
  }, 150_000);
});
