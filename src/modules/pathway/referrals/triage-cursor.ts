import { fail } from '../../../platform/errors.ts';
import type { TriageCursor } from './referral-queues.repository.ts';

/** The triage queue's cursor: the last row's urgency, received time and id, opaque to clients. */
export function encodeTriageCursor(c: TriageCursor): string {
  return Buffer.from(JSON.stringify([c.urgency, c.at.toISOString(), c.id])).toString('base64url');
}

/** Reads a triage cursor from the query; a damaged one (or one from another list) is a 400 naming the field. */
export function decodeTriageCursor(value: string | undefined, field = 'after'): TriageCursor | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      (parsed[0] === 0 || parsed[0] === 1) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed[2])
    ) {
      const at = new Date(parsed[1]);
      if (!Number.isNaN(at.getTime())) return { urgency: parsed[0], at, id: parsed[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw fail.field(
    field,
    'The page cursor is not one this server gave out for the triage queue.',
    'Start again from the first page of the triage queue and follow the "next" links.',
  );
}
