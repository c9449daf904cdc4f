import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { CrisisHelpView } from '../risk.schemas.ts';
import { crisisContactsOf } from '../risk-policies.repository.ts';

/**
 * The scheme's own crisis contacts (its safety settings) for "Crisis: what to do now", which every case
 * page and the header offer with 999 and NHS 111 option 2, before and without any form. No person's
 * record is read, so nothing is audited.
 */
export async function readCrisisHelp(ctx: AppContext, { scheme }: InScheme): Promise<CrisisHelpView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => ({
    crisisContacts: await crisisContactsOf(trx, scheme.id),
  }));
}
