/**
 * Saving the scheme's policy row: the settings are checked against the version the manager opened, the
 * change and its audit row commit together, and the answer is the settings as saved.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { InScheme } from '../../../platform/in-scheme.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import * as repo from './scheme-settings.repository.ts';
import type { SchemeSettings } from './scheme-settings.schemas.ts';
import { presentSchemeSettings } from './present-scheme-settings.ts';

/** Criteria and policies are saved whole with optimistic locking, so two managers never overwrite each other unseen. */
export async function savePolicy(
  ctx: AppContext,
  {
    actor,
    scheme,
    version,
    action,
    change,
    detail,
  }: InScheme & {
    version: number;
    action: string;
    change: (trx: Transaction<DB>, current: repo.PolicyRow) => Promise<repo.PolicyChanges>;
    detail: Record<string, unknown>;
  },
): Promise<SchemeSettings> {
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const current = await repo.loadPolicy(trx, scheme.id);
    if (current.version !== version) throw fail.editConflict("scheme's settings", current);
    const saved = await repo.updatePolicy(trx, scheme.id, version, await change(trx, current), now);
    if (!saved) throw fail.editConflict("scheme's settings", current);
    await recordAudit(trx, actor, { action, recordType: 'scheme', recordId: scheme.id, schemeId: scheme.id, detail });
    return presentSchemeSettings(trx, scheme);
  });
}
