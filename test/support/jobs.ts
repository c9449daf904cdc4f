import type { AppContext } from '../../src/context.ts';

/**
 * Runs the jobs that are due by the test clock. Jobs are scheduled by the application's clock,
 * which tests move forward; the queue compares with the database's own clock, so jobs due by
 * the test clock are brought forward to now first. The jobs then run through the real queue.
 */
export async function runJobsDue(ctx: AppContext): Promise<number> {
  await ctx.database.owner.query(
    "UPDATE pgboss.job SET start_after = now() WHERE state IN ('created', 'retry') AND start_after <= $1::timestamptz AND start_after > now()",
    [ctx.now().toISOString()],
  );
  return ctx.jobs.runDue();
}

/** Jobs waiting in the queue under a name (created or retrying), oldest first. */
export async function waitingJobs(
  ctx: AppContext,
  name: string,
): Promise<{ data: Record<string, unknown>; startAfter: Date }[]> {
  const { rows } = await ctx.database.owner.query<{ data: Record<string, unknown>; start_after: Date }>(
    "SELECT data, start_after FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry') ORDER BY start_after",
    [name],
  );
  return rows.map((r) => ({ data: r.data, startAfter: new Date(r.start_after) }));
}
