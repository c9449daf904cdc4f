/**
 * Community connection: the onward referrals link workers sent to community services (by month, service, need and
 * status), what became of them and how quickly the organisations answered; and unmet need, the needs of closed cases
 * that found no onward referral at all, by need and by area, so commissioners see where community provision is
 * short. Built from the rollups' grouped sums; service names come from the lookup, never from the rollups.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { onwardServiceNames, type ServiceName } from '../../community/onward-referrals/index.ts';
import { percentOf } from './activity-tables.ts';
import { NO_ONWARD, onwardFigures, statusCounts, type OnwardFigures } from './community-figures.ts';
import { onwardBy, onwardServiceIds, unmetBy, type UnmetRow } from './community.repository.ts';
import { addMonths, monthsBetween, type ReportFilters } from './report-filters.ts';
import { areaLabel, monthLabel, needLabel, ONWARD_STATUS_ORDER, onwardStatusLabel } from './report-labels.ts';
import type { ReportTable } from './reports.schemas.ts';

type Db = Kysely<DB> | Transaction<DB>;
/** Service names by directory service id, read per scheme as the application (the rollups keep the id only). */
export type ServiceNames = ReadonlyMap<string, ServiceName>;

const count = (key: string, label: string) => ({ key, label, kind: 'count' as const });
const text = (key: string, label: string) => ({ key, label, kind: 'text' as const });
const percent = (key: string, label: string) => ({ key, label, kind: 'percent' as const });
const hours = (key: string, label: string) => ({ key, label, kind: 'number' as const });

const OUTCOME_COLUMNS = [
  count('sent', 'Sent'),
  count('accepted', 'Accepted'),
  count('completed', 'Completed'),
  count('declined', 'Declined'),
  count('autoDeclined', 'Declined automatically'),
  count('awaiting', 'Awaiting an answer'),
];
const SHARE_COLUMNS = [
  percent('acceptedShare', 'Accepted (%)'),
  percent('completedShare', 'Completed (%)'),
  percent('declinedShare', 'Declined (%)'),
  percent('autoDeclinedShare', 'Declined automatically (%)'),
];
const MEDIAN = hours('medianHours', 'Median response (hours)');

function outcomes(s: OnwardFigures) {
  return {
    sent: s.sent,
    accepted: s.accepted,
    completed: s.completed,
    declined: s.declined,
    autoDeclined: s.autoDeclined,
    awaiting: s.awaiting,
  };
}

function shares(s: OnwardFigures) {
  return {
    acceptedShare: percentOf(s.accepted, s.sent),
    completedShare: percentOf(s.completed, s.sent),
    declinedShare: percentOf(s.declined, s.sent),
    autoDeclinedShare: percentOf(s.autoDeclined, s.sent),
  };
}

const UNMET_COLUMNS = [
  count('cases', 'Cases closed'),
  count('referred', 'With an onward referral'),
  count('acceptedCases', 'With one accepted'),
  count('unmet', 'With none (unmet)'),
  percent('unmetShare', 'Unmet (%)'),
];

function unmet(r: UnmetRow) {
  const cases = Number(r.cases);
  const referred = Number(r.referred);
  return {
    cases,
    referred,
    acceptedCases: Number(r.accepted),
    unmet: cases - referred,
    unmetShare: percentOf(cases - referred, cases),
  };
}

const UNMET_RULE =
  'Cases closed in the range after the person was reached. An onward referral records the service it went to, not the need it was for, so a case with no onward referral at all counts as unmet for each need its referral named, and a case with any onward referral counts as referred for all of them.';

