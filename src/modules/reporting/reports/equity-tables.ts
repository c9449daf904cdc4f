/**
 * Equity: referrals, engagement (at least one attended session) and improvement (a paired score improved by its
 * measure's minimum important change) by IMD decile, ethnic category, age band at referral and sex; and where the
 * service under-reaches, against the registered lists of the practices in the filter when they are imported, and
 * against the people referred. Built from the equity rollup's grouped counts (0046), never from people's records.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { EquityDimension } from '../../../db/tables/report-equity.ts';
import { ETHNIC_CATEGORIES } from '../../scheme/codes/index.ts';
import { AGE_BANDS, ageBandOrder } from '../practice-lists/index.ts';
import { percentOf } from './activity-tables.ts';
import { eligibleFraction, reachShares, UNDER_REACH_RATIO, type Reach } from './equity-reach.ts';
import { equitySums, type EquityLookup, type EquitySumRow } from './equity.repository.ts';
import type { ReportFilters } from './report-filters.ts';
import { ageBandLabel, ethnicityLabel, imdDecileLabel, sexLabel } from './report-labels.ts';
import type { ReportTable } from './reports.schemas.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Sums = EquitySumRow;
type SumsRead = { all: readonly Sums[]; listed: readonly Sums[] };

interface Counts {
  referrals: number;
  engaged: number;
  paired: number;
  improved: number;
}

const DIMENSIONS: Record<
  EquityDimension,
  { title: string; by: string; label: (code: string) => string; order: (code: string) => number }
> = {
  imd: {
    title: 'by deprivation (IMD decile)',
    by: 'IMD decile',
    label: imdDecileLabel,
    order: (code) => (code === 'unknown' ? 11 : Number(code)),
  },
  ethnicity: {
    title: 'by ethnic category',
    by: 'Ethnic category',
    label: ethnicityLabel,
    order: (code) => {
      const i = ETHNIC_CATEGORIES.findIndex((c) => c.code === code);
      return code === 'not_stated' ? ETHNIC_CATEGORIES.length : i >= 0 ? i : ETHNIC_CATEGORIES.length - 1;
    },
  },
  age: { title: 'by age band at referral', by: 'Age band', label: ageBandLabel, order: ageBandOrder },
  sex: {
    title: 'by sex',
    by: 'Sex',
    label: sexLabel,
    order: (code) => ['female', 'male', 'other', 'unknown'].indexOf(code),
  },
};

const BASE_DESCRIPTION: Record<EquityDimension, string> = {
  imd: 'The decile of the person’s small area (LSOA, from their postcode) in the English Indices of Deprivation: 1 is the most deprived tenth of areas in England. "Area not known" is a person with no postcode, or one not in the postcode directory or the imported indices.',
  ethnicity:
    'The person’s ethnic category (NHS Data Dictionary) as recorded now; "Not stated" includes people never asked.',
  age: 'Age in whole years on the day the referral was received (London calendar), in the five-year bands of NHS Digital’s practice lists.',
  sex: 'The person’s sex as recorded now.',
};

const add = (a: Counts, s: Sums): Counts => ({
  referrals: a.referrals + Number(s.referrals),
  engaged: a.engaged + Number(s.engaged),
  paired: a.paired + Number(s.paired),
  improved: a.improved + Number(s.improved),
});
const ZERO: Counts = { referrals: 0, engaged: 0, paired: 0, improved: 0 };

/** The rollup's rows of one dimension summed by group, optionally only those of some practices. */
function byGroup(sums: readonly Sums[], dimension: EquityDimension, practices?: ReadonlySet<string>) {
  const groups = new Map<string, Counts>();
  for (const s of sums) {
    if (s.dimension !== dimension) continue;
    if (practices && (s.practice === null || !practices.has(s.practice))) continue;
    groups.set(s.group, add(groups.get(s.group) ?? ZERO, s));
  }
  return groups;
}

