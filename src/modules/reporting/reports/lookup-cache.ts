/**
 * The names and settings a commissioner's report needs from each scheme (its measures' and services' names, its
 * practices, its link workers' supervision intervals and safe caseloads, its required courses), kept for a short
 * while. A report across forty schemes would otherwise open forty transactions to read them on every view, though
 * they change only when a manager edits the scheme's settings. The figures themselves are never kept: they are read
 * from the rollups on every view, exact to the last refresh.
 *
 * An entry is used for at most `LOOKUP_KEEP_MS` and only on the London day it was read (the safety lookup holds
 * today), and is read again when the report itself finds the scheme's months changed and refreshes them (the
 * equity lookup lists the practices found in the rollups). So a setting changed by a manager, or a practice first
 * seen by the refresh job, shows in a commissioner's report within a minute.
 */
const LOOKUP_KEEP_MS = 60_000;
/** Entries kept at most (the oldest forgotten first): a lookup per report and scheme. */
const LOOKUP_ENTRIES = 2_000;

interface Kept {
  readAt: number;
  day: string;
  value: Promise<unknown>;
}

const kept = new Map<string, Kept>();

/**
 * One scheme's lookup for one report, read again by `load` when there is none kept, it is older than a minute or
 * from another London day, or `fresh` says the scheme's rollups have just changed.
 */
export function keptLookup<T>(
  key: { report: string; schemeId: string },
  at: { now: Date; day: string },
  fresh: boolean,
  load: () => Promise<T>,
): Promise<T> {
  const id = `${key.report} ${key.schemeId}`;
  const hit = kept.get(id);
  const age = hit ? at.now.getTime() - hit.readAt : Number.POSITIVE_INFINITY;
  if (!fresh && hit && hit.day === at.day && age >= 0 && age < LOOKUP_KEEP_MS) return hit.value as Promise<T>;
  const value = load();
  kept.delete(id);
  kept.set(id, { readAt: at.now.getTime(), day: at.day, value });
  if (kept.size > LOOKUP_ENTRIES) kept.delete(kept.keys().next().value!);
  value.catch(() => {
    if (kept.get(id)?.value === value) kept.delete(id);
  });
  return value;
}
