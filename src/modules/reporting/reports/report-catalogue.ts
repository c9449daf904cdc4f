/**
 * Every report the scheme's staff and commissioners read, in one list: its title and how its tables are read from
 * the rollups. A report that needs names kept outside the rollups (a scheme's measures, its services) reads them
 * per scheme with `lookup`, as the application, before the tables are read; a commissioner's report merges them
 * across the schemes. The pages, the CSV downloads and the commissioner's view all go through this list.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { measureNames, type MeasureNames } from '../../pathway/outcomes/index.ts';
import { activityTables } from './activity-tables.ts';
import { communityTables, mergedServiceNames, serviceNamesOf, type ServiceNames } from './community-tables.ts';
import { equityLookup, mergeEquityLookups, type EquityLookup } from './equity.repository.ts';
import { equityTables } from './equity-tables.ts';
import { outcomeTables } from './outcome-tables.ts';
import { mergePracticeLookups, practiceLookup, type PracticeLookup } from './practice-lookup.ts';
import { practiceTables } from './practice-tables.ts';
import type { ReportFilters } from './report-filters.ts';
import { mergeSafetyLookups, safetyLookup, type SafetyLookup } from './safety.repository.ts';
import { safetyTables } from './safety-tables.ts';
import { REPORT_NAMES, type ReportName } from './report-names.ts';
import type { ReportTable } from './reports.schemas.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface ReportDefinition<Lookup = unknown> {
  title: string;
  /** Names the tables need from outside the rollups, read for one scheme inside its transaction. */
  lookup?: (trx: Transaction<DB>, schemeId: string) => Promise<Lookup>;
  /** The lookups of several schemes as one (a commissioner's report). */
  merge?: (all: Lookup[]) => Lookup;
  /** The tables, read from the rollups of the schemes only. */
  tables: (db: Db, schemeIds: readonly string[], f: ReportFilters, lookup: Lookup) => Promise<ReportTable[]>;
}

/** One report's entry, its lookup type checked against its tables. */
const report = <L>(definition: ReportDefinition<L>) => definition as ReportDefinition;

/** Each answer worked out once: a table asks for the same names in every row and in every comparison of a sort. */
function remembered<T>(work: (a: string, b: string) => T): (a: string, b?: string) => T {
  const known = new Map<string, T>();
  return (a, b = '') => {
    const key = `${a}\u0000${b}`;
    if (!known.has(key)) known.set(key, work(a, b));
    return known.get(key)!;
  };
}

/** Measure names across schemes: each scheme's own measures, the built-in ones shared. */
function mergedMeasureNames(all: MeasureNames[]): MeasureNames {
  const pick = (f: (n: MeasureNames) => string, fallback: string) =>
    all.map(f).find((name) => name !== fallback) ?? fallback;
  const measure = remembered((key) => pick((n) => n.measure(key), key));
  const score = remembered((m, s) => pick((n) => n.score(m, s), s));
  const scoreOrder = remembered((m, s) => Math.min(...all.map((n) => n.scoreOrder(m, s))));
  return {
    measure: (key) => measure(key),
    score: (m, s) => score(m, s),
    scoreOrder: (m, s) => scoreOrder(m, s),
    keys: [...new Set(all.flatMap((n) => n.keys))],
  };
}

/** The reports, in the order the index lists them. */
export const REPORTS = {
  activity: report({ title: 'Activity and flow', tables: (db, ids, f) => activityTables(db, ids, f) }),
  outcomes: report<MeasureNames>({
    title: 'Outcomes',
    lookup: measureNames,
    merge: mergedMeasureNames,
    tables: outcomeTables,
  }),
  community: report<ServiceNames>({
    title: 'Community connection',
    lookup: serviceNamesOf,
    merge: mergedServiceNames,
    tables: communityTables,
  }),
  practices: report<PracticeLookup>({
    title: 'GP practices',
    lookup: practiceLookup,
    merge: (all) => mergePracticeLookups(all, mergedMeasureNames),
    tables: practiceTables,
  }),
  safety: report<SafetyLookup>({
    title: 'Safety and workforce',
    lookup: safetyLookup,
    merge: mergeSafetyLookups,
    tables: safetyTables,
  }),
  equity: report<EquityLookup>({
    title: 'Equity',
    lookup: equityLookup,
    merge: mergeEquityLookups,
    tables: equityTables,
  }),
} satisfies Record<ReportName, ReportDefinition>;

export { REPORT_NAMES, type ReportName };