function dimensionTable(dimension: EquityDimension, sums: readonly Sums[]): ReportTable {
  const d = DIMENSIONS[dimension];
  const groups = [...byGroup(sums, dimension)].sort(([a], [b]) => d.order(a) - d.order(b));
  const whole = groups.reduce((s, [, c]) => s + c.referrals, 0);
  return {
    key: `equity-${dimension}`,
    title: `Referrals, engagement and improvement ${d.title}`,
    description: `Referrals received in the range, the share who attended at least one session, and of those with a baseline and a later score, the share who improved on at least one score by its measure’s minimum important change. ${BASE_DESCRIPTION[dimension]}`,
    columns: [
      { key: 'group', label: d.by, kind: 'text' },
      { key: 'referrals', label: 'Referrals', kind: 'count' },
      { key: 'share', label: 'Share of referrals (%)', kind: 'percent' },
      { key: 'engaged', label: 'Engaged', kind: 'count' },
      { key: 'engagedRate', label: 'Engaged (%)', kind: 'percent' },
      { key: 'paired', label: 'With paired scores', kind: 'count' },
      { key: 'improved', label: 'Improved', kind: 'count' },
      { key: 'improvedRate', label: 'Improved (% of paired)', kind: 'percent' },
    ],
    rows: groups.map(([group, c]) => ({
      group: d.label(group),
      referrals: c.referrals,
      share: percentOf(c.referrals, whole),
      engaged: c.engaged,
      engagedRate: percentOf(c.engaged, c.referrals),
      paired: c.paired,
      improved: c.improved,
      improvedRate: percentOf(c.improved, c.paired),
    })),
    chart: { type: 'bar', x: 'group', series: ['engagedRate', 'improvedRate'] },
  };
}

interface ReachRow {
  dimension: EquityDimension;
  comparison: 'population' | 'referred';
  order: number;
  reach: ReturnType<typeof reachShares>[number];
}

/** Referrals from the listed practices by age band and sex, against their registered patients of eligible ages. */
function populationReach(sums: readonly Sums[], lookup: EquityLookup, listed: ReadonlySet<string>): ReachRow[] {
  const bands = lookup.bands.filter((b) => listed.has(b.practice));
  const weight = (band: string) => eligibleFraction(band, lookup.minAge, lookup.maxAge);
  const ageGroups: Reach[] = AGE_BANDS.filter((band) => weight(band) > 0).map((band) => ({
    group: band,
    reached: byGroup(sums, 'age', listed).get(band)?.referrals ?? 0,
    base: Math.round(bands.filter((b) => b.ageBand === band).reduce((s, b) => s + b.patients, 0) * weight(band)),
  }));
  const sexGroups: Reach[] = (['female', 'male'] as const).map((sex) => ({
    group: sex,
    reached: byGroup(sums, 'sex', listed).get(sex)?.referrals ?? 0,
    base: Math.round(bands.filter((b) => b.sex === sex).reduce((s, b) => s + b.patients * weight(b.ageBand), 0)),
  }));
  return [
    ...reachShares(ageGroups.filter((g) => g.base > 0 || g.reached > 0)).map((reach) => ({
      dimension: 'age' as const,
      comparison: 'population' as const,
      order: ageBandOrder(reach.group),
      reach,
    })),
    ...reachShares(sexGroups).map((reach) => ({
      dimension: 'sex' as const,
      comparison: 'population' as const,
      order: DIMENSIONS.sex.order(reach.group),
      reach,
    })),
  ];
}

/** The people who engaged against the people referred, in one dimension. */
function referredReach(sums: readonly Sums[], dimension: EquityDimension): ReachRow[] {
  const groups = [...byGroup(sums, dimension)].map(([group, c]) => ({
    group,
    reached: c.engaged,
    base: c.referrals,
  }));
  return reachShares(groups).map((reach) => ({
    dimension,
    comparison: 'referred' as const,
    order: DIMENSIONS[dimension].order(reach.group),
    reach,
  }));
}

/** The practices in the filters whose registered list is imported, and their lists. */
function listsInFilter(f: ReportFilters, lookup: EquityLookup) {
  const inFilter = new Set(f.practice ? [f.practice] : lookup.practices);
  const lists = lookup.lists.filter((l) => inFilter.has(l.practice));
  return { lists, listed: new Set(lists.map((l) => l.practice)) };
}

