import { createHmac } from 'node:crypto';
import { safeEqual } from '../../../platform/auth/tokens.ts';

const MAX_AGE_MS = 2 * 60 * 60 * 1000;

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(`self-referral:${payload}`).digest('base64url');
}

/** A token proving when the public form was loaded, for this scheme; no server state needed. */
export function issueFormToken(key: Buffer, schemeSlug: string, at: Date): string {
  const payload = `${schemeSlug}.${at.getTime()}`;
  return `${payload}.${sign(key, payload)}`;
}

export type FormTokenProblem = 'invalid' | 'too-fast' | 'expired';

/**
 * Bot protection without third parties: the token must be ours, for this scheme, and the form
 * must have been open long enough for a person to fill it (and not so long ago it went stale).
 */
export function checkFormToken(
  key: Buffer,
  schemeSlug: string,
  token: string,
  now: Date,
  minSeconds: number,
): FormTokenProblem | null {
  const parts = token.split('.');
  if (parts.length !== 3) return 'invalid';
  const [slug, issued, signature] = parts as [string, string, string];
  if (slug !== schemeSlug || !/^\d{1,15}$/.test(issued) || !safeEqual(signature, sign(key, `${slug}.${issued}`)))
    return 'invalid';
  const age = now.getTime() - Number(issued);
  if (age < minSeconds * 1000) return 'too-fast';
  if (age > MAX_AGE_MS) return 'expired';
  return null;
}
