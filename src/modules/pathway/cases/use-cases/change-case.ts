import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import type { InScheme, SchemeRef } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { caseStates, type CaseEvent } from '../case-states.ts';
import type { CaseView } from '../cases.schemas.ts';
import type { CaseChanges } from '../../case-records/index.ts';
import * as repo from '../../case-records/index.ts';
import type { CaseParts } from '../present-case.ts';
import { loadCaseParts, loadCaseView } from '../load-case.ts';
import { userIdOf } from '../../../../platform/actor.ts';

export interface CaseWork {
  trx: Transaction<DB>;
  scheme: SchemeRef;
  parts: CaseParts;
  now: Date;
  byUserId: string | null;
}

export interface CaseChangeRequest {
  id: string;
  event: CaseEvent;
  /** The version the person saw; required for edits of the case record itself, not for adding entries. */
  version?: number;
  audit: { action: string; recordType?: string; detail?: Record<string, unknown> };
  /** Does the work; returns changes to the case row, if any. */
  work: (w: CaseWork) => Promise<CaseChanges | void>;
}

/**
 * Every change to a case goes through here: the policy and the relationship, the state machine
 * (a closed case takes no more work), optimistic locking, and the audit row in the same transaction.
 */
export async function changeCase(
  ctx: AppContext,
  { actor, scheme, ...request }: InScheme & CaseChangeRequest,
): Promise<CaseView> {
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const parts = await loadCaseParts(trx, actor, scheme, request.id, 'write');
    const { kase } = parts;
    const status = caseStates.next(kase.status, request.event);
    if (request.version !== undefined && request.version !== kase.version) throw fail.editConflict('case', kase);
    const changes = (await request.work({ trx, scheme, parts, now, byUserId: userIdOf(actor) })) ?? {};
    const statusChange = status !== kase.status ? { status } : {};
    if (Object.keys(changes).length > 0 || status !== kase.status || request.version !== undefined) {
      const saved = await repo.updateCase(
        trx,
        kase.id,
        request.version ?? kase.version,
        { ...changes, ...statusChange },
        now,
      );
      if (!saved) throw fail.editConflict('case', kase);
    }
    await recordAudit(trx, actor, {
      action: request.audit.action,
      recordType: request.audit.recordType ?? 'case',
      recordId: kase.id,
      schemeId: scheme.id,
      detail: { ...(status !== kase.status ? { from: kase.status, to: status } : {}), ...request.audit.detail },
    });
    return loadCaseView(trx, actor, scheme, kase.id, now);
  });
}