/** The community connection report's tables for the schemes, months and filters. */
export async function communityTables(
  db: Db,
  schemeIds: readonly string[],
  f: ReportFilters,
  names: ServiceNames,
): Promise<ReportTable[]> {
  const [byMonth, byService, byNeed, unmetByNeed, unmetByArea] = await Promise.all([
    onwardBy(db, schemeIds, f, 'month'),
    onwardBy(db, schemeIds, f, 'service_id'),
    onwardBy(db, schemeIds, f, 'need'),
    unmetBy(db, schemeIds, f, 'need'),
    unmetBy(db, schemeIds, f, 'area'),
  ]);
  const months = Array.from({ length: monthsBetween(f.fromMonth, f.toMonth) }, (_, i) => addMonths(f.fromMonth, i));
  const monthly = onwardFigures(byMonth);
  const services = [...onwardFigures(byService)].sort(([, a], [, b]) => b.sent - a.sent);
  const needs = [...onwardFigures(byNeed)].sort(([, a], [, b]) => b.sent - a.sent);
  const statuses = statusCounts(byMonth);
  const sentInRange = [...statuses.values()].reduce((s, n) => s + n, 0);
  const mostUnmet = <R extends { unmet: number; cases: number }>(rows: R[], label: (r: R) => string) =>
    rows.sort((a, b) => b.unmet - a.unmet || b.cases - a.cases || label(a).localeCompare(label(b)));
  return [
    {
      key: 'onward-by-month',
      title: 'Onward referrals by month',
      description:
        'Onward referrals to community services sent in each month, and what has become of them so far: accepted (at any point, even if later completed or ended), completed, declined by the organisation, declined automatically because nobody answered in time, or still awaiting an answer. The median response is the hours from sending to the first answer by a person; automatic declines are left out of it.',
      columns: [text('month', 'Month'), ...OUTCOME_COLUMNS, MEDIAN],
      rows: months.map((m) => {
        const s = monthly.get(m) ?? NO_ONWARD;
        return { month: monthLabel(m), ...outcomes(s), medianHours: s.medianHours };
      }),
      chart: { type: 'line', x: 'month', series: ['sent', 'accepted', 'completed'] },
    },
    {
      key: 'onward-by-service',
      title: 'Onward referrals by service',
      description:
        'Each community service that onward referrals were sent to in the range, with the share accepted, completed, declined and declined automatically (of those sent), and the median hours to the first answer by a person.',
      columns: [
        text('service', 'Service'),
        text('organisation', 'Organisation'),
        ...OUTCOME_COLUMNS,
        ...SHARE_COLUMNS,
        MEDIAN,
      ],
      rows: services.map(([id, s]) => {
        const name = names.get(id);
        return {
          service: name?.service ?? id,
          organisation: name?.organisation ?? null,
          ...outcomes(s),
          ...shares(s),
          medianHours: s.medianHours,
        };
      }),
      chart: { type: 'bar', x: 'service', series: ['sent', 'accepted'] },
    },
    {
      key: 'onward-by-need',
      title: 'Onward referrals by need',
      description:
        "Onward referrals by the needs named in the person's referral to the scheme. One counts once for every need named, so the rows add up to more than those sent.",
      columns: [text('need', 'Need'), ...OUTCOME_COLUMNS, ...SHARE_COLUMNS, MEDIAN],
      rows: needs.map(([code, s]) => ({
        need: needLabel(code),
        ...outcomes(s),
        ...shares(s),
        medianHours: s.medianHours,
      })),
      chart: { type: 'bar', x: 'need', series: ['sent', 'accepted'] },
    },
    {
      key: 'onward-by-status',
      title: 'Onward referrals by status now',
      description:
        'Where the onward referrals sent in the range stand now, by the status the organisation or the link worker last recorded.',
      columns: [text('status', 'Status'), count('referrals', 'Onward referrals'), percent('share', 'Share (%)')],
      rows: ONWARD_STATUS_ORDER.filter((s) => statuses.has(s)).map((s) => ({
        status: onwardStatusLabel(s),
        referrals: statuses.get(s)!,
        share: percentOf(statuses.get(s)!, sentInRange),
      })),
      chart: { type: 'bar', x: 'status', series: ['referrals'] },
    },
    {
      key: 'unmet-need-by-need',
      title: 'Unmet need by need',
      description: `${UNMET_RULE} Each row is one need, the most unmet first.`,
      columns: [text('need', 'Need'), ...UNMET_COLUMNS],
      rows: mostUnmet(
        unmetByNeed.map((r) => ({ need: needLabel(r.key ?? ''), ...unmet(r) })),
        (r) => r.need,
      ),
      chart: { type: 'bar', x: 'need', series: ['unmet', 'referred'] },
    },
    {
      key: 'unmet-need-by-area',
      title: 'Unmet need by area',
      description: `${UNMET_RULE} The area is the local authority district of the person's postcode now, from the postcode directory and the Indices of Deprivation loaded into Linkwork; the most unmet first.`,
      columns: [text('area', 'Area (local authority district)'), ...UNMET_COLUMNS],
      rows: mostUnmet(
        unmetByArea.map((r) => ({ area: areaLabel(r.name), ...unmet(r) })),
        (r) => r.area,
      ),
      chart: { type: 'bar', x: 'area', series: ['unmet', 'referred'] },
    },
  ];
}

/** The names of the services a scheme has sent onward referrals to, read in its transaction as the application. */
export async function serviceNamesOf(trx: Transaction<DB>, schemeId: string): Promise<ServiceNames> {
  return onwardServiceNames(trx, await onwardServiceIds(trx, schemeId));
}

/** Service names across schemes: the first scheme's name for each service wins (the directory is shared). */
export function mergedServiceNames(all: ServiceNames[]): ServiceNames {
  const merged = new Map<string, ServiceName>();
  for (const names of all) for (const [id, name] of names) if (!merged.has(id)) merged.set(id, name);
  return merged;
}
