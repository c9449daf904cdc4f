/**
 * Adding a licensed measure the scheme holds a licence for, as data: its definition is checked so that it can
 * always be scored, and each change is a new version, so what was recorded keeps the definition it was scored by.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { userIdOf } from '../../../../platform/actor.ts';
import { checkMeasureDefinition } from '../measures/check-measure-definition.ts';
import { findBuiltInMeasure } from '../measures/built-in-measures.ts';
import type { MeasureDefinition } from '../measures/measure-definition.ts';
import { loadCatalogue } from '../measure-catalogue.ts';
import { presentMeasures } from '../present-measures.ts';
import { insertMeasure } from '../outcomes.repository.ts';

/** Checks and stores a new measure, or the next version of one the scheme added. */
export async function addMeasure(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: { definition: MeasureDefinition } },
) {
  const { definition } = input;
  checkMeasureDefinition(definition);
  if (findBuiltInMeasure(definition.key))
    throw fail.field(
      'definition.key',
      `"${definition.key}" is a built-in measure and cannot be replaced.`,
      'Give your measure its own key, for example "swemwbs".',
    );
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const current = (await loadCatalogue(trx, scheme.id)).latest(definition.key);
    const expected = (current?.version ?? 0) + 1;
    if (definition.version !== expected)
      throw fail.field(
        'definition.version',
        current
          ? `Version ${current.version} of "${definition.key}" is the latest; a change must be version ${expected}.`
          : `"${definition.key}" is new, so its first version is 1.`,
        `Set "version" to ${expected}. Recordings keep the version they were scored by.`,
      );
    await insertMeasure(trx, {
      schemeId: scheme.id,
      key: definition.key,
      version: definition.version,
      name: definition.name,
      definition,
      addedBy: userIdOf(actor),
    });
    await recordAudit(trx, actor, {
      action: 'outcome.measure-add',
      recordType: 'outcome_measure',
      recordId: null,
      schemeId: scheme.id,
      detail: { key: definition.key, version: definition.version, licence: definition.licence },
    });
    return presentMeasures(await loadCatalogue(trx, scheme.id));
  });
}
