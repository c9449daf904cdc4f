/**
 * The ORUK import at scale: a generated file of N services in full (about 3.4 KB each)
 * imported into an empty directory, then imported again unchanged, then again with a tenth of the
 * services changed. Prints services a second for each (median of the runs), the peak resident
 * memory of the process, and as a ceiling the pace of reading and validating the same file without
 * writing. Each run imports into a fresh throwaway database (PGlite in memory, or a database created
 * on BENCH_DATABASE_URL's server and dropped afterwards).
 * This process's peak counts its own generating, reading and garbage too, so the import is also run as an
 * operator runs it, `linkwork directory import <file>` in a child process (bench/cli-import.ts), first into an
 * empty migrated directory and then unchanged: time from spawn to exit, the services a second the command
 * reports, and the child's own peak resident memory (VmHWM from /proc: Linux only).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrukSource } from '../src/modules/community/directory/oruk-source.ts';
import { validateOruk } from '../src/modules/community/directory/oruk-validate.ts';
import {
  importDirectory,
  type DirectoryImportReport,
} from '../src/modules/community/directory/use-cases/import-directory.ts';
import type { SystemActor } from '../src/platform/actor.ts';
import { openBenchContext } from './bench-database.ts';
import { openCliDatabase, runCliImport, type CliDatabase, type CliImportRun } from './cli-import.ts';
import { writeOrukServiceFile } from './generate-oruk-file.ts';
import { say } from './report.ts';

export interface DirectoryImportBenchOptions {
  services: number;
  runs: number;
  batch?: number;
}

const system: SystemActor = { kind: 'system', description: 'import benchmark', requestId: 'bench-directory-import' };
const MB = 1024 * 1024;
/** Caps V8's old space: without a cap V8 lets garbage grow the heap far past what the import holds live. */
const CAPPED_HEAP = '--max-old-space-size=256';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Samples resident memory while work runs: the peak, not just the end. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

function servicesPerSecond(report: DirectoryImportReport): number {
  const c = report.counts.service;
  return ((c?.created ?? 0) + (c?.updated ?? 0) + (c?.unchanged ?? 0)) / report.seconds;
}

function check(
  report: DirectoryImportReport,
  services: number,
  expect: { created: number; updated: number; unchanged: number },
  what: string,
): void {
  const c = report.counts.service;
  if (report.problems.length > 0)
    throw new Error(`${what}: ${report.problems.length} problems, first: ${JSON.stringify(report.problems[0])}`);
  if (
    !c ||
    c.created !== expect.created ||
    c.updated !== expect.updated ||
    c.unchanged !== expect.unchanged ||
    c.skipped !== 0
  ) {
    throw new Error(`${what}: expected ${JSON.stringify(expect)} of ${services} services, got ${JSON.stringify(c)}`);
  }
}

function checkCounts(
  c: { created: number; updated: number; unchanged: number; skipped: number },
  expect: { created: number; updated: number; unchanged: number },
  what: string,
): void {
  if (
    c.created !== expect.created ||
    c.updated !== expect.updated ||
    c.unchanged !== expect.unchanged ||
    c.skipped !== 0
  ) {
    throw new Error(`${what}: expected ${JSON.stringify(expect)}, got ${JSON.stringify(c)}`);
  }
}

