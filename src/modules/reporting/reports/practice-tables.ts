/**
 * For each GP practice: how many people it referred, month by month and its trend, how many were in scope and
 * accepted, what it referred them for, how its patients' wellbeing changed, and the practices that used to refer
 * and have stopped. Built from the rollups' grouped sums; the stopped practices from the daily counts (see
 * practice-quiet.ts for the rule).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { percentOf } from './activity-tables.ts';
import { meanWithInterval } from './kit/statistics.ts';
import type { PracticeLookup } from './practice-lookup.ts';
import { firstDayNeeded, quietPractices } from './practice-quiet.ts';
import { practiceDays, practiceNeeds, practiceReferrals } from './practice.repository.ts';
import { addMonths, monthsBetween, type ReportFilters } from './report-filters.ts';
import { monthLabel, needLabel } from './report-labels.ts';
import type { ReportTable } from './reports.schemas.ts';
import { outcomeSums } from './rollups.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Row = Record<string, string | number | null>;

const count = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const text = (key: string, label: string) => ({ key, label, kind: 'text' as const });
const percent = (key: string, label: string) => ({ key, label, kind: 'percent' as const });
const number = (key: string, label: string) => ({ key, label, kind: 'number' as const });

/** Months compared for the trend: the last three of the range against the three before them. */
export const TREND_MONTHS = 3;
/** A change of at least this much (either way) is called rising or falling; less is steady. */
export const TREND_THRESHOLD_PERCENT = 25;
/** Needs listed per practice. */
const TOP_NEEDS = 3;
/** Practices drawn as lines on the month chart; with more, the table alone is clearer. */
const MAX_CHARTED = 8;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The trend in words, from the referrals of the last three months and the three before. */
export function trendLabel(recent: number, previous: number): string {
  if (recent === 0 && previous === 0) return 'None referred';
  if (previous === 0) return 'Started referring';
  const change = ((recent - previous) / previous) * 100;
  if (change >= TREND_THRESHOLD_PERCENT) return 'Rising';
  if (change <= -TREND_THRESHOLD_PERCENT) return 'Falling';
  return 'Steady';
}

