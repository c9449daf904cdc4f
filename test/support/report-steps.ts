/**
 * The steps the report tests take through the API to give the reports something to count: a session (attended or
 * not) a minute before the clock's now, ONS4 recorded on the clock's day, and a discharge.
 */
import { expect } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { SUMMARIES } from '../../src/modules/reporting/reports/summaries.ts';
import { schemeApi, type PathwayScheme, type RoleClient } from './pathway.ts';
import type { TestClock } from './context.ts';

/** Records a session on a case; the person attended unless told otherwise. Returns the case as it now stands. */
export async function recordSession(
  s: PathwayScheme,
  clock: TestClock,
  caseId: string,
  { attendance = 'attended', by = s.worker }: { attendance?: string; by?: RoleClient } = {},
) {
  const response = await by.request({
    method: 'POST',
    url: `${schemeApi(s)}/cases/${caseId}/sessions`,
    payload: {
      startsAt: new Date(clock.now().getTime() - 60_000).toISOString(),
      durationMinutes: attendance === 'attended' ? 45 : 0,
      mode: 'face_to_face',
      place: 'Surgery',
      attendance,
      notes: '',
      ...(attendance === 'attended' ? { riskConcern: 'no' } : {}),
    },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ version: number }>();
}

/** ONS4 with the given life satisfaction and anxiety (the other two items 5), answered on the clock's day. */
export async function recordOns4(
  s: PathwayScheme,
  clock: TestClock,
  caseId: string,
  { timepoint, life, anxiety, by = s.worker }: { timepoint: string; life: number; anxiety: number; by?: RoleClient },
) {
  const response = await by.request({
    method: 'POST',
    url: `${schemeApi(s)}/cases/${caseId}/outcomes`,
    payload: {
      measure: 'ons4',
      timepoint,
      answeredOn: clock.today(),
      answers: { 'life-satisfaction': life, worthwhile: 5, happiness: 5, anxiety },
    },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ version: number }>();
}

/** Discharges a case with its goals met, at its current version. */
export async function dischargeCase(s: PathwayScheme, caseId: string, by: RoleClient = s.worker) {
  const kase = await by.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}` });
  const response = await by.request({
    method: 'POST',
    url: `${schemeApi(s)}/cases/${caseId}/discharge`,
    payload: { version: kase.json<{ version: number }>().version, reason: 'goals-met', summary: 'Done', arranged: '' },
  });
  expect(response.statusCode, response.body).toBe(200);
}

/**
 * Each summary against its rollup summed directly, month by month and year by year: the differences (none expected).
 */
export async function summaryMismatches(ctx: AppContext, schemeId: string): Promise<string[]> {
  const problems: string[] = [];
  for (const s of SUMMARIES) {
    const dims = s.dims.map((d) => `${d}::text`);
    const key = (cols: string[]) => (cols.length ? `concat_ws('|', ${cols.join(', ')})` : `''`);
    const slots = s.dims.map((_, i) => `d${i + 1}`);
    const sums = s.measures.map((m) => `sum(${m})::numeric`).join(" || ',' || ");
    const stored = s.measures.map((_, i) => `sum(m${i + 1})::numeric`).join(" || ',' || ");
    for (const grain of ['month', 'year'] as const) {
      const period = grain === 'month' ? 'month' : "date_trunc('year', month)::date";
      const direct = await ctx.database.owner.query<{ k: string; v: string }>(
        `SELECT ${period}::text || need || ${key(dims)} AS k, ${sums} AS v FROM ${s.rollup}
         WHERE scheme_id = $1 GROUP BY 1 ORDER BY 1`,
        [schemeId],
      );
      const summary = await ctx.database.owner.query<{ k: string; v: string }>(
        `SELECT month::text || need || ${key(slots)} AS k, ${stored} AS v FROM report_summary_rows
         WHERE summary = $2 AND scheme_id = $1 AND grain = $3 GROUP BY 1 ORDER BY 1`,
        [schemeId, s.name, grain],
      );
      if (JSON.stringify(direct.rows) !== JSON.stringify(summary.rows)) problems.push(`${s.name} by ${grain}`);
    }
  }
  return problems;
}
