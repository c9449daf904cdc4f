/**
 * Safety and workforce: risks by level, escalation actions and debriefs against the times the scheme set for them,
 * supervision on schedule, training compliance, lone-working check-outs missed and how fast they were acknowledged,
 * competence overrides at allocation (hazard H-025) and caseloads against the safe cap. Built from the safety
 * rollups (0045) and the lookup of the scheme's link workers and required courses.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { percentOf } from './activity-tables.ts';
import { medianOfHistogram, percentileOfHistogram } from './kit/statistics.ts';
import { addMonths, monthsBetween, type ReportFilters } from './report-filters.ts';
import { monthLabel, riskLevelLabel } from './report-labels.ts';
import type { ReportTable } from './reports.schemas.ts';
import {
  countedOn,
  monthEnd,
  runningBalances,
  sessionOnSchedule,
  supervisionStates,
  supervisionUpToDate,
} from './safety-figures.ts';
import {
  actionsByMonth,
  caseloadByWorker,
  debriefsByMonth,
  risksByMonth,
  supervisionByWorker,
  trainingByWorker,
  visitsByMonth,
  type SafetyLookup,
  type SafetyWorker,
} from './safety.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;

const count = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const text = (key: string, label: string) => ({ key, label, kind: 'text' as const });
const percent = (key: string, label: string) => ({ key, label, kind: 'percent' as const });
const number = (key: string, label: string) => ({ key, label, kind: 'number' as const });

const RISK_LEVELS = ['immediate', 'high', 'medium', 'low', 'none'] as const;
const NOT_NARROWED = 'The practice and need filters do not narrow this table.';

function monthsOf(f: ReportFilters): string[] {
  return Array.from({ length: monthsBetween(f.fromMonth, f.toMonth) }, (_, i) => addMonths(f.fromMonth, i));
}

/** month → key → n, from grouped rows. */
function byMonthAndKey(rows: readonly { month: string; key: string; n: string }[]) {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const own = out.get(r.month) ?? new Map<string, number>();
    own.set(r.key, (own.get(r.key) ?? 0) + Number(r.n));
    out.set(r.month, own);
  }
  return (month: string, key: string) => out.get(month)?.get(key) ?? 0;
}

/** The workers the reader may see and asked for: a supervisor's supervisees, one worker, or everyone. */
function workersInView(lookup: SafetyLookup, f: ReportFilters): SafetyWorker[] {
  return lookup.workers.filter((w) => (!f.workers || f.workers.includes(w.id)) && (!f.worker || f.worker === w.id));
}

/** A worker within a scheme: a commissioner's report may hold one person working in two schemes. */
const who = (r: { scheme_id: string; worker_id: string } | SafetyWorker) =>
  'schemeId' in r ? `${r.schemeId} ${r.id}` : `${r.scheme_id} ${r.worker_id}`;