/** The practices report's tables for the schemes, months and filters. */
export async function practiceTables(
  db: Db,
  schemeIds: readonly string[],
  f: ReportFilters,
  lookup: PracticeLookup,
): Promise<ReportTable[]> {
  const [referrals, needs, outcomes] = await Promise.all([
    practiceReferrals(db, schemeIds, f),
    practiceNeeds(db, schemeIds, f),
    outcomeSums(db, schemeIds, f, 'practice_ods_code'),
  ]);
  const name = (code: string | null) =>
    code ? (lookup.names[code] ?? 'Not on the list of practices') : 'No practice given';
  const codeOf = (code: string | null) => code ?? '';

  // Every practice the scheme serves is listed, so one that has sent nobody shows as 0 rather than vanishing.
  const practices = new Set<string | null>(f.practice ? [f.practice] : lookup.served);
  for (const r of referrals.totals) practices.add(r.practice);

  const months = Array.from({ length: monthsBetween(f.fromMonth, f.toMonth) }, (_, i) => addMonths(f.fromMonth, i));
  const trendable = months.length >= 2 * TREND_MONTHS;
  const recentFrom = addMonths(f.toMonth, -(TREND_MONTHS - 1));
  const previousFrom = addMonths(f.toMonth, -(2 * TREND_MONTHS - 1));
  type Totals = { referrals: number; inScope: number; accepted: number; recent: number; previous: number };
  const totals = new Map<string | null, Totals>();
  const byMonth = new Map<string, number>();
  for (const p of practices) totals.set(p, { referrals: 0, inScope: 0, accepted: 0, recent: 0, previous: 0 });
  for (const r of referrals.totals) {
    const t = totals.get(r.practice)!;
    const n = Number(r.n);
    t.referrals += n;
    if (r.evaluation === 'in_scope') t.inScope += n;
    if (r.outcome === 'accepted') t.accepted += n;
  }
  for (const r of referrals.monthly) {
    const t = totals.get(r.practice)!;
    const n = Number(r.n);
    if (r.month >= recentFrom) t.recent += n;
    else if (r.month >= previousFrom) t.previous += n;
    const key = `${codeOf(r.practice)}|${r.month}`;
    byMonth.set(key, (byMonth.get(key) ?? 0) + n);
  }
  const ordered = [...totals.entries()].sort(
    ([a, x], [b, y]) => y.referrals - x.referrals || codeOf(a).localeCompare(codeOf(b)),
  );

  const scheme = f.audience === 'scheme';
  const summary: ReportTable = {
    key: 'practice-referrals',
    title: 'Referrals by GP practice',
    description: `For each practice: referrals received in the range, how many the scheme's criteria judged in scope when they arrived, and how many were accepted. The trend compares the last ${TREND_MONTHS} months of the range with the ${TREND_MONTHS} before them (a change of ${TREND_THRESHOLD_PERCENT}% or more either way is rising or falling); it needs a range of at least ${2 * TREND_MONTHS} months.`,
    columns: [
      text('practice', 'Practice (ODS code)'),
      text('name', 'Practice'),
      count('referrals', 'Referrals'),
      count('inScope', 'In scope'),
      percent('inScopeRate', 'In scope (%)'),
      count('accepted', 'Accepted'),
      percent('acceptedRate', 'Accepted (%)'),
      count('recent', `Last ${TREND_MONTHS} months`),
      count('previous', `${TREND_MONTHS} months before`),
      percent('change', 'Change (%)'),
      ...(scheme ? [text('trend', 'Trend')] : []),
    ],
    rows: ordered.map(([code, t]) => ({
      practice: codeOf(code),
      name: name(code),
      referrals: t.referrals,
      inScope: t.inScope,
      inScopeRate: percentOf(t.inScope, t.referrals),
      accepted: t.accepted,
      acceptedRate: percentOf(t.accepted, t.referrals),
      recent: trendable ? t.recent : null,
      previous: trendable ? t.previous : null,
      change: trendable && t.previous > 0 ? Math.round(((t.recent - t.previous) / t.previous) * 1000) / 10 : null,
      ...(scheme ? { trend: trendable ? trendLabel(t.recent, t.previous) : 'Range too short' } : {}),
    })),
    chart: { type: 'bar', x: 'name', series: ['referrals', 'inScope', 'accepted'] },
  };

  const charted = ordered.map(([code]) => code);
  const monthly: ReportTable = {
    key: 'practice-referrals-by-month',
    title: 'Referrals by GP practice and month',
    description: 'Referrals received from each practice in each month of the range, one column per practice.',
    columns: [
      text('month', 'Month'),
      ...charted.map((code) => count(`p-${codeOf(code) || 'none'}`, code ? (lookup.names[code] ?? code) : name(code))),
    ],
    rows: months.map((m) => {
      const row: Row = { month: monthLabel(m) };
      for (const code of charted) row[`p-${codeOf(code) || 'none'}`] = byMonth.get(`${codeOf(code)}|${m}`) ?? 0;
      return row;
    }),
    chart:
      charted.length > 0 && charted.length <= MAX_CHARTED
        ? { type: 'line', x: 'month', series: charted.map((code) => `p-${codeOf(code) || 'none'}`) }
        : null,
  };

  const needsOf = new Map<string | null, typeof needs>();
  for (const n of needs) needsOf.set(n.practice, [...(needsOf.get(n.practice) ?? []), n]);
  const needRows = [...practices].flatMap((code) => {
    const whole = totals.get(code)!.referrals;
    return (needsOf.get(code) ?? [])
      .map((n) => ({ need: n.need, n: Number(n.n) }))
      .sort((a, b) => b.n - a.n || a.need.localeCompare(b.need))
      .slice(0, TOP_NEEDS)
      .map((n) => ({
        practice: codeOf(code),
        name: name(code),
        need: needLabel(n.need),
        referrals: n.n,
        share: percentOf(n.n, whole),
      }));
  });
  const commonNeeds: ReportTable = {
    key: 'practice-needs',
    title: 'Common reasons for referral, by GP practice',
    description: `The ${TOP_NEEDS} needs each practice's referrals named most often in the range, with the share of the practice's referrals naming each (a referral may name several needs).`,
    columns: [
      text('practice', 'Practice (ODS code)'),
      text('name', 'Practice'),
      text('need', 'Need'),
      count('referrals', 'Referrals'),
      percent('share', 'Share of its referrals (%)'),
    ],
    rows: needRows,
    chart: null,
  };

  const names = lookup.measures;
  const outcomeRows = [...outcomes]
    .sort(
      (a, b) =>
        codeOf(a.key).localeCompare(codeOf(b.key)) ||
        names.keys.indexOf(a.measure_key) - names.keys.indexOf(b.measure_key) ||
        names.scoreOrder(a.measure_key, a.score_key) - names.scoreOrder(b.measure_key, b.score_key),
    )
    .map((s) => {
      const n = Number(s.pairs);
      const interval = meanWithInterval({ n, sum: Number(s.sum_change), sumOfSquares: Number(s.sum_square_change) });
      return {
        practice: codeOf(s.key),
        name: name(s.key),
        score: `${names.measure(s.measure_key)}: ${names.score(s.measure_key, s.score_key)}`,
        pairs: n,
        meanChange: n ? round2(Number(s.sum_change) / n) : null,
        lower: interval ? round2(interval.lower) : null,
        upper: interval ? round2(interval.upper) : null,
        improved: percentOf(Number(s.improved), n),
        worse: percentOf(Number(s.worse), n),
      };
    });
  const patientOutcomes: ReportTable = {
    key: 'practice-outcomes',
    title: "Outcomes for each GP practice's patients",
    description:
      'For patients of each practice with a baseline and a later score in the range: the mean change with its 95% confidence interval (Student t), and the share who improved or worsened by at least the measure’s minimum important change.',
    columns: [
      text('practice', 'Practice (ODS code)'),
      text('name', 'Practice'),
      text('score', 'Measure'),
      count('pairs', 'People (paired)'),
      number('meanChange', 'Change (mean)'),
      number('lower', '95% CI lower'),
      number('upper', '95% CI upper'),
      percent('improved', 'Improved (%)'),
      percent('worse', 'Worse (%)'),
    ],
    rows: outcomeRows,
    chart: null,
  };

  const tables = [summary, monthly, commonNeeds, patientOutcomes];
  // Day-level and about the scheme's own follow-up: for its staff who see all its work, not for a reader limited
  // to some link workers' work (a supervisor) nor for a commissioner (whose role reads the monthly rollups only).
  if (scheme && f.workers === null) tables.push(await stoppedTable(db, schemeIds[0]!, f, lookup, name));
  return tables;
}

