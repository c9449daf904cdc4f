/**
 * One GP practice's month at a glance, beside the whole scheme's: the printable summary a manager takes to the
 * practice. Read from the rollups after bringing them up to date, within the reader's reach (a supervisor sees
 * their supervisees' work only), and audited like every report view.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { percentOf } from '../activity-tables.ts';
import { medianOfHistogram } from '../kit/statistics.ts';
import { practiceLookup } from '../practice-lookup.ts';
import type { PracticeSummaryQuery, PracticeSummaryView } from '../practice-summary.schemas.ts';
import { practiceNeeds, practiceReferrals } from '../practice.repository.ts';
import { addMonths, type ReportFilters } from '../report-filters.ts';
import { monthLabel, needLabel } from '../report-labels.ts';
import { closuresBy, outcomeSums, refreshRollups, sessionsBy, waitHistogram } from '../rollups.repository.ts';
import { withinReaderReach } from './get-report.ts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ODS = /^[A-Z0-9]{3,10}$/;
const TOP_NEEDS = 5;

/** The month asked for as yyyy-mm-01 (last month when none is given), refused with a fix when it is not a month. */
function monthOf(value: string | undefined, now: Date): string {
  const thisMonth = `${londonDate(now).slice(0, 7)}-01`;
  if (value === undefined || value === '') return addMonths(thisMonth, -1);
  if (!MONTH.test(value))
    throw fail.field('month', `"${value}" is not a month.`, 'Give the month as yyyy-mm, for example 2026-04.');
  if (`${value}-01` > thisMonth)
    throw fail.field('month', `${value} has not begun yet.`, `Choose ${thisMonth.slice(0, 7)} or an earlier month.`);
  return `${value}-01`;
}

type Referrals = Awaited<ReturnType<typeof practiceReferrals>>;

/** Referrals, in scope and accepted in the month read, for one practice or (null) all. */
function referralFigures(rows: Referrals['totals'], practice: string | null) {
  const own = rows.filter((r) => practice === null || r.practice === practice);
  const sum = (keep: (r: Referrals['totals'][number]) => boolean) =>
    own.filter(keep).reduce((s, r) => s + Number(r.n), 0);
  return {
    referrals: sum(() => true),
    inScope: sum((r) => r.evaluation === 'in_scope'),
    accepted: sum((r) => r.outcome === 'accepted'),
  };
}

/** Referrals received in one month, from one practice or (null) all. */
function referralsIn(rows: Referrals['monthly'], month: string, practice: string | null) {
  return rows
    .filter((r) => r.month === month && (practice === null || r.practice === practice))
    .reduce((s, r) => s + Number(r.n), 0);
}

