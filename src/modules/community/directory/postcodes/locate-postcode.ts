import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { normalisePostcode } from '../../../pathway/patients/index.ts';

export interface LocatedPostcode {
  /** The postcode as normalised ("LK3 7QT"), whichever precision answered. */
  postcode: string;
  latitude: number;
  longitude: number;
  /** 'district': the postcode is not in the directory, so the centre of its outward code is used. */
  precision: 'postcode' | 'district';
}

/**
 * Where a postcode is, for distance searches: its own centroid when imported, else the average of
 * the imported postcodes of its district (outward code, "LK3"), so a new or mistyped-inward
 * postcode still finds services nearby; null when the input is not a postcode or the district is
 * unknown.
 */
export async function locatePostcode(
  db: Kysely<DB> | Transaction<DB>,
  postcode: string,
): Promise<LocatedPostcode | null> {
  const normalised = normalisePostcode(postcode);
  if (!normalised) return null;
  const exact = await db
    .selectFrom('postcodes')
    .select([sql<number>`latitude::float8`.as('latitude'), sql<number>`longitude::float8`.as('longitude')])
    .where('postcode', '=', normalised)
    .executeTakeFirst();
  if (exact)
    return {
      postcode: normalised,
      latitude: Number(exact.latitude),
      longitude: Number(exact.longitude),
      precision: 'postcode',
    };

  // Outward code plus the space: the prefix the district index (text_pattern_ops) answers.
  const district = normalised.slice(0, normalised.indexOf(' ') + 1);
  const centre = await db
    .selectFrom('postcodes')
    .select([
      sql<number | null>`avg(latitude::float8)`.as('latitude'),
      sql<number | null>`avg(longitude::float8)`.as('longitude'),
    ])
    .where('postcode', 'like', `${district}%`)
    .executeTakeFirst();
  if (!centre || centre.latitude === null || centre.longitude === null) return null;
  return {
    postcode: normalised,
    latitude: Number(centre.latitude),
    longitude: Number(centre.longitude),
    precision: 'district',
  };
}
