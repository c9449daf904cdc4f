import { sql, type RawBuilder } from 'kysely';
import { boundingBox, distanceMetres } from './geo.ts';

/** A point to measure from, and how far to reach from it in metres (null: any distance). */
export interface NearPoint {
  latitude: number;
  longitude: number;
  metres: number | null;
}

/**
 * The location conditions of a distance search (on `l`, a directory_locations row): first the
 * bounding box, on the numeric columns so the (latitude, longitude) index narrows the rows, then the
 * exact haversine distance. The staff search and the ORUK API both use it: one rule, one place.
 */
export function locationWithinReach(near: NearPoint): RawBuilder<unknown> {
  if (near.metres === null) return sql`l.latitude is not null and l.longitude is not null`;
  const box = boundingBox(near.latitude, near.longitude, near.metres);
  return sql`l.latitude between ${box.minLat}::numeric and ${box.maxLat}::numeric
    and l.longitude between ${box.minLon}::numeric and ${box.maxLon}::numeric
    and ${distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude)} <= ${near.metres}::float8`;
}

/** The service `s`'s nearest location within reach, in metres (null when it has none). */
export function nearestLocation(near: NearPoint): RawBuilder<number | null> {
  return sql<number | null>`(select min(${distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude)})
    from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
    where sal.service_id = s.id and ${locationWithinReach(near)})`;
}

/**
 * The service `s` has a location within reach: the first condition of a distance search, so only
 * services near the point (found through the location index) are ranked by distance at all. Each
 * location found looks up its links through the (location_id) index: the lateral subquery is kept
 * apart (offset 0) so the planner cannot hash the whole links table instead, which it prefers when a
 * dense area holds a few thousand locations, and which grows with the directory.
 */
export function serviceWithinReach(near: NearPoint): RawBuilder<unknown> {
  return sql`s.id in (select sal.service_id from directory_locations l
    cross join lateral (select x.service_id from directory_service_at_locations x where x.location_id = l.id offset 0) sal
    where ${locationWithinReach(near)})`;
}

/** The rings a distance search tries before its whole radius, as shares of it, smallest first. */
export const RINGS = [1 / 8, 1 / 4, 1 / 2];

/**
 * The smallest ring (an eighth, a quarter, half or all of the radius) holding at least `need`
 * matches, by `countUpTo(metres, need)`, which reads at most `need` of them. Everything nearer than
 * a ring's edge lies inside it, so the nearest `need` of the ring are exactly the nearest `need` of
 * the radius: ranking the ring costs what the page needs, not what a dense area holds. The staff
 * search and the ORUK API both use it: one rule, one place.
 */
export async function rankingRadius(
  metres: number,
  need: number,
  countUpTo: (metres: number, cap: number) => Promise<number>,
): Promise<number> {
  for (const share of RINGS) {
    if ((await countUpTo(metres * share, need)) >= need) return metres * share;
  }
  return metres;
}
