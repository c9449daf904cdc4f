import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, Role } from '../../../db/schema.ts';
import type { NamePosition } from '../../../platform/http/cursor.ts';
import { TRAINED_ROLES } from './default-catalogue.ts';
import { pageByName } from '../../../platform/db/name-keyset.ts';

type Db = Kysely<DB> | Transaction<DB>;

function trainedPeople(db: Db, schemeId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
    )
    .select(['u.id', 'u.name', 'p.started_on as startedOn', sql<Role[]>`array_agg(m.role ORDER BY m.role)`.as('roles')])
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', 'in', [...TRAINED_ROLES])
    .where('u.active', '=', true)
    .groupBy(['u.id', 'u.name', 'p.started_on']);
}

/** The scheme's staff who hold training (link workers, supervisors, managers), with their roles and start date; or just one of them. */
export function listTrainedPeople(db: Db, schemeId: string, userId?: string) {
  let query = trainedPeople(db, schemeId);
  if (userId) query = query.where('m.user_id', '=', userId);
  return query.orderBy('u.name').orderBy('u.id').execute();
}

/**
 * One page of the scheme's trained staff by name then id: limit + 1 rows after a position, or before one
 * in reverse order. Walks users_name_idx and keeps those with a trained role here (one membership probe
 * each), so a page reads about limit + 1 people, not every member of the scheme grouped and sorted.
 */
export function pageTrainedPeople(db: Db, schemeId: string, position: NamePosition, limit: number) {
  const trainedHere = (eb: ExpressionBuilder<DB & { u: DB['users'] }, 'u'>) =>
    eb
      .selectFrom('memberships as m')
      .whereRef('m.user_id', '=', 'u.id')
      .where('m.scheme_id', '=', schemeId)
      .where('m.role', 'in', [...TRAINED_ROLES]);
  let query = db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id',
      'u.name',
      eb
        .selectFrom('worker_profiles as p')
        .select('p.started_on')
        .whereRef('p.user_id', '=', 'u.id')
        .where('p.scheme_id', '=', schemeId)
        .as('startedOn'),
      sql<Role[]>`array(${trainedHere(eb).select('m.role').orderBy('m.role')})`.as('roles'),
    ])
    .where('u.active', '=', true)
    .where((eb) => eb.exists(trainedHere(eb).select(sql<number>`1`.as('one'))));
  return pageByName(query, position, limit).execute();
}

export type TrainedPerson = Awaited<ReturnType<typeof listTrainedPeople>>[number];

export function findUserName(db: Db, userId: string) {
  return db.selectFrom('users').select(['name', 'active']).where('id', '=', userId).executeTakeFirst();
}