/** Runs `work` on a fresh migrated throwaway database for the CLI, closed (dropped) however it ends. */
async function onCliDatabase<T>(
  work: (database: CliDatabase) => Promise<T>,
  seen?: (label: string) => void,
): Promise<T> {
  const database = await openCliDatabase();
  seen?.(database.label);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The first import into the empty directory, then (`times` 2) the same file again, unchanged. */
async function runCliImports(
  database: CliDatabase,
  file: string,
  nodeFlags: string[],
  services: number,
  times = 2,
): Promise<CliImportRun[]> {
  const first = await runCliImport(database, file, nodeFlags);
  checkCounts(
    first.services,
    { created: services, updated: 0, unchanged: 0 },
    `command-line first import ${nodeFlags.join(' ')}`,
  );
  if (times === 1) return [first];
  const again = await runCliImport(database, file, nodeFlags);
  checkCounts(
    again.services,
    { created: 0, updated: 0, unchanged: services },
    `command-line unchanged re-import ${nodeFlags.join(' ')}`,
  );
  return [first, again];
}

export async function runDirectoryImportBench(o: DirectoryImportBenchOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'linkwork-import-bench-'));
  try {
    const base = join(dir, 'services.json');
    const changedFile = join(dir, 'services_changed.json');
    const changed = Math.round(o.services / 10);
    const bytes = await writeOrukServiceFile(base, { services: o.services });
    await writeOrukServiceFile(changedFile, { services: o.services, changed, revision: 'revised' });
    say(
      `Generated ${o.services.toLocaleString('en-GB')} services in full: ${(bytes / MB).toFixed(1)} MB of ORUK JSON (and a copy with ${changed.toLocaleString('en-GB')} services changed).`,
    );

    // Ceiling: streaming, parsing and validating the file, with no database at all.
    const ceilings: number[] = [];
    for (let run = 0; run < o.runs; run++) {
      const started = performance.now();
      let n = 0;
      for await (const item of readOrukSource(base).items) {
        if (
          item.record &&
          validateOruk(item.record.kind, item.record.data).length === 0 &&
          item.record.kind === 'service'
        )
          n++;
      }
      ceilings.push(n / ((performance.now() - started) / 1000));
    }

    const first: number[] = [];
    const again: number[] = [];
    const partly: number[] = [];
    let label = '';
    let peakMb = 0;
    for (let run = 1; run <= o.runs; run++) {
      const bench = await openBenchContext();
      const ctx = bench.ctx;
      label = bench.label;
      try {
        const options = { batchSize: o.batch };
        const a = await withPeakRss(() => importDirectory(ctx, system, readOrukSource(base), options));
        check(a.result, o.services, { created: o.services, updated: 0, unchanged: 0 }, 'first import');
        const b = await withPeakRss(() => importDirectory(ctx, system, readOrukSource(base), options));
        check(b.result, o.services, { created: 0, updated: 0, unchanged: o.services }, 'unchanged re-import');
        const c = await withPeakRss(() => importDirectory(ctx, system, readOrukSource(changedFile), options));
        check(
          c.result,
          o.services,
          { created: 0, updated: changed, unchanged: o.services - changed },
          'partly changed re-import',
        );
        first.push(servicesPerSecond(a.result));
        again.push(servicesPerSecond(b.result));
        partly.push(servicesPerSecond(c.result));
        peakMb = Math.max(peakMb, a.peakMb, b.peakMb, c.peakMb);
        say(
          `  run ${run}/${o.runs}: first ${first.at(-1)!.toFixed(0)}/s (${a.result.seconds.toFixed(1)} s), unchanged ${again.at(-1)!.toFixed(0)}/s (${b.result.seconds.toFixed(1)} s), ` +
            `${changed} changed ${partly.at(-1)!.toFixed(0)}/s (${c.result.seconds.toFixed(1)} s); peak RSS ${Math.max(a.peakMb, b.peakMb, c.peakMb).toFixed(0)} MB`,
        );
      } finally {
        await bench.close();
      }
    }

    // The command-line import in a child process, on its own throwaway database each run.
    const cliFirst: CliImportRun[] = [];
    const cliAgain: CliImportRun[] = [];
    const cliCapped: CliImportRun[] = [];
    let cliLabel = '';
    for (let run = 1; run <= o.runs; run++) {
      const [a, b] = await onCliDatabase(
        (database) => runCliImports(database, base, [], o.services),
        (label) => {
          cliLabel = label;
        },
      );
      // The same first import with V8's old space capped, measured as a proposal (bin/linkwork.js does not set it).
      const [capped] = await onCliDatabase((database) => runCliImports(database, base, [CAPPED_HEAP], o.services, 1));
      cliFirst.push(a!);
      cliAgain.push(b!);
      cliCapped.push(capped!);
      say(
        `  command line ${run}/${o.runs}: first ${a!.reportedServicesPerSecond.toFixed(0)}/s reported, ${a!.wallSeconds.toFixed(1)} s spawn to exit, peak ${a!.peakMb.toFixed(0)} MB; ` +
          `unchanged ${b!.reportedServicesPerSecond.toFixed(0)}/s, ${b!.wallSeconds.toFixed(1)} s, peak ${b!.peakMb.toFixed(0)} MB; ` +
          `first with ${CAPPED_HEAP} ${capped!.reportedServicesPerSecond.toFixed(0)}/s, ${capped!.wallSeconds.toFixed(1)} s, peak ${capped!.peakMb.toFixed(0)} MB`,
      );
    }

    const ceiling = median(ceilings);
    const row = (name: string, rate: number) =>
      `| ${name.padEnd(34)} | ${rate.toFixed(0).padStart(10)} | ${`${((rate / ceiling) * 100).toFixed(0)}%`.padStart(10)} |`;
    say(
      `\nDatabase: ${label}. ${o.services.toLocaleString('en-GB')} services, batches of ${o.batch ?? 'the default'}; medians of ${o.runs} runs; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}.`,
    );
    say(`| ${''.padEnd(34)} | services/s | of ceiling |`);
    say(`|:${'-'.repeat(35)}|${'-'.repeat(11)}:|${'-'.repeat(11)}:|`);
    say(row('ceiling: read and validate only', ceiling));
    say(row('first import (empty directory)', median(first)));
    say(row('re-import, unchanged', median(again)));
    say(row(`re-import, ${changed} changed`, median(partly)));
    const cliRow = (name: string, runs: CliImportRun[]) =>
      `| ${name.padEnd(34)} | ${median(runs.map((r) => r.reportedServicesPerSecond))
        .toFixed(0)
        .padStart(10)} | ` +
      `${median(runs.map((r) => r.wallSeconds))
        .toFixed(1)
        .padStart(13)} | ${median(runs.map((r) => r.peakMb))
        .toFixed(0)
        .padStart(12)} |`;
    say(
      `\nThe same file through the command line (\`linkwork directory import\`, a child process per import; ${cliLabel.replace(/ \(.*$/, '')}; medians of ${o.runs} runs):`,
    );
    say(`| ${''.padEnd(34)} | services/s | spawn to exit | peak RSS, MB |`);
    say(`|:${'-'.repeat(35)}|${'-'.repeat(11)}:|${'-'.repeat(14)}:|${'-'.repeat(13)}:|`);
    say(cliRow('first import (empty directory)', cliFirst));
    say(cliRow('re-import, unchanged', cliAgain));
    say(cliRow(`first, ${CAPPED_HEAP}`, cliCapped));
    say(
      'services/s as the command reports it for the import itself; spawn to exit adds Node, the TypeScript loader, configuration and the database opening;' +
        ` peak RSS is the child's VmHWM (${label.startsWith('PostgreSQL') ? "the PostgreSQL server's own memory is not in it" : 'the embedded PGlite database is in it'}; Linux only).`,
    );
    say(
      `Peak resident memory of this process (file, import${label.startsWith('PGlite') ? ' and the embedded PGlite database' : ''}): ${peakMb.toFixed(0)} MB; maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
    );
    const target = median(first);
    if (label.startsWith('PostgreSQL') && target < 2000)
      say(`! first import ${target.toFixed(0)} services/s is below the 2,000 a second target`);
    // The 300 MB target is for the import on PostgreSQL: on PGlite the child holds the database too (PGlite alone is over 300 MB).
    const cliPeak = median(cliFirst.map((r) => r.peakMb));
    if (label.startsWith('PostgreSQL') && cliPeak > 300)
      say(`! the command-line first import's peak resident memory ${cliPeak.toFixed(0)} MB is above the 300 MB target`);
    const cliRate = median(cliFirst.map((r) => r.reportedServicesPerSecond));
    if (label.startsWith('PostgreSQL') && cliRate < 2000)
      say(`! the command-line first import's ${cliRate.toFixed(0)} services/s is below the 2,000 a second target`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
