import { failedStatementOf, PoolTimeoutError } from '../../db/database.ts';

/** True when a database error is a unique-constraint violation, optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

/** True when a `NOWAIT` lock could not be taken at once (55P03 lock_not_available): another transaction holds the row. */
export function isLockNotAvailable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '55P03';
}

/** Why the database could not answer in time: a statement ran past the statement timeout, or no connection came free. */
export type DatabaseBusy = 'statement-timeout' | 'pool-timeout';

/**
 * Recognises the two ways a saturated database shows itself, so they become a 503 with retry advice
 * rather than a 500: PostgreSQL cancelling a statement at `statement_timeout` (57014), and the pool's
 * wait for a free connection running out.
 */
export function databaseBusy(error: unknown): DatabaseBusy | null {
  if (error instanceof PoolTimeoutError) return 'pool-timeout';
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; message?: unknown };
  return e.code === '57014' && typeof e.message === 'string' && e.message.includes('statement timeout')
    ? 'statement-timeout'
    : null;
}

/**
 * The log fields of a busy database: which way it was busy and the first words of the statement that
 * was stopped (no parameters, no data), so a slow query can be found from the log line alone, whether
 * a request or a background job ran it. Null for any other error.
 */
export function busyLogFields(error: unknown): { busy: DatabaseBusy; statement?: string } | null {
  const busy = databaseBusy(error);
  if (!busy) return null;
  const statement = failedStatementOf(error);
  return statement ? { busy, statement } : { busy };
}
