import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe("the browser's API types", () => {
  it("match the server's route schemas (web/src/api/generated/openapi.ts is regenerated, not edited)", async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/generate-api-types.ts', '--check'], {
      timeout: 120_000,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`${error.stderr ?? ''}${error.stdout ?? ''}`);
    });
    expect(stdout).toContain("matches the server's route schemas");
  }, 150_000);
});
