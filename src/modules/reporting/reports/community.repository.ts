/**
 * Reads of the community connection rollups (0044_report_community.sql): grouped sums over the schemes' months and
 * filters through the shared `rollup()` reader, so their cost follows the months and the groups, never the raw rows.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ReportFilters } from './report-filters.ts';
import { summed } from './rollups.repository.ts';
import { summaryValues } from './summaries.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Schemes = readonly string[];

const total = (column: string) => sql<string>`sum(${sql.ref(column)})`;

/** One group of onward referrals: its status, whether accepted, the hours to a person's first answer, and how many. */
export interface OnwardGroupRow {
  key: string;
  status: string;
  auto_declined: boolean;
  accepted: boolean;
  response_hours: number | null;
  n: string;
}

/** Onward referrals sent in the range, grouped by month, service or need, with their statuses and response hours. */
export function onwardBy(db: Db, schemeIds: Schemes, f: ReportFilters, by: 'month' | 'service_id' | 'need') {
  return summed(db, 'report_community_onward', schemeIds, f, {
    uses: [...(by === 'service_id' ? ['service_id'] : []), 'status', 'auto_declined', 'accepted', 'response_hours'],
    byNeed: by === 'need',
    byMonth: by === 'month',
  })
    .select([
      sql<string>`${sql.ref(by)}::text`.as('key'),
      sql.ref<string>('status').as('status'),
      sql.ref<boolean>('auto_declined').as('auto_declined'),
      sql.ref<boolean>('accepted').as('accepted'),
      sql.ref<number | null>('response_hours').as('response_hours'),
      total('referrals').as('n'),
    ])
    .groupBy([by, 'status', 'auto_declined', 'accepted', 'response_hours'])
    .execute() as Promise<OnwardGroupRow[]>;
}

/** One group of closed cases: how many, how many had an onward referral, how many had one accepted. */
export interface UnmetRow {
  key: string | null;
  name: string | null;
  cases: string;
  referred: string;
  accepted: string;
}

/** Cases closed in the range after first contact, grouped by need or by area (local authority district). */
export function unmetBy(db: Db, schemeIds: Schemes, f: ReportFilters, by: 'need' | 'area') {
  const q = summed(db, 'report_community_unmet', schemeIds, f, {
    uses: by === 'area' ? ['area_code', 'area_name'] : [],
    byNeed: by === 'need',
  });
  const sums = [total('cases').as('cases'), total('referred').as('referred'), total('accepted').as('accepted')];
  const grouped =
    by === 'need'
      ? q.select([sql.ref<string>('need').as('key'), sql<null>`null`.as('name'), ...sums]).groupBy('need')
      : q
          .select([
            sql.ref<string | null>('area_code').as('key'),
            sql<string | null>`max(area_name)`.as('name'),
            ...sums,
          ])
          .groupBy('area_code');
  return grouped.execute() as Promise<UnmetRow[]>;
}

/** The directory services a scheme has sent onward referrals to, ever: the ids the report needs names for. */
export function onwardServiceIds(db: Db, schemeId: string): Promise<string[]> {
  return summaryValues(db, 'onward-service', 'service_id', schemeId);
}
