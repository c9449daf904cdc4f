import type { OutcomeMeasures } from '../../api/outcomes.ts';

export type MeasureEntry = OutcomeMeasures['measures'][number];

/**
 * Every measure in the scheme's order: those it asks first, as it orders them, then the rest as the server lists
 * them, so the form reads in the order link workers will ask.
 */
export function inSchemeOrder(data: OutcomeMeasures): MeasureEntry[] {
  const asked = data.settings.measures
    .map((key) => data.measures.find((m) => m.definition.key === key))
    .filter((m): m is MeasureEntry => m !== undefined);
  const rest = data.measures.filter((m) => !data.settings.measures.includes(m.definition.key));
  return [...asked, ...rest];
}

/** A measure's label on the form: its name and short name, so either can be found by reading. */
export function measureLabel(entry: MeasureEntry): string {
  const { name, shortName } = entry.definition;
  return shortName && shortName !== name ? `${name} (${shortName})` : name;
}

/** Where the measure came from and its licence, so the manager can check the scheme may use it. */
export function measureHint(entry: MeasureEntry): string {
  const origin = entry.builtIn ? 'Built in' : `Added by the scheme, version ${entry.definition.version}`;
  return `${origin}. Licence: ${entry.definition.licence}`;
}

/** The review interval as typed: a whole number of weeks from 1 to 52, or null when it is not one. */
export function reviewWeeksOf(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const weeks = Number(text.trim());
  return weeks >= 1 && weeks <= 52 ? weeks : null;
}

export type ParsedDefinition = { ok: true; definition: unknown } | { ok: false; message: string };

/**
 * Reads the pasted definition in the browser, so a typing slip is explained at once (with the line where the
 * JSON stopped making sense when the browser says so) instead of as a generic refusal from the server.
 */
export function parseDefinition(text: string): ParsedDefinition {
  if (text.trim() === '')
    return { ok: false, message: 'Enter the measure’s definition as JSON, starting with { and ending with }' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : '';
    return {
      ok: false,
      message: `The definition is not valid JSON${reason ? ` (${reason})` : ''}. Check for a missing comma, quote or bracket, and use straight double quotes (") around keys and text`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'The definition must be one JSON object, starting with { and ending with }' };
  return { ok: true, definition: value };
}
