import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './actor.ts';

export interface AuditEntry {
  action: string;
  recordType: string;
  recordId?: string | null;
  schemeId?: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Appends one audit row. Pass the transaction of the change it records, so that the change
 * and its audit row commit together or not at all.
 */
export async function recordAudit(trx: Kysely<DB> | Transaction<DB>, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_user_id: actor?.kind === 'user' ? actor.userId : null,
      actor_client_id: actor?.kind === 'client' ? actor.clientId : null,
      actor_role: actor === null ? null : actor.kind === 'user' ? actor.role : actor.kind === 'client' ? 'api_client' : 'system',
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId ?? null,
      scheme_id: entry.schemeId ?? (actor?.kind === 'client' ? actor.schemeId : null),
      request_id: actor?.requestId ?? null,
      reason: entry.reason ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
