import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  /** A person (patient) id: rows about that person, or that opened a referral or case of theirs. */
  person?: string | undefined;
  schemeSlug?: string | undefined;
  from?: Date | undefined;
  /** Exclusive upper bound. */
  before?: Date | undefined;
}

/**
 * Where the previous page ended: the last row's `at` to the microsecond (UTC, as PostgreSQL writes
 * it: a JavaScript Date would round rows in the same millisecond away) and its id.
 */
export interface AuditPosition {
  at: string;
  id: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

type ActionMatch = { exact: string } | { prefix: string };

/**
 * Every action the log holds that starts with `prefix`, from audit_actions (kept by a trigger as rows
 * are written): the actions the code writes, tens of them, read whole however long the log grows. The
 * start is compared here, as written, so "_" and "%" are not wildcards and no collation reorders it.
 */
async function actionsStartingWith(db: Kysely<DB>, prefix: string): Promise<string[]> {
  const { rows } = await sql<{ action: string }>`SELECT action FROM audit_actions ORDER BY action`.execute(db);
  return rows.flatMap((r) => (r.action.startsWith(prefix) ? [r.action] : []));
}

/** One page of the search with the action, if any, matched exactly. */
function searchPage(
  db: Kysely<DB>,
  f: AuditFilter,
  action: string | undefined,
  limit: number,
  after: AuditPosition | null,
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .leftJoin('organisations as s', 's.id', 'a.scheme_id');
  if (f.actor) {
    const like = `%${escapeLike(f.actor.toLowerCase())}%`;
    query = query.where((eb) => eb.or([eb(sql`lower(u.email)`, 'like', like), eb(sql`lower(u.name)`, 'like', like)]));
  }
  if (action !== undefined) query = query.where('a.action', '=', action);
  if (f.recordType) query = query.where('a.record_type', '=', f.recordType);
  if (f.recordId) query = query.where('a.record_id', '=', f.recordId);
  if (f.person) {
    const person = f.person;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb(sql`a.detail ? 'patientId'`, '=', true), eb(sql`a.detail ->> 'patientId'`, '=', person)]),
        eb.and([eb('a.record_type', '=', 'patient'), eb('a.record_id', '=', person)]),
      ]),
    );
  }
  if (f.schemeSlug) {
    const slug = f.schemeSlug;
    query = query.where('a.scheme_id', '=', (eb) =>
      eb.selectFrom('organisations').select('id').where('slug', '=', slug),
    );
  }
  if (f.from) query = query.where('a.at', '>=', f.from);
  if (f.before) query = query.where('a.at', '<', f.before);
  if (after)
    query = query.where(sql<boolean>`(a.at, a.id) < (${after.at}::timestamp AT TIME ZONE 'UTC', ${after.id}::bigint)`);
  return query
    .select([
      'a.id',
      'a.at',
      'a.actor_user_id',
      'u.name as actor_name',
      'u.email as actor_email',
      'a.actor_role',
      'a.action',
      'a.record_type',
      'a.record_id',
      's.slug as scheme_slug',
      'a.request_id',
      'a.reason',
    ])
    .select(sql<string>`to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as('at_key'))
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit + 1);
}

/**
 * Searches the audit log, newest first, one page at a time by keyset on (at, id): a scheme's page is
 * read from the (scheme_id, at, id) index, the whole log's from (at, id), one action's from
 * (action, at, id), so a page costs the same however long the log grows. An action ending in "."
 * is a prefix: one page per action it matches, each from its index, merged. Fetches limit + 1 rows
 * so the caller knows whether there is a next page.
 */
export async function searchAudit(db: Kysely<DB>, f: AuditFilter, limit: number, after: AuditPosition | null) {
  const match: ActionMatch | null = f.action
    ? f.action.endsWith('.')
      ? { prefix: f.action }
      : { exact: f.action }
    : null;
  if (match === null) return searchPage(db, f, undefined, limit, after).execute();
  const actions = 'exact' in match ? [match.exact] : await actionsStartingWith(db, match.prefix);
  if (actions.length <= 1) return actions[0] === undefined ? [] : searchPage(db, f, actions[0], limit, after).execute();
  const [first, ...rest] = actions.map((action) =>
    db.selectFrom(searchPage(db, f, action, limit, after).as('p')).selectAll(),
  );
  // Each action's rows are its own (UNION ALL): the newest limit + 1 of all the branches are the page.
  return db
    .selectFrom(rest.reduce((all, next) => all.unionAll(next), first!).as('b'))
    .selectAll()
    .orderBy('b.at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(limit + 1)
    .execute();
}
