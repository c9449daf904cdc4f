import { sql } from 'kysely';
import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { schemeApi, type PathwayScheme } from './pathway.ts';

/** A risk check with every answer "no" and the given overrides. */
export function riskCheck(overrides: Record<string, unknown> = {}) {
  return {
    thoughts: false,
    plans: false,
    means: false,
    intent: false,
    protectiveFactors: '',
    harmToOthers: false,
    harmToOthersDetail: '',
    safeguardingConcern: false,
    level: 'none',
    summary: '',
    ...overrides,
  };
}

/** The check a worker records when the person discloses suicidal intent with a plan and the means to hand. */
export const immediateCheck = () =>
  riskCheck({
    thoughts: true,
    plans: true,
    means: true,
    intent: true,
    protectiveFactors: 'Her daughter visits on Sundays',
    level: 'immediate',
    summary: 'Disclosed intent to take a stockpile of tablets today. Stayed with her and called the crisis line.',
  });

/**
 * Through the settings API, as the scheme manager: names the supervisor as the worker's supervisor and
 * (unless told otherwise) as the scheme's safeguarding lead, and sets the scheme's added risk phrases.
 */
export async function configureSafety(
  s: PathwayScheme,
  options: { supervisor?: boolean; leadId?: string | null; addedRiskPhrases?: string[] } = {},
): Promise<void> {
  const settings = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` });
  if (settings.statusCode !== 200) throw new Error(`settings: ${settings.statusCode} ${settings.body}`);
  const current = settings.json<{ version: number; safety: Record<string, unknown> }>();
  const { safeguardingLeadId: _lead, ...safety } = current.safety;
  const put = await s.manager.request({
    method: 'PUT',
    url: `${schemeApi(s)}/settings/safety`,
    payload: {
      ...safety,
      version: current.version,
      safeguardingLeadId: options.leadId === undefined ? s.supervisor.userId : options.leadId,
      addedRiskPhrases: options.addedRiskPhrases === undefined ? safety.addedRiskPhrases : options.addedRiskPhrases,
    },
  });
  if (put.statusCode !== 200) throw new Error(`safety settings: ${put.statusCode} ${put.body}`);
  if (options.supervisor !== false) {
    const read = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/workers/${s.worker.userId}` });
    const worker =
      read.statusCode === 200
        ? read.json<{ hoursPerWeek: number; languages: string[]; acceptingCases: boolean }>()
        : undefined;
    const profile = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/workers/${s.worker.userId}`,
      payload: {
        hoursPerWeek: worker?.hoursPerWeek ?? 37.5,
        languages: worker?.languages ?? [],
        acceptingCases: worker?.acceptingCases ?? true,
        supervisorId: s.supervisor.userId,
      },
    });
    if (profile.statusCode !== 200) throw new Error(`worker profile: ${profile.statusCode} ${profile.body}`);
  }
}

const RISK_TABLES = [
  'risk_assessments',
  'risk_actions',
  'safeguarding_concerns',
  'safeguarding_actions',
  'notifications',
  'debrief_requests',
  'case_sessions',
  'audit_log',
] as const;

/** Row counts of the risk and safeguarding tables (and what they touch) in a scheme. */
export async function riskRowCounts(
  ctx: AppContext,
  schemeId: string,
): Promise<Record<(typeof RISK_TABLES)[number], number>> {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const counts = {} as Record<(typeof RISK_TABLES)[number], number>;
    for (const table of RISK_TABLES) {
      const { rows } = await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE scheme_id = ${schemeId}`.execute(trx);
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    return counts;
  });
}
