/**
 * A report across the schemes a commissioner is granted, never a person: the same tables a manager reads, summed
 * over the schemes, with small numbers suppressed. Each scheme's rollups are brought up to date in its own
 * transaction, and its names and settings read in its own (kept for a minute: lookup-cache.ts); the figures are then read in one transaction as the database role `linkwork_commissioner`, which
 * can read the rollups of the granted schemes and no other table, so no statement there can reach a record.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { mapAtMost } from '../../../../platform/at-most.ts';
import { fail } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { listCommissionedSchemes } from '../../../identity/users/index.ts';
import { toCsv } from '../kit/csv.ts';
import { keptLookup } from '../lookup-cache.ts';
import { REPORTS } from '../report-catalogue.ts';
import type { ReportQuery } from '../report-filters.ts';
import { refreshRollups, schemesToRefresh } from '../rollups.repository.ts';
import { suppressTables } from '../suppress-tables.ts';
import { checkedFilters, shownFilters, tableOf, type ReportName } from './get-report.ts';

/** Schemes refreshed and looked up at once for one commissioner's report (each takes a pooled connection). */
const SCHEMES_AT_ONCE = 4;

export type CommissionedQuery = ReportQuery & { schemes?: string };

/**
 * The granted schemes the query names (all of them when it names none); any other slug is refused. Access follows
 * the commissioner memberships themselves, whichever of the person's roles is active: a commissioner granted
 * several schemes reads across them all without choosing one.
 */
async function chosenSchemes(ctx: AppContext, actor: UserActor, slugs: string | undefined) {
  const granted = await listCommissionedSchemes(ctx.db, actor.userId);
  if (granted.length === 0) throw fail.forbidden('You are not granted any scheme to commission.');
  if (!slugs) return granted;
  const wanted = slugs
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((slug) => !granted.some((g) => g.slug === slug));
  if (unknown.length || wanted.length === 0)
    throw fail.field(
      'schemes',
      unknown.length
        ? `${unknown.map((s) => `"${s}"`).join(', ')} ${unknown.length === 1 ? 'is not a scheme' : 'are not schemes'} you are granted.`
        : 'No scheme was named.',
      `Name schemes from your list, separated by commas: ${granted.map((g) => g.slug).join(', ')}.`,
    );
  return granted.filter((g) => wanted.includes(g.slug!));
}

/** Refreshes, audits and reads the tables, suppressed. */
async function commissionedTables(
  ctx: AppContext,
  actor: UserActor,
  report: ReportName,
  query: CommissionedQuery,
  audit: { action: 'report.view' | 'report.download'; table?: string },
) {
  if (query.worker)
    throw fail.field(
      'worker',
      'Commissioners see figures for schemes, never for one member of staff.',
      'Leave the worker filter out.',
    );
  const filters = { ...checkedFilters(query, ctx.now()), audience: 'commissioner' as const };
  const schemes = await chosenSchemes(ctx, actor, query.schemes);
  const definition = REPORTS[report];
  // Only schemes with changed months pay for a refresh, and only reports that need names read them per scheme,
  // kept for a minute unless the scheme was just refreshed.
  const dirty = new Set(await schemesToRefresh(ctx.db));
  const now = ctx.now();
  const at = { now, day: londonDate(now) };
  const refreshed = (scheme: { id: string }) =>
    inSchemeTransaction(ctx.db, scheme.id, (trx) => refreshRollups(trx, scheme.id));
  const lookups = await mapAtMost(
    schemes.filter((scheme) => dirty.has(scheme.id) || definition.lookup),
    SCHEMES_AT_ONCE,
    async (scheme) => {
      const changed = dirty.has(scheme.id);
      if (changed) await refreshed(scheme);
      const lookup = definition.lookup;
      if (!lookup) return undefined;
      return keptLookup({ report, schemeId: scheme.id }, at, changed, () =>
        inSchemeTransaction(ctx.db, scheme.id, (trx) => lookup(trx, scheme.id)),
      );
    },
  );
  const lookup = definition.merge ? definition.merge(lookups) : lookups[0];
  const ids = schemes.map((s) => s.id);
  const tables = await ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('linkwork.scheme_ids', ${`{${ids.join(',')}}`}, true)`.execute(trx);
    await sql`SET LOCAL ROLE linkwork_commissioner`.execute(trx);
    const read = await definition.tables(trx, ids, filters, lookup);
    // Back to the application's role for the audit row, in the same transaction: a table that does not exist
    // throws first, so nothing is recorded for it.
    await sql`SET LOCAL ROLE linkwork_app`.execute(trx);
    await recordAudit(trx, actor, {
      action: audit.action,
      recordType: 'report',
      recordId: null,
      schemeId: null,
      detail: {
        report,
        ...(audit.table ? { table: tableOf(report, read, audit.table).key } : {}),
        schemes: schemes.map((s) => s.slug),
        filters: shownFilters(filters),
      },
    });
    return read;
  });
  const { smallTo, roundTo } = ctx.config.reportSuppression;
  return { filters, schemes, tables: suppressTables(tables, { smallFrom: 1, smallTo, roundTo }) };
}

/** The report for the page: the schemes it covers and the suppressed tables. */
export async function getCommissionedReport(
  ctx: AppContext,
  { actor, report, query }: { actor: UserActor; report: ReportName; query: CommissionedQuery },
) {
  const { filters, schemes, tables } = await commissionedTables(ctx, actor, report, query, { action: 'report.view' });
  return {
    report,
    title: REPORTS[report].title,
    schemes: schemes.map((s) => ({ slug: s.slug!, name: s.name })),
    filters: shownFilters(filters),
    generatedAt: ctx.now().toISOString(),
    tables,
  };
}

/** One suppressed table as CSV. */
export async function downloadCommissionedTable(
  ctx: AppContext,
  { actor, report, table, query }: { actor: UserActor; report: ReportName; table: string; query: CommissionedQuery },
): Promise<{ fileName: string; csv: string }> {
  const { filters, tables } = await commissionedTables(ctx, actor, report, query, {
    action: 'report.download',
    table,
  });
  const found = tableOf(report, tables, table);
  const shown = shownFilters(filters);
  return {
    fileName: `linkwork-commissioned-${report}-${found.key}-${shown.from}-to-${shown.to}.csv`,
    csv: toCsv(
      found.columns.map((c) => ({ key: c.key, header: c.label })),
      found.rows,
    ),
  };
}
