import { createHash } from 'node:crypto';
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
export async function recordAudit(
  trx: Kysely<DB> | Transaction<DB>,
  actor: Actor | null,
  entry: AuditEntry,
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_user_id: actor?.kind === 'user' ? actor.userId : null,
      actor_client_id: actor?.kind === 'client' ? actor.clientId : null,
      actor_role:
        actor === null ? null : actor.kind === 'user' ? actor.role : actor.kind === 'client' ? 'api_client' : 'system',
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

/** A list page as its audit row describes it: the filters it was asked for, which page, how many rows. */
export interface ListRead {
  /** The page cursor the request gave (`after`, `before`); none for the first page. */
  cursor?: string | null | undefined;
  /** How many rows the page showed. */
  shown: number;
  /** The list's filters, as the request gave them (undefined ones are left out). */
  filters?: Record<string, string | number | boolean | null | undefined>;
}

/**
 * The audit detail of a list read: a fingerprint of the query (filters, a short hash of the page
 * cursor or "first", and the count shown), about a hundred bytes whatever the page size. The ids a
 * page showed are not stored: at 50 per page they made every row ~2 KB and the log outgrow the data
 * it guards. Records actually opened (a referral, a case, a person) are audited one by one with
 * their ids, which is what "who looked at this person" reads. Keys and values are plain JSON, so
 * the row serialises the same way every time (jsonb orders keys), as a later hash chain needs.
 */
export function listRead(page: ListRead): Record<string, unknown> {
  const filters = Object.fromEntries(Object.entries(page.filters ?? {}).filter(([, value]) => value !== undefined));
  const cursor = page.cursor ? createHash('sha256').update(page.cursor).digest('hex').slice(0, 16) : 'first';
  return { ...filters, page: cursor, shown: page.shown };
}
