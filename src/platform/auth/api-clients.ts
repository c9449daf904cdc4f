import { randomToken } from './tokens.ts';

/** A new API token: a short visible prefix to recognise it by, and the secret. Stored only hashed. */
export function newApiToken(): { token: string; prefix: string } {
  const prefix = randomToken(6).replace(/[-_]/g, 'x').slice(0, 8);
  return { token: `lw_${prefix}_${randomToken(32)}`, prefix };
}
