import type { AppContext } from '../../../../context.ts';
import { hashToken, randomToken } from '../../../../platform/auth/tokens.ts';
import { replaceSessionToken } from '../auth.repository.ts';

/**
 * Gives a session a new cookie token when sign-in completes, so a token seen or planted before
 * the second factor or password change (session fixation) is worthless afterwards.
 */
export async function rotateSessionToken(ctx: AppContext, sessionId: string): Promise<string> {
  const token = randomToken();
  await replaceSessionToken(ctx.db, sessionId, hashToken(token));
  return token;
}
