/** The element id used for a body field path, so "memberships.0.role" becomes "memberships-0-role". */
export function fieldId(path: string): string {
  return path.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** Joins a validation message and how to fix it into one sentence pair. */
export function errorText(message: string, fix?: string): string {
  if (!fix) return message;
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return `${sentence} ${fix}`;
}
