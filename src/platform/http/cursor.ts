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
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed[1])
    ) {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime())) return { at, id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw fail.field(
    field,
    'The page cursor is not one this server gave out.',
    'Start again from the first page and follow the "next" links.',
  );
}

/** Splits a page fetched with limit + 1 rows into the page and the cursor for the next one. */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  key: (row: T) => { at: Date; id: string },
): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const next = rows.length > limit && last ? encodeCursor(key(last).at, key(last).id) : null;
  return { items, next };
}

/** A keyset position in a list of people ordered by name: the last name shown and its id. */
export interface NameCursor {
  name: string;
  id: string;
}

/** Opaque cursor for the next page of a list of people ordered by name, then id. */
export function encodeNameCursor(c: NameCursor): string {
  return Buffer.from(JSON.stringify(['n', c.name, c.id])).toString('base64url');
}

/** Reads a name-ordered cursor; a damaged one (or one from a list ordered otherwise) is a 400 naming the field. */
export function decodeNameCursor(value: string | undefined, field = 'after'): NameCursor | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === 'n' &&
      typeof parsed[1] === 'string' &&
      parsed[1].length <= 200 &&
      typeof parsed[2] === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed[2])
    )
      return { name: parsed[1], id: parsed[2] };
  } catch {
    // fall through to the error below
  }
  throw fail.field(
    field,
    'The page cursor is not one this server gave out for a list of people.',
    'Start again from the first page and follow the "next" links.',
  );
}

/** Where a page of people starts: after a name (going forward), before one (going back), or at the start. */
export interface NamePosition {
  after: NameCursor | null;
  before: NameCursor | null;
}

/** Reads `after` or `before` from a query; both at once is a 400, since a page cannot start in two places. */
export function decodeNamePosition(query: { after?: string; before?: string }): NamePosition {
  const after = decodeNameCursor(query.after, 'after');
  const before = decodeNameCursor(query.before, 'before');
  if (after && before)
    throw fail.field(
      'before',
      'A page starts either after one person or before one, not both.',
      'Follow one "next" or "previous" link at a time.',
    );
  return { after, before };
}

/**
 * Splits rows fetched with limit + 1 (newest name last when going forward; in reverse order when going
 * back from `before`) into the page in name order and the cursors of the pages either side.
 */
export function namePage<T>(
  rows: T[],
  limit: number,
  position: NamePosition,
  key: (row: T) => NameCursor,
): { items: T[]; next: string | null; previous: string | null } {
  const more = rows.length > limit;
  const back = position.before !== null;
  const items = back ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const first = items[0];
  const last = items[items.length - 1];
  const hasNext = back ? last !== undefined : more;
  const hasPrevious = back ? more : position.after !== null && first !== undefined;
  return {
    items,
    next: hasNext && last ? encodeNameCursor(key(last)) : null,
    previous: hasPrevious && first ? encodeNameCursor(key(first)) : null,
  };
}
