import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  schemeSlug?: string | undefined;
  from?: Date | undefined;
  /** Exclusive upper bound. */
  before?: Date | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Searches the audit log, newest first. */
export async function searchAudit(db: Kysely<DB>, f: AuditFilter, limit: number, offset: number) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .leftJoin('organisations as s', 's.id', 'a.scheme_id');
  if (f.actor) {
    const like = `%${escapeLike(f.actor.toLowerCase())}%`;
    query = query.where((eb) => eb.or([eb(sql`lower(u.email)`, 'like', like), eb(sql`lower(u.name)`, 'like', like)]));
  }
  if (f.action) query = f.action.endsWith('.') ? query.where('a.action', 'like', `${escapeLike(f.action)}%`) : query.where('a.action', '=', f.action);
  if (f.recordType) query = query.where('a.record_type', '=', f.recordType);
  if (f.recordId) query = query.where('a.record_id', '=', f.recordId);
  if (f.schemeSlug) query = query.where('s.slug', '=', f.schemeSlug);
  if (f.from) query = query.where('a.at', '>=', f.from);
  if (f.before) query = query.where('a.at', '<', f.before);
  const [rows, count] = await Promise.all([
    query
      .select(['a.id', 'a.at', 'a.actor_user_id', 'u.name as actor_name', 'u.email as actor_email', 'a.actor_role', 'a.action', 'a.record_type', 'a.record_id', 's.slug as scheme_slug', 'a.request_id', 'a.reason'])
      .orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
