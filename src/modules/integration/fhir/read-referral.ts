/**
 * Reading a referral the client sent, with what its Task and ServiceRequest show; another client's
 * or another scheme's referral is never found.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { ClientActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import type { ReferralFacts } from './fhir-render.ts';
import * as repo from './fhir.repository.ts';
import { isResourceId } from './resource-id.ts';

/** A referral this client sent, with what its Task and ServiceRequest show; null when there is none. */
export async function loadReferralFacts(
  trx: Transaction<DB>,
  actor: ClientActor,
  id: string,
): Promise<ReferralFacts | null> {
  if (!isResourceId(id)) return null;
  const referral = await repo.findClientReferral(trx, id.toLowerCase(), actor.clientId);
  if (!referral) return null;
  const [messages, schemeName] = await Promise.all([
    repo.listMessagesBack(trx, referral.id),
    repo.findSchemeName(trx, actor.schemeId),
  ]);
  return { referral, messages, schemeName: schemeName ?? actor.schemeSlug };
}

/**
 * Reads one referral for a FHIR read and audits the read in the same scheme transaction. Another
 * client's or another scheme's referral is "not found", so ids reveal nothing.
 */
export function readReferral(
  ctx: AppContext,
  actor: ClientActor,
  id: string,
  resource: 'Task' | 'ServiceRequest',
  action: string,
): Promise<ReferralFacts> {
  return inSchemeTransaction(ctx.db, actor.schemeId, async (trx) => {
    const facts = await loadReferralFacts(trx, actor, id);
    if (!facts) throw fail.notFound(`${resource}/${id}`);
    await recordAudit(trx, actor, {
      action,
      recordType: 'referral',
      recordId: facts.referral.id,
      schemeId: actor.schemeId,
    });
    return facts;
  });
}
