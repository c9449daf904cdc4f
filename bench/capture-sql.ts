/**
 * Sees the SQL the application sends: a Kysely plugin that compiles each query as it passes
 * (the same PostgreSQL compiler the app uses), so a benchmark can replay a repository's exact
 * statement and EXPLAIN what an endpoint runs.
 */
import {
  CompiledQuery,
  PostgresQueryCompiler,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { inSchemeTransaction } from '../src/platform/db/scheme-transaction.ts';

export class CaptureQueries implements KyselyPlugin {
  readonly queries: CompiledQuery[] = [];
  readonly #compiler = new PostgresQueryCompiler();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push(this.#compiler.compileQuery(args.node, args.queryId));
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The statements `work` sends, run in a scheme transaction (without the transaction's own set_config). */
export async function captureSql(
  db: Kysely<DB>,
  schemeId: string,
  work: (db: Kysely<DB>) => Promise<unknown>,
): Promise<CompiledQuery[]> {
  const capture = new CaptureQueries();
  await inSchemeTransaction(db.withPlugin(capture), schemeId, (trx) => work(trx));
  return capture.queries.filter((q) => !q.sql.includes('set_config'));
}

/** Tables whose sequential scan would grow with the scheme's size. */
export const BIG_TABLES = [
  'patients',
  'referrals',
  'referral_events',
  'cases',
  'case_sessions',
  'case_tasks',
  'contact_attempts',
  'case_goals',
  'messages_back',
  'audit_log',
];

export interface Plan {
  sql: string;
  plan: string;
  seqScans: string[];
  /** The plan's execution time under EXPLAIN ANALYZE (instrumented, so somewhat above the real cost). */
  ms: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each SELECT, run as the application role in the scheme, as the app runs it. */
export async function explainAll(db: Kysely<DB>, schemeId: string, queries: readonly CompiledQuery[]): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const q of queries) {
    if (!/^\s*(with|select)\b/i.test(q.sql)) continue;
    const rows = await inSchemeTransaction(
      db,
      schemeId,
      async (trx) =>
        (
          await trx.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]),
          )
        ).rows,
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!).filter((t) => BIG_TABLES.includes(t));
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
    plans.push({ sql: q.sql, plan, seqScans: [...new Set(seqScans)], ms });
  }
  return plans;
}

/** Plain EXPLAIN of each SELECT, on the connection given (a test's scheme transaction, say): the statement, then its plan. */
export async function explainEach(db: Kysely<DB>, queries: readonly CompiledQuery[]): Promise<string[]> {
  const out: string[] = [];
  for (const q of queries) {
    if (!/^\s*(with|select)\b/i.test(q.sql)) continue;
    const rows = (
      await db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]))
    ).rows;
    out.push(`${q.sql}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
  return out;
}
