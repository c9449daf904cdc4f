import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

// ---- Whole-directory answers, cached against the directory version ------------------------------

interface Cached {
  stamp: string;
  value: Promise<unknown>;
}
const cache = new Map<string, Cached>();
/** Answers kept at most (the oldest is forgotten first): searches are keys too, and people type many. */
const CACHE_ENTRIES = 500;

/**
 * The directory's version stamp: every write to a directory table bumps it in the writing
 * transaction (migration 0026), so a reader sees a new stamp exactly when it can see new rows.
 */
export async function directoryStamp(db: Db): Promise<string> {
  const result = await sql<{
    stamp: string;
  }>`select epoch::text || ':' || version::text as stamp from directory_state where id`.execute(db);
  return result.rows[0]?.stamp ?? 'none';
}

/**
 * An answer about the whole directory (counts, totals), computed once per directory version and
 * reused until any directory write: never stale, and not recounted while nothing changes. The
 * stamp is read before the answer is computed, so an answer is never older than its stamp (a
 * write in between only makes the next read recompute).
 */
export async function cachedByDirectoryVersion<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await directoryStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(key);
  cache.set(key, { stamp, value });
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}
