import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findSchemeRiskLanguage } from '../../safety/risk/index.ts';

/**
 * The risk module's detector, used through this one adapter so that replacing it is a one-line
 * change here: the words in a referral's text that the built-in detector and the scheme's own
 * added phrases find, quoted as written.
 */
export async function riskLanguageIn(trx: Transaction<DB>, schemeId: string, text: string): Promise<string[]> {
  return [...new Set((await findSchemeRiskLanguage(trx, schemeId, text)).map((m) => m.excerpt))];
}
