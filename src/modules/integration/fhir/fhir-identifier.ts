import type { FhirIssue } from './operation-outcome.ts';

export interface Identifier {
  system: string;
  value: string;
}

/** Splits a FHIR token "system|value"; null when either side is missing. */
export function parseToken(token: string): Identifier | null {
  const bar = token.indexOf('|');
  if (bar <= 0 || bar === token.length - 1) return null;
  return { system: token.slice(0, bar), value: token.slice(bar + 1) };
}

/**
 * Reads a conditional reference or If-None-Exist query ("identifier=system|value"); only search
 * by identifier is supported, because that is the only search that names one record for sure.
 */
export function parseIdentifierQuery(
  query: string,
  expression: string | undefined,
  issues: FhirIssue[],
): Identifier | null {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const where = expression ?? 'If-None-Exist';
  const names = [...params.keys()];
  const token = params.get('identifier');
  if (names.length !== 1 || token === null) {
    issues.push({
      code: 'not-supported',
      ...(expression ? { expression } : {}),
      message: `${where} searches by "${names.join('&') || query}"; only "identifier=system|value" is supported.`,
      fix: 'Search by one identifier, for example identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919.',
    });
    return null;
  }
  const identifier = parseToken(token);
  if (!identifier) {
    issues.push({
      code: 'invalid',
      ...(expression ? { expression } : {}),
      message: `${where} identifier "${token}" is not "system|value".`,
      fix: 'Give both the identifier system and its value, separated by "|".',
    });
  }
  return identifier;
}
