/**
 * Activity and flow: where referrals come from and for what, how they were triaged and what became of them, how
 * long people waited, how sessions went, and how the work ended. Built from the rollups' grouped sums.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { medianOfHistogram, percentileOfHistogram, rate } from './kit/statistics.ts';
import type { ReportFilters } from './report-filters.ts';
import { addMonths, monthsBetween } from './report-filters.ts';
import {
  evaluationLabel,
  monthLabel,
  needLabel,
  practiceLabel,
  reasonLabel,
  referralOutcomeLabel,
  sourceLabel,
} from './report-labels.ts';
import type { ReportTable } from './reports.schemas.ts';
import { closuresBy, referralsBy, sessionsBy, waitHistogram, waitingListMovements } from './rollups.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;

const count = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const text = (key: string, label: string) => ({ key, label, kind: 'text' as const });
const percent = (key: string, label: string) => ({ key, label, kind: 'percent' as const });
const days = (key: string, label: string) => ({ key, label, kind: 'days' as const });

/** Every month of the range, oldest first, so a month with nothing shows as 0 rather than vanishing. */
function monthsOf(f: ReportFilters): string[] {
  return Array.from({ length: monthsBetween(f.fromMonth, f.toMonth) }, (_, i) => addMonths(f.fromMonth, i));
}

/** A share as a percentage to one decimal place, or null when there is nothing to share. */
export function percentOf(part: number, whole: number): number | null {
  const r = rate(part, whole);
  return r === null ? null : Math.round(r * 1000) / 10;
}

function shareTable(
  key: string,
  title: string,
  description: string,
  rows: { key: string | null; n: string }[],
  label: (code: string) => string,
  by: string,
): ReportTable {
  const whole = rows.reduce((s, r) => s + Number(r.n), 0);
  return {
    key,
    title,
    description,
    columns: [text('group', by), count('referrals', 'Referrals'), percent('share', 'Share (%)')],
    rows: rows
      .map((r) => ({ group: label(r.key ?? ''), referrals: Number(r.n), share: percentOf(Number(r.n), whole) }))
      .sort((a, b) => b.referrals - a.referrals),
    chart: { type: 'bar', x: 'group', series: ['referrals'] },
  };
}

/**
 * The waiting list month by month: accepted referrals joining it, referrals leaving it (allocated, declined or
 * cancelled), and how many were on it at the month's end, carried from before the range.
 */
function waitingListTable(
  months: string[],
  movements: { month: string | null; joined: string; removed: string }[],
): ReportTable {
  const byMonth = new Map(movements.map((m) => [m.month, m]));
  const before = byMonth.get(null);
  let waiting = before ? Number(before.joined) - Number(before.removed) : 0;
  return {
    key: 'waiting-list',
    title: 'Waiting list over time',
    description:
      'Accepted referrals waiting for a link worker: how many joined the list in each month, how many left it (allocated, declined or cancelled) and how many were waiting at the end of the month. Referrals on the list are not yet anyone’s, so this table is left out when the report is narrowed to link workers.',
    columns: [
      text('month', 'Month'),
      count('joined', 'Joined the list'),
      count('left', 'Left the list'),
      count('waiting', 'Waiting at the end of the month'),
    ],
    rows: months.map((m) => {
      const joined = Number(byMonth.get(m)?.joined ?? 0);
      const left = Number(byMonth.get(m)?.removed ?? 0);
      waiting += joined - left;
      return { month: monthLabel(m), joined, left, waiting };
    }),
    chart: { type: 'line', x: 'month', series: ['waiting'] },
  };
}

