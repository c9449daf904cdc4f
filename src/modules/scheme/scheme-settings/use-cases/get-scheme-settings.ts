/** Reading the scheme's settings: its criteria, policies and safety settings. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { SchemeSettings } from '../scheme-settings.schemas.ts';
import { presentSchemeSettings } from '../present-scheme-settings.ts';

/** The scheme's criteria and policies (its link workers are paged apart): managers edit them; the team can read them. */
export async function getSchemeSettings(ctx: AppContext, { scheme }: InScheme): Promise<SchemeSettings> {
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => presentSchemeSettings(trx, scheme));
}
