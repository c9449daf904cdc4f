/** What a link worker may reach: a case, and the onward referrals made from it. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { checkCaseAccess } from '../../pathway/case-records/index.ts';
import { findCase, type CaseRow } from '../../pathway/case-records/index.ts';
import * as repo from './onward-referrals.repository.ts';
import type { OnwardRow } from './onward-referrals.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case, if the actor may read (or work) it: onward referrals follow the case's access rules. */
export async function caseFor(
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  caseId: string,
  need: 'read' | 'write',
): Promise<CaseRow> {
  const kase = UUID.test(caseId) ? await findCase(trx, caseId) : undefined;
  if (!kase || kase.scheme_id !== schemeId) throw fail.notFound('That case');
  checkCaseAccess(actor, kase, need);
  return kase;
}

/** An onward referral the actor reaches through its case; others get 404 (ids cannot be probed). */
export async function onwardForWorker(
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  id: string,
  need: 'read' | 'write',
  lock = false,
): Promise<{ row: OnwardRow; kase: CaseRow }> {
  const row = UUID.test(id) ? await repo.findOnward(trx, id, lock) : undefined;
  if (!row || row.scheme_id !== schemeId) throw fail.notFound('That onward referral');
  const kase = await caseFor(trx, actor, schemeId, row.case_id, need);
  return { row, kase };
}

export const userNames = repo.userNames;
