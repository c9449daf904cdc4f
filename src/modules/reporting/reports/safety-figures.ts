/**
 * The arithmetic of the safety and workforce report, kept apart from the reads so it can be tested alone: running
 * balances from monthly movements (open cases, current training records), whether a worker's supervision was up to
 * date at a month's end, and whether a session came on schedule. Days are 'yyyy-mm-dd', months 'yyyy-mm-01'.
 */
import { addDays } from '../../../platform/london-time.ts';
import { addMonths } from './report-filters.ts';

/** The last day of a month. */
export function monthEnd(month: string): string {
  return addDays(addMonths(month, 1), -1);
}

/** The day a month's figures are taken on: its last day, or today while the month is still running. */
export function countedOn(month: string, today: string): string {
  const end = monthEnd(month);
  return end < today ? end : today;
}

/**
 * Balances at the end of each month of the range from movements per key: `month` null is everything before the
 * range (the opening balance). Keys with no movement at all are absent; callers treat them as 0.
 */
export function runningBalances(
  movements: readonly { key: string; month: string | null; net: number }[],
  months: readonly string[],
): Map<string, number[]> {
  const byKey = new Map<string, Map<string | null, number>>();
  for (const m of movements) {
    const own = byKey.get(m.key) ?? new Map<string | null, number>();
    own.set(m.month, (own.get(m.month) ?? 0) + m.net);
    byKey.set(m.key, own);
  }
  const balances = new Map<string, number[]>();
  for (const [key, own] of byKey) {
    let balance = own.get(null) ?? 0;
    balances.set(
      key,
      months.map((month) => (balance += own.get(month) ?? 0)),
    );
  }
  return balances;
}

/** A worker's supervision as the scheme counts it (support/supervision-due.ts): cadence days after the last session, or after they started. */
export interface SupervisionTerms {
  since: string;
  cadenceDays: number;
}

/**
 * Whether the worker's supervision was up to date on a day: the next session was not yet overdue (due on or after
 * that day), counting from the last session held on or before it, else from their start. Null before they started.
 */
export function supervisionUpToDate(terms: SupervisionTerms, heldDays: readonly string[], on: string): boolean | null {
  if (terms.since > on) return null;
  const last =
    heldDays
      .filter((d) => d <= on)
      .sort()
      .at(-1) ?? null;
  return addDays(last ?? terms.since, terms.cadenceDays) >= on;
}

/**
 * `supervisionUpToDate` on each of the days (in order), for one worker whose days held are sorted: one pass over
 * the days held, for a report over many workers and months.
 */
export function supervisionStates(
  terms: SupervisionTerms,
  heldSorted: readonly string[],
  days: readonly string[],
): (boolean | null)[] {
  let next = 0;
  // The day the next session falls due: it moves only when a later session has been held.
  let due = addDays(terms.since, terms.cadenceDays);
  return days.map((on) => {
    if (terms.since > on) return null;
    let moved = false;
    while (next < heldSorted.length && heldSorted[next]! <= on) {
      next += 1;
      moved = true;
    }
    if (moved) due = addDays(heldSorted[next - 1]!, terms.cadenceDays);
    return due >= on;
  });
}

/**
 * Whether a session came on schedule: within the cadence of the session before (gap in days), or of the worker's
 * start for their first session (gap null).
 */
export function sessionOnSchedule(terms: SupervisionTerms, gapDays: number | null, heldOn: string): boolean {
  if (gapDays !== null) return gapDays <= terms.cadenceDays;
  return heldOn <= addDays(terms.since, terms.cadenceDays);
}
