import type { Kysely, Transaction } from 'kysely';
import type { DB, OrganisationType } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;
const COLUMNS = ['id', 'type', 'name', 'slug', 'ods_code', 'active', 'created_at'] as const;

export function listOrganisations(db: Db, type?: OrganisationType) {
  let query = db.selectFrom('organisations').select(COLUMNS);
  if (type) query = query.where('type', '=', type);
  return query.orderBy('type').orderBy('name').execute();
}

/**
 * Every scheme's id (organisations are not row-level secured), for the sweeps and counts that run scheme by scheme,
 * each in its own scheme transaction; with `activeOnly`, schemes that are still running only. Safety sweeps take all.
 */
export async function listSchemeIds(db: Db, o: { activeOnly?: boolean } = {}): Promise<string[]> {
  let query = db.selectFrom('organisations').select('id').where('type', '=', 'scheme');
  if (o.activeOnly) query = query.where('active', '=', true);
  return (await query.execute()).map((r) => r.id);
}

export type OrganisationRow = Awaited<ReturnType<typeof listOrganisations>>[number];

export function findBySlugOrOds(db: Db, slug: string | null, odsCode: string | null) {
  return db
    .selectFrom('organisations')
    .select(COLUMNS)
    .where((eb) =>
      eb.or([...(slug ? [eb('slug', '=', slug)] : []), ...(odsCode ? [eb('ods_code', '=', odsCode)] : [])]),
    )
    .executeTakeFirst();
}

export async function insertOrganisation(
  db: Db,
  o: { type: OrganisationType; name: string; slug: string | null; odsCode: string | null },
): Promise<OrganisationRow> {
  return db
    .insertInto('organisations')
    .values({ type: o.type, name: o.name, slug: o.slug, ods_code: o.odsCode })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export function findSchemeBySlug(db: Db, slug: string) {
  return db
    .selectFrom('organisations')
    .select(COLUMNS)
    .where('type', '=', 'scheme')
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export function findOrganisationById(db: Db, id: string) {
  return db.selectFrom('organisations').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** True when no organisation exists yet (a brand-new deployment). */
export async function noOrganisationsYet(db: Db): Promise<boolean> {
  return !(await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst());
}
