/** Importing the English Indices of Deprivation (File 1) as reference data, from the console. */
import type { AppContext } from '../../../../context.ts';
import type { ImdRelease } from '../../../../db/tables/deprivation.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import type { ImdLine, ImdProblem, ImdRow } from '../imd-columns.ts';
import { countDeprivationRows, recordDeprivationImport, upsertDeprivationRows } from '../deprivation.repository.ts';

/** Rows per INSERT: well under the 65,535 parameter limit (7 a row). */
export const DEPRIVATION_BATCH_SIZE = 1000;

export interface DeprivationImportReport {
  source: string;
  /** The release the file's header named; null when no row was read. */
  release: ImdRelease | null;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows with a problem, not stored. */
  skipped: number;
  problems: ImdProblem[];
  /** LSOAs the release holds after the import. */
  total: number;
}

/**
 * Imports File 1 of the English Indices of Deprivation: good rows are upserted in batches, bad rows are skipped
 * and reported with their line, column and reason. The whole file, the release's import record and the audit row
 * commit in one transaction, so a failure part-way leaves nothing half-written. Only the console (a system actor,
 * which the type requires) imports: reference data shared by every scheme, like the postcodes.
 */
export async function importDeprivation(
  ctx: AppContext,
  actor: SystemActor,
  source: string,
  lines: AsyncIterable<ImdLine>,
  progress: (message: string) => void = () => {},
): Promise<DeprivationImportReport> {
  const report: DeprivationImportReport = {
    source,
    release: null,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    problems: [],
    total: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    // Keyed by LSOA code: a code listed twice in one batch keeps its last row (one INSERT may not touch a row twice).
    let batch = new Map<string, ImdRow>();
    let read = 0;
    let reported = 0;
    const flush = async () => {
      const writes = await upsertDeprivationRows(trx, [...batch.values()]);
      report.created += writes.created;
      report.updated += writes.updated;
      report.unchanged += writes.unchanged;
      batch = new Map();
      // File 1 is about 33,000 rows: a line every 10,000 shows progress without flooding the console.
      if (read - reported >= 10_000) {
        reported = read;
        progress(`${read.toLocaleString('en-GB')} rows read…`);
      }
    };
    for await (const line of lines) {
      read++;
      if ('problem' in line) {
        report.skipped++;
        report.problems.push(line.problem);
        continue;
      }
      report.release = line.row.release;
      batch.set(line.row.lsoaCode, line.row);
      if (batch.size >= DEPRIVATION_BATCH_SIZE) await flush();
    }
    if (batch.size > 0) await flush();
    if (report.release) {
      report.total = await countDeprivationRows(trx, report.release);
      await recordDeprivationImport(trx, report.release, source, report.total);
    }
    await recordAudit(trx, actor, {
      action: 'deprivation.import',
      recordType: 'deprivation_indices',
      detail: {
        source,
        release: report.release,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped,
      },
    });
  });
  return report;
}
