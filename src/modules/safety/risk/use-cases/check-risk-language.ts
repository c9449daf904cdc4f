/** Finding the risk language in a text as the worker types it. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { describeMatch, RISK_CATEGORIES } from '../../risk-language/index.ts';
import { findSchemeRiskLanguage } from '../record-risk-check.ts';
import type { RiskLanguageView } from '../risk.schemas.ts';

/** The risk language (built-in and the scheme's own phrases) in a text: the browser asks as the worker types (the server still checks on save). */
export async function checkRiskLanguage(
  ctx: AppContext,
  { scheme, text }: InScheme & { text: string },
): Promise<RiskLanguageView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const found = await findSchemeRiskLanguage(trx, scheme.id, text);
    return {
      matches: found.map(describeMatch),
      findings: found.map((f) => ({ ...f, categoryLabel: RISK_CATEGORIES[f.category] })),
    };
  });
}
