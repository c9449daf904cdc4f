/**
 * A scheme report as its manager reads it: the scheme's changed months are recomputed first, so the figures are
 * exact to the last committed change, then each table is summed from the rollups. Every view is audited.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import type { Actor } from '../../../../platform/actor.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { superviseesOf } from '../../../workforce/support/index.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { findNeed } from '../../../scheme/codes/index.ts';
import { REPORTS, type ReportName } from '../report-catalogue.ts';
import { monthLabel } from '../report-labels.ts';
import { reportFilters, type ReportFilters, type ReportQuery } from '../report-filters.ts';
import type { ReportTable, ReportView } from '../reports.schemas.ts';
import { refreshRollups } from '../rollups.repository.ts';

export type { ReportName } from '../report-catalogue.ts';

const ODS = /^[A-Z0-9]{3,10}$/;

/** The filters, with the need and practice checked against what they can be. */
export function checkedFilters(query: ReportQuery, now: Date): ReportFilters {
  const f = reportFilters(query, now);
  if (f.need && !findNeed(f.need))
    throw fail.field(
      'need',
      `"${f.need}" is not a need on the coded list.`,
      'Choose a need from the list, or leave it empty.',
    );
  if (f.practice && !ODS.test(f.practice))
    throw fail.field(
      'practice',
      `"${f.practice}" is not a practice's ODS code.`,
      'Give the ODS code (letters and digits, e.g. A81001), or leave it empty for every practice.',
    );
  return f;
}

/**
 * What the reader may see: a scheme manager every worker's work; a supervisor only their supervisees' (and a worker
 * filter naming anyone else is refused, not silently emptied).
 */
export async function withinReaderReach(
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  filters: ReportFilters,
): Promise<ReportFilters> {
  if (actor.kind !== 'user' || actor.role !== 'supervisor') return filters;
  const workers = await superviseesOf(trx, schemeId, actor.userId);
  if (filters.worker && !workers.includes(filters.worker))
    throw fail.field(
      'worker',
      'That link worker is not one of your supervisees; a supervisor reports on their supervisees only.',
      'Choose one of your supervisees, or leave the filter empty for all of them.',
    );
  return { ...filters, workers };
}

/** Reads one report's tables inside the scheme's transaction, after bringing its rollups up to date. */
export async function reportTables(
  ctx: AppContext,
  { actor, scheme, report, filters }: InScheme & { report: ReportName; filters: ReportFilters },
  audit: (trx: Transaction<DB>, tables: ReportTable[]) => Promise<void>,
): Promise<ReportTable[]> {
  const definition = REPORTS[report];
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const reach = await withinReaderReach(trx, actor, scheme.id, filters);
    await refreshRollups(trx, scheme.id);
    const lookup = definition.lookup ? await definition.lookup(trx, scheme.id) : undefined;
    const tables = await definition.tables(trx, [scheme.id], reach, lookup);
    await audit(trx, tables);
    return tables;
  });
}

/** The one table a download asks for; refused (and nothing audited) when the report has no such table. */
export function tableOf(report: ReportName, tables: readonly ReportTable[], file: string): ReportTable {
  const key = file.replace(/\.csv$/, '');
  const found = tables.find((t) => t.key === key);
  if (!found)
    throw fail.field(
      'table',
      `The ${report} report has no table "${key}".`,
      `Choose one of: ${tables.map((t) => t.key).join(', ')}.`,
    );
  return found;
}

/** The filters as the report shows them back. */
export function shownFilters(f: ReportFilters): ReportView['filters'] {
  return {
    from: monthLabel(f.fromMonth),
    to: monthLabel(f.toMonth),
    practice: f.practice,
    need: f.need,
    worker: f.worker,
  };
}

/** One report with every table, for the page. */
export async function getReport(
  ctx: AppContext,
  { actor, scheme, report, query }: InScheme & { report: ReportName; query: ReportQuery },
): Promise<ReportView> {
  const now = ctx.now();
  const filters = checkedFilters(query, now);
  const tables = await reportTables(ctx, { actor, scheme, report, filters }, (trx) =>
    recordAudit(trx, actor, {
      action: 'report.view',
      recordType: 'report',
      recordId: null,
      schemeId: scheme.id,
      detail: { report, filters: shownFilters(filters) },
    }),
  );
  return {
    report,
    title: REPORTS[report].title,
    filters: shownFilters(filters),
    generatedAt: now.toISOString(),
    tables,
  };
}
