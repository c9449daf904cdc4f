import { fail } from '../../../platform/errors.ts';
import type { BoardCursor, BoardRank } from './lone-working.repository.ts';

/** Opaque cursor for the team board's next page: the section, expected end and id of the last visit shown. */
export function encodeBoardCursor(c: BoardCursor): string {
  return Buffer.from(JSON.stringify(['b', c.rank, c.at.toISOString(), c.id])).toString('base64url');
}

/** Reads a board cursor; a damaged one (or one from another list) is a 400 naming the field, not a crash. */
export function decodeBoardCursor(value: string | undefined, field = 'after'): BoardCursor | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 4 &&
      parsed[0] === 'b' &&
      [2, 3, 4].includes(parsed[1] as number) &&
      typeof parsed[2] === 'string' &&
      typeof parsed[3] === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed[3])
    ) {
      const at = new Date(parsed[2]);
      if (!Number.isNaN(at.getTime())) return { rank: parsed[1] as BoardRank, at, id: parsed[3] };
    }
  } catch {
    // fall through to the error below
  }
  throw fail.field(
    field,
    'The page cursor is not one this server gave out for the team board.',
    'Start again from the first page of the board and follow the "next" links.',
  );
}