/** The activity and flow report's tables for the scheme, months and filters. */
export async function activityTables(db: Db, schemeIds: readonly string[], f: ReportFilters): Promise<ReportTable[]> {
  const [
    byMonth,
    bySource,
    byPractice,
    byNeed,
    byEvaluation,
    byOutcome,
    contact,
    session,
    sessions,
    reasons,
    lengths,
    held,
    waitingList,
  ] = await Promise.all([
    referralsBy(db, schemeIds, f, 'month'),
    referralsBy(db, schemeIds, f, 'source'),
    referralsBy(db, schemeIds, f, 'practice_ods_code'),
    referralsBy(db, schemeIds, f, 'need'),
    referralsBy(db, schemeIds, f, 'evaluation'),
    referralsBy(db, schemeIds, f, 'outcome'),
    waitHistogram(db, schemeIds, f, 'first_contact'),
    waitHistogram(db, schemeIds, f, 'first_session'),
    sessionsBy(db, schemeIds, f),
    closuresBy(db, schemeIds, f, 'reason'),
    closuresBy(db, schemeIds, f, 'length_days'),
    closuresBy(db, schemeIds, f, 'sessions_attended'),
    f.worker || f.workers ? null : waitingListMovements(db, schemeIds, f),
  ]);
  const received = new Map(byMonth.map((r) => [r.key, Number(r.n)]));
  const months = monthsOf(f);
  const waits = (label: string, h: { value: number; n: string }[]) => {
    const histogram = h.map((r) => [Number(r.value), Number(r.n)] as const);
    return {
      measure: label,
      people: histogram.reduce((s, [, n]) => s + n, 0),
      median: medianOfHistogram(histogram),
      p90: percentileOfHistogram(histogram, 0.9),
    };
  };
  const bySessionMonth = new Map<string, Record<string, number>>();
  for (const s of sessions)
    bySessionMonth.set(s.month, { ...(bySessionMonth.get(s.month) ?? {}), [s.attendance]: Number(s.n) });
  const lengthHistogram = lengths.map((r) => [Number(r.key), Number(r.n)] as const);
  const heldHistogram = held.map((r) => [Number(r.key), Number(r.n)] as const);
  const closed = heldHistogram.reduce((s, [, n]) => s + n, 0);
  const attendedInClosed = heldHistogram.reduce((s, [v, n]) => s + v * n, 0);
  return [
    {
      key: 'referrals-by-month',
      title: 'Referrals received by month',
      description: 'Referrals received in each month of the range.',
      columns: [text('month', 'Month'), count('referrals', 'Referrals')],
      rows: months.map((m) => ({ month: monthLabel(m), referrals: received.get(m) ?? 0 })),
      chart: { type: 'line', x: 'month', series: ['referrals'] },
    },
    shareTable(
      'referrals-by-source',
      'Referrals by source',
      'Who sent the referrals received in the range.',
      bySource,
      sourceLabel,
      'Source',
    ),
    shareTable(
      'referrals-by-practice',
      'Referrals by GP practice',
      "Referrals by the person's registered practice (ODS code).",
      byPractice,
      (c) => practiceLabel(c || null),
      'Practice',
    ),
    shareTable(
      'referrals-by-need',
      'Referrals by need',
      'Each referral counts once for every need it names, so the shares add up to more than 100%.',
      byNeed,
      needLabel,
      'Need',
    ),
    shareTable(
      'triage',
      'Referrals against the criteria',
      "How the scheme's criteria judged each referral when it arrived.",
      byEvaluation,
      evaluationLabel,
      'Judged',
    ),
    shareTable(
      'referral-outcomes',
      'What became of the referrals',
      'For referrals received in the range: accepted, declined, closed as unable to contact, or still awaiting a decision.',
      byOutcome,
      referralOutcomeLabel,
      'Outcome',
    ),
    {
      key: 'waiting-times',
      title: 'Waiting times',
      description:
        'Days from the referral to the first contact and to the first attended session, for referrals received in the range (median and 90th percentile, nearest rank).',
      columns: [
        text('measure', 'Wait'),
        count('people', 'People'),
        days('median', 'Median (days)'),
        days('p90', '90th percentile (days)'),
      ],
      rows: [waits('Referral to first contact', contact), waits('Referral to first session', session)],
      chart: { type: 'bar', x: 'measure', series: ['median', 'p90'] },
    },
    ...(waitingList ? [waitingListTable(months, waitingList)] : []),
    {
      key: 'sessions-by-month',
      title: 'Sessions and non-attendance',
      description:
        'Sessions in each month: attended, not attended (DNA) and cancelled, with the DNA rate of sessions due.',
      columns: [
        text('month', 'Month'),
        count('attended', 'Attended'),
        count('dna', 'Did not attend'),
        count('cancelled', 'Cancelled'),
        percent('dnaRate', 'DNA rate (%)'),
      ],
      rows: months.map((m) => {
        const s = bySessionMonth.get(m) ?? {};
        const attended = s.attended ?? 0;
        const dna = s.did_not_attend ?? 0;
        return {
          month: monthLabel(m),
          attended,
          dna,
          cancelled: s.cancelled ?? 0,
          dnaRate: percentOf(dna, attended + dna),
        };
      }),
      chart: { type: 'line', x: 'month', series: ['attended', 'dna'] },
    },
    {
      key: 'intervention',
      title: 'Length of the work together',
      description:
        'For cases closed in the range: how many, sessions attended per person, and days from first contact to closing.',
      columns: [
        count('closed', 'Cases closed'),
        { key: 'meanSessions', label: 'Sessions per person (mean)', kind: 'number' },
        days('medianLength', 'Length, median (days)'),
        days('p90Length', 'Length, 90th percentile (days)'),
      ],
      rows: [
        {
          closed,
          meanSessions: closed ? Math.round((attendedInClosed / closed) * 10) / 10 : null,
          medianLength: medianOfHistogram(lengthHistogram),
          p90Length: percentileOfHistogram(lengthHistogram, 0.9),
        },
      ],
      chart: null,
    },
    {
      key: 'sessions-per-person',
      title: 'Sessions attended per person',
      description: 'For cases closed in the range: how many people attended each number of sessions.',
      columns: [text('sessions', 'Sessions attended'), count('people', 'People')],
      rows: heldHistogram.map(([sessionsHeld, people]) => ({ sessions: String(sessionsHeld), people })),
      chart: { type: 'bar', x: 'sessions', series: ['people'] },
    },
    {
      key: 'closures-by-reason',
      title: 'Discharges and closures by reason',
      description: 'Cases closed in the range, by the coded reason.',
      columns: [text('reason', 'Reason'), count('cases', 'Cases'), percent('share', 'Share (%)')],
      rows: reasons
        .map((r) => ({
          reason: reasonLabel(String(r.key)),
          cases: Number(r.n),
          share: percentOf(Number(r.n), closed),
        }))
        .sort((a, b) => b.cases - a.cases),
      chart: { type: 'bar', x: 'reason', series: ['cases'] },
    },
  ];
}
