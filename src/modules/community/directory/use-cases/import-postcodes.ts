/** Importing postcode centroids for distance searches, from the console. */
import type { AppContext } from '../../../../context.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { authorize } from '../../../../platform/policy.ts';
import type { PostcodeLine, PostcodeProblem, PostcodeRow } from '../postcodes/postcode-csv-reader.ts';
import { countPostcodes, upsertPostcodes } from '../postcodes/postcodes.repository.ts';

/** Rows per INSERT: large enough to be fast, small enough to stay well under the 65,535 parameter limit (4 a row). */
export const POSTCODE_BATCH_SIZE = 1000;

export interface PostcodeImportReport {
  source: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows with a problem, not stored (includes those without a grid reference). */
  skipped: number;
  /** Of the skipped rows, those ONSPD marks as having no grid reference. */
  noGridReference: number;
  problems: PostcodeProblem[];
  /** Postcodes stored after the import. */
  total: number;
}

/**
 * Imports postcode centroids (ONS Postcode Directory CSV) for distance searches: good rows are
 * upserted in batches, bad rows are skipped and reported with their line, column and reason. The
 * whole file and its audit row commit in one transaction, so a failure part-way leaves nothing
 * half-written. Only the console (a system actor) imports.
 */
export async function importPostcodes(
  ctx: AppContext,
  actor: SystemActor,
  source: string,
  lines: AsyncIterable<PostcodeLine>,
  progress: (message: string) => void = () => {},
): Promise<PostcodeImportReport> {
  authorize(actor, 'postcodes.import');
  const report: PostcodeImportReport = {
    source,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    noGridReference: 0,
    problems: [],
    total: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    // Keyed by postcode: a postcode listed twice in one batch keeps its last row (one INSERT may not touch a row twice).
    let batch = new Map<string, PostcodeRow>();
    let read = 0;
    let reported = 0;
    const flush = async () => {
      const writes = await upsertPostcodes(trx, [...batch.values()]);
      report.created += writes.created;
      report.updated += writes.updated;
      report.unchanged += writes.unchanged;
      batch = new Map();
      // The full ONSPD is 2.7 million rows: a line every 50,000 shows progress without flooding the console.
      if (read - reported >= 50_000) {
        reported = read;
        progress(`${read.toLocaleString('en-GB')} rows read…`);
      }
    };
    for await (const line of lines) {
      read++;
      if ('problem' in line) {
        report.skipped++;
        if (line.noGridReference) report.noGridReference++;
        report.problems.push(line.problem);
      } else {
        batch.set(line.row.postcode, line.row);
      }
      if (batch.size >= POSTCODE_BATCH_SIZE) await flush();
    }
    if (batch.size > 0) await flush();
    report.total = await countPostcodes(trx);
    await recordAudit(trx, actor, {
      action: 'postcodes.import',
      recordType: 'postcodes',
      detail: {
        source,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped,
        noGridReference: report.noGridReference,
      },
    });
  });
  return report;
}
