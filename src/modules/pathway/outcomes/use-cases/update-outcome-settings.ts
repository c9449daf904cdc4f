/** Choosing which measures the scheme asks of everyone, and how often they are due again. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { loadCatalogue } from '../measure-catalogue.ts';
import { presentMeasures } from '../present-measures.ts';
import type { OutcomeSettingsBody } from '../outcomes.schemas.ts';
import { saveOutcomeSettings } from '../outcomes.repository.ts';

/** Saves the measures asked (known, each once) and the review interval (1–52 weeks), with the version seen. */
export async function updateOutcomeSettings(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: OutcomeSettingsBody },
) {
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const catalogue = await loadCatalogue(trx, scheme.id);
    const errors: FieldError[] = [];
    input.measures.forEach((key, i) => {
      if (!catalogue.latest(key))
        errors.push({
          field: `measures[${i}]`,
          message: `"${key}" is not a measure this scheme can record.`,
          fix: `Choose from: ${catalogue.available.map((m) => m.key).join(', ')}; add a licensed measure first to ask it.`,
        });
      else if (input.measures.indexOf(key) !== i)
        errors.push({ field: `measures[${i}]`, message: `"${key}" is listed twice.`, fix: 'List each measure once.' });
    });
    if (!Number.isInteger(input.reviewWeeks) || input.reviewWeeks < 1 || input.reviewWeeks > 52)
      errors.push({
        field: 'reviewWeeks',
        message: `${input.reviewWeeks} is not between 1 and 52 weeks.`,
        fix: 'Give how many weeks after the last asking a measure is due again, from 1 to 52 (6 is common).',
      });
    if (errors.length) throw fail.validation(errors);
    if (input.version !== catalogue.settings.version)
      throw fail.conflict(
        `Someone else changed the outcome measure settings after you opened them (now version ${catalogue.settings.version}). Reload, then make your change again.`,
      );
    const saved = await saveOutcomeSettings(
      trx,
      scheme.id,
      input.version,
      { measures: input.measures, reviewWeeks: input.reviewWeeks },
      now,
    );
    if (!saved)
      throw fail.conflict(
        'Someone else changed the outcome measure settings just now. Reload, then make your change again.',
      );
    await recordAudit(trx, actor, {
      action: 'outcome.settings-update',
      recordType: 'scheme',
      recordId: scheme.id,
      schemeId: scheme.id,
      detail: { measures: input.measures, reviewWeeks: input.reviewWeeks },
    });
    return presentMeasures(await loadCatalogue(trx, scheme.id));
  });
}
