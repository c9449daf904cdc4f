import { fail } from '../errors.ts';

/** A keyset position: the sort value of the last row seen and its id. */
export interface KeysetCursor {
  at: Date;
  id: string;
}

/** Opaque cursor for the next page, so clients cannot depend on its shape. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/** Reads a cursor from a query; a damaged one is a 400 naming the field, not a crash. */
export function decodeCursor(value: string | undefined, field = 'after'): KeysetCursor | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && /^[0-9a-f-]{36}$/.test(parsed[1])) {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime())) return { at, id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw fail.field(field, 'The page cursor is not one this server gave out.', 'Start again from the first page and follow the "next" links.');
}

/** Splits a page fetched with limit + 1 rows into the page and the cursor for the next one. */
export function keysetPage<T>(rows: T[], limit: number, key: (row: T) => { at: Date; id: string }): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const next = rows.length > limit && last ? encodeCursor(key(last).at, key(last).id) : null;
  return { items, next };
}