/** The practices that used to refer and have stopped, as at the day the report is read. */
async function stoppedTable(
  db: Db,
  schemeId: string,
  f: ReportFilters,
  lookup: PracticeLookup,
  name: (code: string | null) => string,
): Promise<ReportTable> {
  const days = await practiceDays(db, schemeId, {
    fromDay: firstDayNeeded(f.today),
    toDay: f.today,
    practice: f.practice,
  });
  const quiet = quietPractices(days, { today: f.today, quietWeeks: lookup.quietWeeks });
  return {
    key: 'practices-stopped-referring',
    title: 'Practices that have stopped referring',
    description: `As at ${f.today}, whatever months are chosen: practices that have sent no referral for ${lookup.quietWeeks} weeks or more (the scheme's setting) although, at their own rate over the 26 weeks before their last referral, they would have sent at least 3 in that time. The scheme's managers are told of each once; a practice that refers again and then stops again is told of again. Every referral from the practice counts, whatever the need or link worker filter.`,
    columns: [
      text('practice', 'Practice (ODS code)'),
      text('name', 'Practice'),
      text('lastReferral', 'Last referral'),
      number('weeksQuiet', 'Weeks without a referral'),
      count('baseline', 'Referrals in the 26 weeks before'),
      number('expected', 'Expected at its own rate since'),
    ],
    rows: quiet.map((q) => ({
      practice: q.practice,
      name: name(q.practice),
      lastReferral: q.lastReferralOn,
      weeksQuiet: q.weeksQuiet,
      baseline: q.baselineReferrals,
      expected: q.expected,
    })),
    chart: null,
  };
}