/** The practice's month beside the scheme's. */
export async function getPracticeSummary(
  ctx: AppContext,
  { actor, scheme, ods, query }: InScheme & { ods: string; query: PracticeSummaryQuery },
): Promise<PracticeSummaryView> {
  const now = ctx.now();
  if (!ODS.test(ods))
    throw fail.field(
      'ods',
      `"${ods}" is not a practice's ODS code.`,
      'Give the ODS code in capitals (letters and digits, e.g. A81001).',
    );
  const month = monthOf(query.month, now);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const lookup = await practiceLookup(trx, scheme.id);
    const name = lookup.names[ods];
    if (name === undefined && !lookup.served.includes(ods)) throw fail.notFound(`The practice ${ods}`);
    const base: ReportFilters = {
      fromMonth: month,
      toMonth: month,
      practice: null,
      need: null,
      worker: null,
      workers: null,
      audience: 'scheme',
      today: londonDate(now),
    };
    const all = await withinReaderReach(trx, actor, scheme.id, base);
    await refreshRollups(trx, scheme.id);
    const own = { ...all, practice: ods };
    const year = { ...all, fromMonth: addMonths(month, -11) };
    const [inMonth, overYear, needs, contact, schemeContact, session, schemeSession, sessions, schemeSessions] =
      await Promise.all([
        practiceReferrals(trx, [scheme.id], all),
        practiceReferrals(trx, [scheme.id], year),
        practiceNeeds(trx, [scheme.id], all),
        waitHistogram(trx, [scheme.id], own, 'first_contact'),
        waitHistogram(trx, [scheme.id], all, 'first_contact'),
        waitHistogram(trx, [scheme.id], own, 'first_session'),
        waitHistogram(trx, [scheme.id], all, 'first_session'),
        sessionsBy(trx, [scheme.id], own),
        sessionsBy(trx, [scheme.id], all),
      ]);
    const [closed, schemeClosed, outcomes, schemeOutcomes] = await Promise.all([
      closuresBy(trx, [scheme.id], own, 'reason'),
      closuresBy(trx, [scheme.id], all, 'reason'),
      outcomeSums(trx, [scheme.id], own, 'none'),
      outcomeSums(trx, [scheme.id], all, 'none'),
    ]);

    const p = referralFigures(inMonth.totals, ods);
    const s = referralFigures(inMonth.totals, null);
    const median = (h: { value: number; n: string }[]) =>
      medianOfHistogram(h.map((r) => [Number(r.value), Number(r.n)] as const));
    const attendance = (rows: { attendance: string; n: string }[], kind: string) =>
      rows.filter((r) => r.attendance === kind).reduce((sum, r) => sum + Number(r.n), 0);
    const dnaRate = (rows: { attendance: string; n: string }[]) =>
      percentOf(attendance(rows, 'did_not_attend'), attendance(rows, 'attended') + attendance(rows, 'did_not_attend'));
    const cases = (rows: { n: string }[]) => rows.reduce((sum, r) => sum + Number(r.n), 0);
    const figures: PracticeSummaryView['figures'] = [
      { key: 'referrals', label: 'Referrals received', kind: 'count', practice: p.referrals, scheme: s.referrals },
      { key: 'inScope', label: 'In scope when received', kind: 'count', practice: p.inScope, scheme: s.inScope },
      {
        key: 'inScopeRate',
        label: 'In scope (%)',
        kind: 'percent',
        practice: percentOf(p.inScope, p.referrals),
        scheme: percentOf(s.inScope, s.referrals),
      },
      { key: 'accepted', label: 'Accepted', kind: 'count', practice: p.accepted, scheme: s.accepted },
      {
        key: 'acceptedRate',
        label: 'Accepted (%)',
        kind: 'percent',
        practice: percentOf(p.accepted, p.referrals),
        scheme: percentOf(s.accepted, s.referrals),
      },
      {
        key: 'waitFirstContact',
        label: 'Days from referral to first contact (median)',
        kind: 'days',
        practice: median(contact),
        scheme: median(schemeContact),
      },
      {
        key: 'waitFirstSession',
        label: 'Days from referral to first session (median)',
        kind: 'days',
        practice: median(session),
        scheme: median(schemeSession),
      },
      {
        key: 'sessionsAttended',
        label: 'Sessions attended',
        kind: 'count',
        practice: attendance(sessions, 'attended'),
        scheme: attendance(schemeSessions, 'attended'),
      },
      {
        key: 'dnaRate',
        label: 'Sessions not attended (%)',
        kind: 'percent',
        practice: dnaRate(sessions),
        scheme: dnaRate(schemeSessions),
      },
      { key: 'closed', label: 'Cases closed', kind: 'count', practice: cases(closed), scheme: cases(schemeClosed) },
    ];

    const referralsByMonth = Array.from({ length: 12 }, (_, i) => addMonths(month, i - 11)).map((m) => ({
      month: monthLabel(m),
      practice: referralsIn(overYear.monthly, m, ods),
      scheme: referralsIn(overYear.monthly, m, null),
    }));

    const schemeNeeds = new Map<string, number>();
    for (const n of needs) schemeNeeds.set(n.need, (schemeNeeds.get(n.need) ?? 0) + Number(n.n));
    const topNeeds = needs
      .filter((n) => n.practice === ods)
      .map((n) => ({ need: n.need, referrals: Number(n.n) }))
      .sort((a, b) => b.referrals - a.referrals || a.need.localeCompare(b.need))
      .slice(0, TOP_NEEDS)
      .map((n) => ({
        need: needLabel(n.need),
        referrals: n.referrals,
        share: percentOf(n.referrals, p.referrals),
        schemeShare: percentOf(schemeNeeds.get(n.need) ?? 0, s.referrals),
      }));

    const names = lookup.measures;
    const improvedOf = (rows: typeof schemeOutcomes, measure: string, score: string) => {
      const row = rows.find((r) => r.measure_key === measure && r.score_key === score);
      return row ? percentOf(Number(row.improved), Number(row.pairs)) : null;
    };
    const outcomeRows = [...outcomes]
      .sort(
        (a, b) =>
          names.keys.indexOf(a.measure_key) - names.keys.indexOf(b.measure_key) ||
          names.scoreOrder(a.measure_key, a.score_key) - names.scoreOrder(b.measure_key, b.score_key),
      )
      .map((o) => {
        const n = Number(o.pairs);
        return {
          measure: `${names.measure(o.measure_key)}: ${names.score(o.measure_key, o.score_key)}`,
          pairs: n,
          meanChange: n ? Math.round((Number(o.sum_change) / n) * 100) / 100 : null,
          improved: percentOf(Number(o.improved), n),
          schemeImproved: improvedOf(schemeOutcomes, o.measure_key, o.score_key),
        };
      });

    await recordAudit(trx, actor, {
      action: 'report.view',
      recordType: 'report',
      recordId: null,
      schemeId: scheme.id,
      detail: { report: 'practices', summary: ods, month: monthLabel(month) },
    });
    return {
      scheme: { name: scheme.name },
      practice: { odsCode: ods, name: name ?? `Practice ${ods}` },
      month: monthLabel(month),
      generatedAt: now.toISOString(),
      figures,
      referralsByMonth,
      topNeeds,
      outcomes: outcomeRows,
    };
  });
}
