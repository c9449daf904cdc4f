/** The text of a reflective log entry, as it is saved. */
import { fail } from '../../../platform/errors.ts';

/** The entry's text trimmed; an empty entry is refused with the way out. */
export function checkReflectionBody(body: string): string {
  const text = body.trim();
  if (!text)
    throw fail.field('body', 'The reflection is empty.', 'Write your reflection, or leave the page without saving.');
  return text;
}
