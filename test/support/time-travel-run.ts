import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TIME_SENSITIVE_TESTS, TIME_TRAVEL_INSTANTS, faketimeEnv, type TimeTravelInstant } from './time-travel.ts';

/**
 * The time-sensitive tests, rerun with the system clock faked by Debian's libfaketime (LD_PRELOAD) at
 * the instants where date arithmetic goes wrong: weekends, bank holidays, just before midnight in
 * London, either side of the clock changes, new year. Each instant runs the files in a child vitest on
 * PGlite only: PGlite runs inside the faked Node process, so its now() is faked too, while a PostgreSQL
 * server is a separate process whose clock would disagree with the app's. CI installs faketime
 * (.ci/run), so this never skips there; run it alone with `npm run test:time`. The instants are split
 * over three test files (test/integration/time-travel-*.test.ts) by their group, so the test runner
 * spreads them over its workers instead of running ten in a row.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITEST = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const MISSING =
  'faketime is not installed (Debian/Ubuntu: sudo apt-get install faketime); CI installs it, so this runs there';

const faketimeInstalled = spawnSync('faketime', ['--help'], { stdio: 'ignore' }).error === undefined;
// CI must prove it: a machine without faketime fails there instead of skipping.
const mustRun = Boolean(process.env.CI);
// A child run must not start children of its own.
const insideTimeTravel = Boolean(process.env.LINKWORK_TIME_TRAVEL);

interface Run {
  status: number | null;
  output: string;
}

function runFaked(instant: TimeTravelInstant, args: readonly string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a run that hangs is stopped with everything it started.
    const child = spawn('faketime', [`${instant.utc} UTC`, ...args], {
      cwd: ROOT,
      env: faketimeEnv(process.env, instant),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      output += `\nStopped after ${timeoutMs / 1000} seconds.`;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** Skips without faketime, except under CI, which must prove the dates hold and so fails instead. */
function needFaketime(skip: (condition: boolean, note?: string) => void): void {
  if (faketimeInstalled) return;
  if (mustRun) throw new Error(`${MISSING}. CI=true is set, so this fails rather than skips.`);
  skip(true, MISSING);
}

/** The part of a vitest run's output that says what failed, short enough to read in a CI log. */
function failures(output: string): string {
  const from = output.search(/Failed Tests|FAIL |Error:/);
  const text = from >= 0 ? output.slice(from) : output;
  return text.length > 12_000 ? `${text.slice(0, 12_000)}\n…` : text;
}

/**
 * Registers the faked-date runs of one group of instants (and, for one group, the check that faketime
 * moves Node's clock and PGlite's now() together). Call it at the top level of a test file.
 */
export function describeTimeTravel(group: TimeTravelInstant['group'], options: { probe?: boolean } = {}): void {
  describe.skipIf(insideTimeTravel)(`time-sensitive tests at a faked system date: ${group} (faketime, PGlite)`, () => {
    if (options.probe) {
      it("fakes the date of Node and of PGlite's now() together", async ({ skip }) => {
        needFaketime(skip);
        const instant = TIME_TRAVEL_INSTANTS.find((i) => i.utc === '2027-06-27 23:30:00')!;
        const probe = `import { PGlite } from '@electric-sql/pglite';
          const db = new PGlite();
          const { rows } = await db.query("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS at");
          console.log(JSON.stringify({ node: new Date().toISOString().slice(0, 16).replace('T', ' '), pglite: rows[0].at }));
          await db.close();`;
        const run = await runFaked(instant, [process.execPath, '--input-type=module', '-e', probe], 60_000);
        expect(run.status, run.output).toBe(0);
        const seen = JSON.parse(run.output.trim().split('\n').at(-1)!) as { node: string; pglite: string };
        expect(seen.node).toBe('2027-06-27 23:30');
        expect(seen.pglite).toMatch(/^2027-06-27 23:3[01]$/);
      }, 90_000);
    }

    for (const instant of TIME_TRAVEL_INSTANTS.filter((i) => i.group === group)) {
      it(`pass on ${instant.label}: ${instant.utc} UTC, TZ=${instant.tz}`, async ({ skip }) => {
        needFaketime(skip);
        const run = await runFaked(
          instant,
          [process.execPath, VITEST, 'run', '--project', 'unit', '--maxWorkers=1', ...TIME_SENSITIVE_TESTS],
          540_000,
        );
        expect(run.status, `Under faketime at ${instant.utc} UTC (${instant.label}):\n${failures(run.output)}`).toBe(0);
        const summary = run.output
          .split('\n')
          .filter((line) => /^\s*(Tests|Duration)\s/.test(line))
          .map((line) => line.trim())
          .join('; ');
        console.log(`time travel to ${instant.utc} UTC (${instant.label}): ${summary}`);
      }, 600_000);
    }
  });
}
