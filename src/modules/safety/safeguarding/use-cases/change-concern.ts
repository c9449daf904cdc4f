import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import * as repo from '../safeguarding.repository.ts';
import { caseFor, concernFor, view } from '../load-concern.ts';

/** A change to an open concern on a case, at its version (null: any), audited; the view after it. */
export async function changeConcern(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    concernId,
    version,
    change,
  }: InScheme & {
    caseId: string;
    concernId: string;
    version: number | null;
    change: (
      c: repo.ConcernRow,
      trx: Transaction<DB>,
      now: Date,
    ) => Promise<{ changes?: repo.ConcernChanges; audit: { action: string; detail?: Record<string, unknown> } }>;
  },
): Promise<ConcernView> {
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme, caseId);
    const concern = await concernFor(trx, actor, kase, concernId);
    if (concern.status === 'closed') throw new AppError('illegal-transition', 'This safeguarding record is closed.');
    if (version !== null && version !== concern.version) throw fail.editConflict('safeguarding record', concern);
    const { changes, audit } = await change(concern, trx, now);
    if (changes && !(await repo.updateConcern(trx, concern.id, concern.version, changes, now)))
      throw fail.editConflict('safeguarding record', concern);
    await recordAudit(trx, actor, {
      action: audit.action,
      recordType: 'safeguarding',
      recordId: concern.id,
      schemeId: scheme.id,
      detail: { caseId, ...audit.detail },
    });
    const saved = await repo.findConcern(trx, concern.id);
    if (!saved) throw fail.notFound('That safeguarding record');
    return view(trx, saved);
  });
}
