/** The free text of a change report or its resolution: trimmed, required and not too long. */
import { fail } from '../../../../platform/errors.ts';

const MAX_TEXT = 2000;

/** The trimmed text; empty or over-long text is a 400 naming the field. */
export function text(field: string, value: string, what: string, fix: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw fail.field(field, `Enter ${what}.`, fix);
  if (trimmed.length > MAX_TEXT)
    throw fail.field(
      field,
      `${what[0]!.toUpperCase()}${what.slice(1)} is ${trimmed.length} characters; the most is ${MAX_TEXT}.`,
      'Shorten it.',
    );
  return trimmed;
}