/** The safety and workforce report's tables for the schemes, months and filters. */
export async function safetyTables(
  db: Db,
  schemeIds: readonly string[],
  f: ReportFilters,
  lookup: SafetyLookup,
): Promise<ReportTable[]> {
  const [risks, actions, debriefs, visits, supervision, training, caseload] = await Promise.all([
    risksByMonth(db, schemeIds, f),
    actionsByMonth(db, schemeIds, f),
    debriefsByMonth(db, schemeIds, f),
    visitsByMonth(db, schemeIds, f),
    supervisionByWorker(db, schemeIds, f),
    trainingByWorker(db, schemeIds, f),
    caseloadByWorker(db, schemeIds, f),
  ]);
  const months = monthsOf(f);
  const workers = workersInView(lookup, f);
  const risk = byMonthAndKey(risks);
  const action = byMonthAndKey(actions);
  const debrief = byMonthAndKey(debriefs);

  // Each month's last day and the day its figures are taken on, worked out once for every worker.
  const ends = months.map(monthEnd);
  const countedDays = months.map((m) => countedOn(m, lookup.today));

  // Supervision: each worker's rows and days held (the latest of each group is enough for "last held on or before").
  const supervisionOf = new Map<string, typeof supervision>();
  for (const s of supervision) {
    const own = supervisionOf.get(who(s));
    if (own) own.push(s);
    else supervisionOf.set(who(s), [s]);
  }
  const held = new Map<string, string[]>();
  for (const [key, rows] of supervisionOf) held.set(key, rows.map((r) => r.last_held_on).sort());
  const states = new Map(workers.map((w) => [who(w), supervisionStates(w, held.get(who(w)) ?? [], countedDays)]));
  const upToDate = months.map((m, i) => {
    const known = workers.map((w) => states.get(who(w))![i]!).filter((s) => s !== null);
    return { month: m, workers: known.length, upToDate: known.filter(Boolean).length };
  });

  // Training: records current per worker and course at each month's end.
  const current = runningBalances(
    training.map((t) => ({ key: `${who(t)} ${t.course_id}`, month: t.month, net: Number(t.net) })),
    months,
  );
  const isCurrent = (w: SafetyWorker, course: string, i: number) => (current.get(`${who(w)} ${course}`)?.[i] ?? 0) > 0;
  const NONE: readonly number[] = [];
  const startedBy = (w: SafetyWorker, i: number) => w.since <= ends[i]!;

  // Caseload: open cases per worker at each month's end, and allocations and overrides per month.
  const open = runningBalances(
    caseload.map((c) => ({ key: who(c), month: c.month, net: Number(c.allocated) - Number(c.closed) })),
    months,
  );
  const allocatedIn = new Map<string, { allocated: number; overrides: number }>();
  for (const c of caseload) {
    if (c.month === null) continue;
    const m = allocatedIn.get(c.month) ?? { allocated: 0, overrides: 0 };
    allocatedIn.set(c.month, {
      allocated: m.allocated + Number(c.allocated),
      overrides: m.overrides + Number(c.overrides),
    });
  }
  const capped = workers.filter((w) => w.cap > 0);
  const openOf = new Map(capped.map((w) => [w, open.get(who(w))]));

  const ackHistogram = new Map<number, number>();
  const visitMonths = new Map<string, { visits: number; missed: number; acknowledged: number }>();
  for (const v of visits) {
    const n = Number(v.n);
    const m = visitMonths.get(v.month) ?? { visits: 0, missed: 0, acknowledged: 0 };
    visitMonths.set(v.month, {
      visits: m.visits + n,
      missed: m.missed + (v.missed ? n : 0),
      acknowledged: m.acknowledged + (v.missed && v.ack_minutes !== null ? n : 0),
    });
    if (v.missed && v.ack_minutes !== null) ackHistogram.set(v.ack_minutes, (ackHistogram.get(v.ack_minutes) ?? 0) + n);
  }
  const missedTotal = [...visitMonths.values()].reduce((s, m) => s + m.missed, 0);
  const acknowledgedTotal = [...visitMonths.values()].reduce((s, m) => s + m.acknowledged, 0);

  const tables: ReportTable[] = [
    {
      key: 'risks-by-level',
      title: 'Risk checks by level',
      description: 'Risk checks recorded in each month, by the level of risk they found.',
      columns: [
        text('month', 'Month'),
        count('total', 'Risk checks'),
        ...RISK_LEVELS.map((level) => count(level, riskLevelLabel(level))),
      ],
      rows: months.map((m) => ({
        month: monthLabel(m),
        total: RISK_LEVELS.reduce((s, level) => s + risk(m, level), 0),
        ...Object.fromEntries(RISK_LEVELS.map((level) => [level, risk(m, level)])),
      })),
      chart: { type: 'bar', x: 'month', series: ['immediate', 'high', 'medium', 'low'] },
    },
    {
      key: 'escalation-actions',
      title: 'Escalation actions done on time',
      description:
        "Actions set on a risk, by the month they fell due: done by their due time, done after it, resolved as not done, or still open. The share on time is of those resolved. Each action counts under its case's link worker.",
      columns: [
        text('month', 'Month'),
        count('due', 'Actions due'),
        count('onTime', 'Done on time'),
        count('late', 'Done late'),
        count('notDone', 'Not done'),
        count('open', 'Still open'),
        percent('onTimeShare', 'On time (% of resolved)'),
      ],
      rows: months.map((m) => {
        const [onTime, late, notDone, stillOpen] = ['on_time', 'late', 'not_done', 'open'].map((k) => action(m, k));
        return {
          month: monthLabel(m),
          due: onTime! + late! + notDone! + stillOpen!,
          onTime: onTime!,
          late: late!,
          notDone: notDone!,
          open: stillOpen!,
          onTimeShare: percentOf(onTime!, onTime! + late! + notDone!),
        };
      }),
      chart: { type: 'bar', x: 'month', series: ['onTime', 'late', 'notDone', 'open'] },
    },
    {
      key: 'debriefs',
      title: 'Debriefs answered within the time',
      description: `Debriefs asked for in each month (an earlier duplicate for the same session or risk is left out): completed by the respond-by time the scheme's working days set when it was asked, completed after it, or still open. The share in time is of those answered. ${NOT_NARROWED}`,
      columns: [
        text('month', 'Month'),
        count('asked', 'Debriefs asked for'),
        count('inTime', 'Answered in time'),
        count('late', 'Answered late'),
        count('open', 'Still open'),
        percent('inTimeShare', 'In time (% of answered)'),
      ],
      rows: months.map((m) => {
        const [inTime, late, stillOpen] = ['in_time', 'late', 'open'].map((k) => debrief(m, k));
        return {
          month: monthLabel(m),
          asked: inTime! + late! + stillOpen!,
          inTime: inTime!,
          late: late!,
          open: stillOpen!,
          inTimeShare: percentOf(inTime!, inTime! + late!),
        };
      }),
      chart: { type: 'bar', x: 'month', series: ['inTime', 'late', 'open'] },
    },
    {
      key: 'supervision-up-to-date',
      title: 'Workers with supervision up to date',
      description: `For each month, the scheme's current link workers who had started by its end, and how many of them were not overdue for supervision on its last day (today for this month): their last session, or their start, was within their supervision interval (their own, else the scheme's). ${NOT_NARROWED}`,
      columns: [
        text('month', 'Month'),
        count('workers', 'Link workers'),
        count('upToDate', 'Up to date'),
        percent('share', 'Up to date (%)'),
      ],
      rows: upToDate.map((u) => ({
        month: monthLabel(u.month),
        workers: u.workers,
        upToDate: u.upToDate,
        share: percentOf(u.upToDate, u.workers),
      })),
      chart: { type: 'line', x: 'month', series: ['workers', 'upToDate'] },
    },
  ];

  if (f.audience !== 'commissioner') {
    const last = countedOn(f.toMonth, lookup.today);
    tables.push({
      key: 'supervision-by-worker',
      title: 'Supervision on schedule by link worker',
      description: `Supervision sessions held in the range by each current link worker, how many came within their supervision interval of the session before (or of their start, for a first session), the longest gap, and whether they were up to date at the end of the range. ${NOT_NARROWED}`,
      columns: [
        text('worker', 'Link worker'),
        count('sessions', 'Sessions held'),
        count('onSchedule', 'On schedule'),
        number('longestGap', 'Longest gap (days)'),
        number('cadence', 'Interval (days)'),
        text('lastHeld', 'Last session'),
        text('upToDate', 'Up to date'),
      ],
      rows: workers.map((w) => {
        const own = supervisionOf.get(who(w)) ?? [];
        const inRange = own.filter((s) => s.month !== null);
        const gaps = inRange.map((s) => s.gap_days).filter((g): g is number => g !== null);
        const lastHeld =
          own
            .map((s) => s.last_held_on)
            .sort()
            .at(-1) ?? null;
        const state = supervisionUpToDate(w, held.get(who(w)) ?? [], last);
        return {
          worker: w.name,
          sessions: inRange.reduce((s, r) => s + Number(r.sessions), 0),
          onSchedule: inRange
            .filter((r) => sessionOnSchedule(w, r.gap_days, r.last_held_on))
            .reduce((s, r) => s + Number(r.sessions), 0),
          longestGap: gaps.length ? Math.max(...gaps) : null,
          cadence: w.cadenceDays,
          lastHeld,
          upToDate: state === null ? 'Not started' : state ? 'Yes' : 'No',
        };
      }),
      chart: { type: 'bar', x: 'worker', series: ['sessions', 'onSchedule'] },
    });
  }

  const lastIndex = months.length - 1;
  // A commissioner's schemes may each have a course of the same name: one row for the name.
  const trainingCourses = new Map<string, { name: string; ids: Set<string>; schemes: Set<string> }>();
  for (const c of lookup.courses) {
    const same = trainingCourses.get(c.name) ?? { name: c.name, ids: new Set<string>(), schemes: new Set<string>() };
    same.ids.add(c.id);
    same.schemes.add(c.schemeId);
    trainingCourses.set(c.name, same);
  }
  const coursesOf = new Map<string, string[]>();
  for (const c of lookup.courses) coursesOf.set(c.schemeId, [...(coursesOf.get(c.schemeId) ?? []), c.id]);
  // Each worker's required courses' balances, looked up once, then read month by month.
  const balancesOf = new Map(
    workers.map((w) => [
      who(w),
      (coursesOf.get(w.schemeId) ?? []).map((course) => current.get(`${who(w)} ${course}`) ?? NONE),
    ]),
  );
  const compliant = (w: SafetyWorker, i: number) => balancesOf.get(who(w))!.every((b) => (b[i] ?? 0) > 0);
  tables.push(
    {
      key: 'training-compliance',
      title: 'Training compliance',
      description: `For each month, the scheme's current link workers who had started by its end, and how many held a current record of every active course required of link workers on its last day (a record lapses the day after it expires, so in the running month training expiring before its end already counts as lapsed). ${NOT_NARROWED}`,
      columns: [
        text('month', 'Month'),
        count('workers', 'Link workers'),
        count('compliant', 'All required training current'),
        percent('share', 'Compliant (%)'),
      ],
      rows: months.map((m, i) => {
        const started = workers.filter((w) => startedBy(w, i));
        const ok = started.filter((w) => compliant(w, i)).length;
        return { month: monthLabel(m), workers: started.length, compliant: ok, share: percentOf(ok, started.length) };
      }),
      chart: { type: 'line', x: 'month', series: ['workers', 'compliant'] },
    },
    {
      key: 'training-by-course',
      title: 'Required training by course',
      description: `For each course required of link workers, the current link workers who had started by the end of the range and how many held a current record of it on the range's last day. ${NOT_NARROWED}`,
      columns: [
        text('course', 'Course'),
        count('workers', 'Link workers'),
        count('current', 'Current'),
        percent('share', 'Current (%)'),
      ],
      rows: [...trainingCourses.values()].map((c) => {
        const asked = workers.filter((w) => startedBy(w, lastIndex) && c.schemes.has(w.schemeId));
        const ok = asked.filter((w) => [...c.ids].some((id) => isCurrent(w, id, lastIndex))).length;
        return { course: c.name, workers: asked.length, current: ok, share: percentOf(ok, asked.length) };
      }),
      chart: { type: 'bar', x: 'course', series: ['workers', 'current'] },
    },
    {
      key: 'lone-working',
      title: 'Lone-working visits and missed check-outs',
      description: `Lone-working visits (not cancelled) by the month they were due to end, and how many missed their check-out: an overdue alert went to the buddy and the team. ${NOT_NARROWED}`,
      columns: [
        text('month', 'Month'),
        count('visits', 'Visits'),
        count('missed', 'Missed check-outs'),
        count('acknowledged', 'Acknowledged'),
        percent('missedShare', 'Missed (%)'),
      ],
      rows: months.map((m) => {
        const v = visitMonths.get(m) ?? { visits: 0, missed: 0, acknowledged: 0 };
        return { month: monthLabel(m), ...v, missedShare: percentOf(v.missed, v.visits) };
      }),
      chart: { type: 'line', x: 'month', series: ['visits', 'missed'] },
    },
    {
      key: 'time-to-acknowledge',
      title: 'Time to acknowledge a missed check-out',
      description: `For visits in the range that missed their check-out: how many were acknowledged, and the whole minutes from the first overdue alert to the acknowledgement (median and 90th percentile, nearest rank). ${NOT_NARROWED}`,
      columns: [
        count('missed', 'Missed check-outs'),
        count('acknowledged', 'Acknowledged'),
        count('unacknowledged', 'Not acknowledged'),
        number('median', 'Median (minutes)'),
        number('p90', '90th percentile (minutes)'),
      ],
      rows: [
        {
          missed: missedTotal,
          acknowledged: acknowledgedTotal,
          unacknowledged: missedTotal - acknowledgedTotal,
          median: medianOfHistogram(ackHistogram),
          p90: percentileOfHistogram(ackHistogram, 0.9),
        },
      ],
      chart: null,
    },
    {
      key: 'competence-overrides',
      title: 'Allocations over the competence check',
      description: `Cases allocated in each month, and how many of them a manager allocated although the worker lacked training the case's needs ask for (a competence override, hazard H-025), with their share of allocations. Counted under the link worker the case was given to. ${NOT_NARROWED}`,
      columns: [
        text('month', 'Month'),
        count('allocated', 'Allocations'),
        count('overrides', 'Competence overrides'),
        percent('share', 'Overrides (% of allocations)'),
      ],
      rows: months.map((m) => {
        const a = allocatedIn.get(m) ?? { allocated: 0, overrides: 0 };
        return { month: monthLabel(m), ...a, share: percentOf(a.overrides, a.allocated) };
      }),
      chart: { type: 'bar', x: 'month', series: ['allocated', 'overrides'] },
    },
    {
      key: 'caseload-against-cap',
      title: 'Caseload against the safe cap',
      description: `For each month, the scheme's current link workers with a safe caseload (hours above 0), how many held more open cases than their safe caseload at the month's end (cases allocated to them on or before it and not closed by then, counted under the case's current worker), and their mean open caseload as a share of it. The safe caseload is today's: the scheme's capacity policy at each worker's current hours (hours are not kept by month). ${NOT_NARROWED}`,
      columns: [
        text('month', 'Month'),
        count('workers', 'Link workers'),
        count('overCap', 'Over the safe caseload'),
        percent('meanShare', 'Mean caseload (% of safe cap)'),
      ],
      rows: months.map((m, i) => {
        const counted = capped.filter((w) => startedBy(w, i));
        const loads = counted.map((w) => ({ w, open: openOf.get(w)?.[i] ?? 0 }));
        const shares = loads.map(({ w, open: n }) => n / w.cap);
        return {
          month: monthLabel(m),
          workers: counted.length,
          overCap: loads.filter(({ w, open: n }) => n > w.cap).length,
          meanShare: shares.length ? Math.round((shares.reduce((s, x) => s + x, 0) / shares.length) * 1000) / 10 : null,
        };
      }),
      chart: { type: 'line', x: 'month', series: ['workers', 'overCap'] },
    },
  );
  return tables;
}
