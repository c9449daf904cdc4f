import { sql, type RawBuilder } from 'kysely';

/** Mean Earth radius (IUGG), in metres: the radius the haversine distances assume. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const METRES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METRES) / 180;

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The latitude/longitude box that holds every point within `metres` of the centre, so a search can
 * narrow rows with the (latitude, longitude) index before the exact distance is computed. The box
 * is a little larger than the circle (never smaller), clamped at the poles; near a pole, or when
 * the box would cross the antimeridian, it spans every longitude rather than risk missing a row.
 */
export function boundingBox(latitude: number, longitude: number, metres: number): BoundingBox {
  const latDelta = metres / METRES_PER_DEGREE_LATITUDE;
  const minLat = Math.max(-90, latitude - latDelta);
  const maxLat = Math.min(90, latitude + latDelta);
  // The widest longitude span is at the box's edge nearest a pole, not at its centre.
  const widestLatitude = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const cos = Math.cos(toRadians(widestLatitude));
  const lonDelta = cos <= 1e-9 ? 180 : metres / (METRES_PER_DEGREE_LATITUDE * cos);
  if (lonDelta >= 180 || longitude - lonDelta < -180 || longitude + lonDelta > 180) {
    return { minLat, maxLat, minLon: -180, maxLon: 180 };
  }
  return { minLat, maxLat, minLon: longitude - lonDelta, maxLon: longitude + lonDelta };
}

/** Great-circle distance in metres between two points (haversine), as the SQL helper computes it. */
export function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * SQL for the haversine distance in metres from a row's latitude/longitude columns to a point, on
 * float8 (numeric trigonometry would be slow and is not needed at metre precision). Usable in
 * select, where and order by, e.g. distanceMetres('l.latitude', 'l.longitude', lat, lon).
 * A row without coordinates gives NULL.
 */
export function distanceMetres(
  latColumnRef: string,
  lonColumnRef: string,
  latitude: number,
  longitude: number,
): RawBuilder<number> {
  const lat = sql`${sql.ref(latColumnRef)}::float8`;
  const lon = sql`${sql.ref(lonColumnRef)}::float8`;
  const pLat = sql`${latitude}::float8`;
  const pLon = sql`${longitude}::float8`;
  return sql<number>`(2 * ${EARTH_RADIUS_METRES}::float8 * asin(least(1::float8, sqrt(
    power(sin(radians(${lat} - ${pLat}) / 2), 2)
    + cos(radians(${pLat})) * cos(radians(${lat})) * power(sin(radians(${lon} - ${pLon}) / 2), 2)))))`;
}
