/** The scheme's outcome measures: what it asks, how often, and every definition a recording form needs. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { presentMeasures } from '../present-measures.ts';
import { loadCatalogue } from '../measure-catalogue.ts';

/** Every measure the scheme can record, the ones it asks first, with its review interval. */
export async function listMeasures(ctx: AppContext, { scheme }: InScheme) {
  return presentMeasures(await inSchemeTransaction(ctx.db, scheme.id, (trx) => loadCatalogue(trx, scheme.id)));
}
