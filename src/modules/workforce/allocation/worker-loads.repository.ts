import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { londonDate } from '../../../platform/london-time.ts';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A link worker's open cases and allocations in the last year: the inputs to capacity. */
export interface WorkerLoad {
  openCases: number;
  allocatedThisYear: number;
}

/**
 * Each worker's load from the counts kept as cases are written (0030_worker_case_counts.sql), so the
 * cost follows the number of workers, never the number of cases: one row per worker for open cases,
 * and for the year the month and day counts `yearParts` reads. "This year" is every case allocated on
 * or after the London date a year ago (the whole of that first day). Workers with nothing counted are absent.
 */
export async function workerLoads(
  db: Db,
  schemeId: string,
  yearAgo: Date,
  workerIds?: readonly string[],
): Promise<Map<string, WorkerLoad>> {
  if (workerIds && workerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom((eb) => {
      let open = eb
        .selectFrom('worker_case_counts')
        .select(['worker_id', 'open_cases as open', sql<number>`0`.as('allocated')])
        .where('scheme_id', '=', schemeId);
      let [months, days] = yearParts(eb, schemeId, yearAgo, false);
      if (workerIds) {
        open = open.where('worker_id', 'in', [...workerIds]);
        months = months.where('worker_id', 'in', [...workerIds]);
        days = days.where('worker_id', 'in', [...workerIds]);
      }
      return open.unionAll(months).unionAll(days).as('f');
    })
    .select((eb) => [
      'f.worker_id',
      eb.fn.sum<string>('f.open').as('open_cases'),
      eb.fn.sum<string>('f.allocated').as('allocated_this_year'),
    ])
    .groupBy('f.worker_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.worker_id,
      { openCases: Number(r.open_cases), allocatedThisYear: Number(r.allocated_this_year) },
    ]),
  );
}

/**
 * Every worker's allocations in the year from `yearAgo` (worker_id, allocated), read in one statement
 * along the counts' keys (scheme, period): the allocation shortlist ranks the team by it in SQL.
 * Workers with nothing allocated are absent.
 */
export function yearAllocations(db: Db, schemeId: string, yearAgo: Date) {
  return db
    .selectFrom((eb) => {
      const [months, days] = yearParts(eb, schemeId, yearAgo, true);
      return months.unionAll(days).as('y');
    })
    .select((eb) => ['y.worker_id', eb.fn.sum<number>('y.allocated').as('allocated')])
    .groupBy('y.worker_id');
}

/**
 * The year's month and day counts as (worker_id, open 0, allocated), to add to the open cases: the whole London
 * months after the one `yearAgo` falls in, and that first month's part from `yearAgo`'s London date: its
 * days on and after the date, or, with `fewerDays` and a date in the first half of the month, the whole
 * month less its days before the date (those days then count negative), fewer rows for a whole team.
 */
function yearParts(eb: ExpressionBuilder<DB, never>, schemeId: string, yearAgo: Date, fewerDays: boolean) {
  const fromDay = londonDate(yearAgo);
  const monthStart = `${fromDay.slice(0, 8)}01`;
  const monthAfter = firstOfNextMonth(fromDay);
  const early = fewerDays && Number(fromDay.slice(8, 10)) <= 16;
  const columns = ['worker_id', sql<number>`0`.as('open')] as const;
  const months = eb
    .selectFrom('worker_allocation_months')
    .select([...columns, 'allocated'])
    .where('scheme_id', '=', schemeId)
    .where('month', '>=', early ? monthStart : monthAfter);
  const days = early
    ? eb
        .selectFrom('worker_allocation_days')
        .select([...columns, sql<number>`-allocated`.as('allocated')])
        .where('scheme_id', '=', schemeId)
        .where('day', '>=', monthStart)
        .where('day', '<', fromDay)
    : eb
        .selectFrom('worker_allocation_days')
        .select([...columns, 'allocated'])
        .where('scheme_id', '=', schemeId)
        .where('day', '>=', fromDay)
        .where('day', '<', monthAfter);
  return [months, days] as const;
}

/** The first day of the month after a 'YYYY-MM-DD' date. */
function firstOfNextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