function underReachTable(sums: SumsRead, f: ReportFilters, lookup: EquityLookup): ReportTable {
  const { lists, listed } = listsInFilter(f, lookup);
  const extracts = [...new Set(lists.map((l) => l.extractDate))].sort();
  const ages = `aged ${lookup.minAge}${lookup.maxAge === null ? ' and over' : ` to ${lookup.maxAge}`}`;
  const population = listed.size
    ? `Referrals by age band and sex are compared with the registered patients ${ages} (the scheme’s ages; a band the limit cuts through counts in proportion) of the ${listed.size} practice${listed.size === 1 ? '' : 's'} in the filter whose list is imported (${[...listed].sort().join(', ')}; NHS Digital extract of ${extracts.join(', ')}), counting only the referrals from ${listed.size === 1 ? 'that practice' : 'those practices'}.`
    : 'No registered practice list is imported for the practices in this filter, so nothing is compared with the practice population: each group is compared with the people referred only. Import NHS Digital’s list with "linkwork reference import practice-list".';
  const rows: ReachRow[] = [
    ...(listed.size ? populationReach(sums.listed, lookup, listed) : []),
    ...(['imd', 'ethnicity', 'age', 'sex'] as const).flatMap((d) => referredReach(sums.all, d)),
  ];
  const dimensionOrder: EquityDimension[] = ['imd', 'ethnicity', 'age', 'sex'];
  rows.sort(
    (a, b) =>
      (a.comparison === b.comparison ? 0 : a.comparison === 'population' ? -1 : 1) ||
      dimensionOrder.indexOf(a.dimension) - dimensionOrder.indexOf(b.dimension) ||
      a.order - b.order,
  );
  return {
    key: 'equity-under-reach',
    title: 'Where the service under-reaches',
    description: `${population} The people who engaged (attended at least one session) are compared with the people referred, in every group. A group whose share of those reached is under ${UNDER_REACH_RATIO} times its share of the comparison is flagged as under-reached.`,
    columns: [
      { key: 'comparison', label: 'Compared with', kind: 'text' },
      { key: 'dimension', label: 'Grouped by', kind: 'text' },
      { key: 'group', label: 'Group', kind: 'text' },
      { key: 'reached', label: 'Reached (referred or engaged)', kind: 'count' },
      { key: 'reachedShare', label: 'Share of reached (%)', kind: 'percent' },
      { key: 'base', label: 'Comparison (registered or referred)', kind: 'count' },
      { key: 'baseShare', label: 'Share of comparison (%)', kind: 'percent' },
      { key: 'ratio', label: 'Ratio of shares', kind: 'number' },
      { key: 'flag', label: 'Under-reached', kind: 'text' },
    ],
    rows: rows.map((r) => ({
      comparison: r.comparison === 'population' ? 'Registered population (referrals)' : 'People referred (engaged)',
      dimension: DIMENSIONS[r.dimension].by,
      group: DIMENSIONS[r.dimension].label(r.reach.group),
      reached: r.reach.reached,
      reachedShare: r.reach.reachedShare,
      base: r.reach.base,
      baseShare: r.reach.baseShare,
      ratio: r.reach.ratio,
      flag: r.reach.underReached ? 'Yes' : r.reach.ratio === null ? null : 'No',
    })),
    chart: null,
  };
}

/**
 * A commissioner's under-reach table has no flag column: a flag would stay in a row whose counts are hidden, and
 * tell what the hidden ratio is; the ratio itself is hidden there with the counts.
 */
function withoutFlag(table: ReportTable): ReportTable {
  return {
    ...table,
    columns: table.columns.filter((c) => c.key !== 'flag'),
    rows: table.rows.map(({ flag: _flag, ...row }) => row),
  };
}

/** The equity report's tables for the schemes, months and filters. */
export async function equityTables(
  db: Db,
  schemeIds: readonly string[],
  f: ReportFilters,
  lookup: EquityLookup,
): Promise<ReportTable[]> {
  const sums = await equitySums(db, schemeIds, f, [...listsInFilter(f, lookup).listed]);
  const underReach = underReachTable(sums, f, lookup);
  return [
    f.audience === 'commissioner' ? withoutFlag(underReach) : underReach,
    dimensionTable('imd', sums.all),
    dimensionTable('ethnicity', sums.all),
    dimensionTable('age', sums.all),
    dimensionTable('sex', sums.all),
  ];
}
