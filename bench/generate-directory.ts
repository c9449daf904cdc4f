/**
 * A large synthetic community directory for the directory benchmark, made with set-based SQL
 * (INSERT … SELECT FROM generate_series) as the database owner: organisations, a taxonomy of needs,
 * services with locations spread over ~30 km around the Lakeside centre, addresses, schedules,
 * languages and need attributes. Ids are '<kind>-<i>', so each table can refer to another's rows
 * by index. Public directory data: no row-level security applies.
 */
import type { Database } from '../src/db/database.ts';

export interface DirectorySize {
  services: number;
  organizations: number;
  terms: number;
  /** Every nth service has a second location. */
  secondLocationEvery: number;
  /** Radius of the area the locations cover, in metres. */
  radiusMetres: number;
}

export const DEFAULT_DIRECTORY_SIZE: DirectorySize = {
  services: 50_000,
  organizations: 2_000,
  terms: 40,
  secondLocationEvery: 5,
  radiusMetres: 30_000,
};

/** The centre of the fictional town Lakeside (as the postcode sample). */
export const LAKESIDE = { latitude: 54.37, longitude: -2.91 };

/** Activities that make up service names; the search benchmark looks for one of them. */
export const ACTIVITIES = [
  'walking',
  'gardening',
  'cooking',
  'painting',
  'singing',
  'knitting',
  'cycling',
  'swimming',
  'yoga',
  'chess',
  'reading',
  'woodwork',
  'photography',
  'dancing',
  'pottery',
  'fishing',
  'birdwatching',
  'football',
  'drumming',
  'baking',
];
const KINDS = ['group', 'club', 'café', 'circle', 'class', 'workshop', 'drop-in', 'project'];
const NEEDS = [
  'loneliness',
  'debt',
  'housing',
  'carers',
  'bereavement',
  'mental wellbeing',
  'physical activity',
  'employment',
];

export async function generateDirectory(
  database: Database,
  size: DirectorySize,
  say: (line: string) => void,
): Promise<Record<string, number>> {
  const run = (text: string, params: unknown[] = []) => database.owner.query(text, params);
  const started = Date.now();
  const n = size.services;
  await run(`SELECT setseed(0.42)`);
  await run(
    `INSERT INTO directory_taxonomies (id, name, description, version) VALUES ('tax-needs', 'Lakeside needs', 'Needs of people referred', '1')`,
  );
  await run(
    `INSERT INTO directory_taxonomy_terms (id, name, description, taxonomy, taxonomy_id, term)
    SELECT 'term-' || g, ($1::text[])[1 + (g - 1) % cardinality($1::text[])] || ' ' || g, 'Synthetic need', 'Lakeside needs', 'tax-needs', 'need-' || g
    FROM generate_series(1, $2::int) g`,
    [NEEDS, size.terms],
  );
  await run(
    `INSERT INTO directory_organizations (id, name, description, website, source)
    SELECT 'org-' || g, 'Lakeside ' || ($1::text[])[1 + g % cardinality($1::text[])] || ' trust ' || g, 'A community organisation of Lakeside', 'https://example.org/' || g, 'bench'
    FROM generate_series(1, $2::int) g`,
    [ACTIVITIES, size.organizations],
  );
  say(`  ${size.organizations.toLocaleString('en-GB')} organisations, ${size.terms} taxonomy terms`);
  await run(
    `INSERT INTO directory_services (id, organization_id, name, description, status, minimum_age, maximum_age, last_modified, source)
    SELECT 'svc-' || g, 'org-' || (1 + g % $2::int),
      initcap(($1::text[])[1 + g % cardinality($1::text[])]) || ' ' || ($3::text[])[1 + (g / 7) % cardinality($3::text[])] || ' ' || g,
      'A friendly ' || ($1::text[])[1 + (g * 7) % cardinality($1::text[])] || ' and ' || ($1::text[])[1 + (g * 13) % cardinality($1::text[])]
        || ' session for people who want to meet others, learn something new and feel better. Number ' || g || '.',
      'active', CASE WHEN g % 3 = 0 THEN 65 ELSE 18 END, 120, now() - (g % 365) * interval '1 day', 'bench'
    FROM generate_series(1, $4::int) g`,
    [ACTIVITIES, size.organizations, KINDS, n],
  );
  say(`  ${n.toLocaleString('en-GB')} services`);
  // Uniform over a disc: radius ∝ √u. Degrees from metres at Lakeside's latitude.
  const locations = n + Math.floor(n / size.secondLocationEvery);
  await run(
    `INSERT INTO directory_locations (id, location_type, name, latitude, longitude)
    SELECT 'loc-' || g, 'physical', 'Venue ' || g,
      round(($1::float8 + r * cos(theta) / 111195.0)::numeric, 6),
      round(($2::float8 + r * sin(theta) / (111195.0 * cos(radians($1::float8))))::numeric, 6)
    FROM (SELECT g, $3::float8 * sqrt(random()) AS r, 2 * pi() * random() AS theta FROM generate_series(1, $4::int) g) p`,
    [LAKESIDE.latitude, LAKESIDE.longitude, size.radiusMetres, locations],
  );
  await run(
    `INSERT INTO directory_addresses (id, location_id, address_1, city, state_province, postal_code, country, address_type)
    SELECT 'addr-' || g, 'loc-' || g, g || ' Lake Road', 'Lakeside', 'Lakeshire', 'LK' || (1 + g % 9) || ' ' || (g % 10) || 'AB', 'GB', 'physical'
    FROM generate_series(1, $1::int) g`,
    [locations],
  );
  await run(
    `INSERT INTO directory_service_at_locations (id, service_id, location_id)
    SELECT 'sal-' || g, 'svc-' || g, 'loc-' || g FROM generate_series(1, $1::int) g
    UNION ALL
    SELECT 'sal-' || ($1::int + k), 'svc-' || (k * $2::int), 'loc-' || ($1::int + k) FROM generate_series(1, $1::int / $2::int) k`,
    [n, size.secondLocationEvery],
  );
  say(`  ${locations.toLocaleString('en-GB')} locations with addresses and service-at-location links`);
  await run(
    `INSERT INTO directory_schedules (id, service_id, freq, byday, opens_at, closes_at, description)
    SELECT 'sch-' || g, 'svc-' || g, 'WEEKLY', (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[1 + g % 7], time '09:00' + (g % 8) * interval '1 hour',
      time '11:00' + (g % 8) * interval '1 hour', 'Weekly' FROM generate_series(1, $1::int) g`,
    [n],
  );
  await run(
    `INSERT INTO directory_languages (id, service_id) SELECT 'lang-' || g, 'svc-' || g FROM generate_series(1, $1::int) g`,
    [n],
  );
  await run(
    `INSERT INTO directory_attributes (id, link_id, link_type, link_entity, taxonomy_term_id)
    SELECT 'attr-' || g || '-' || k, 'svc-' || g, 'need', 'service', 'term-' || (1 + (g * k) % $2::int)
    FROM generate_series(1, $1::int) g, generate_series(1, 2) k`,
    [n, size.terms],
  );
  say(`  schedules, languages and two need attributes per service`);
  // As autovacuum would leave a long-lived directory: statistics for the planner, visibility maps for index-only scans.
  for (const table of [
    'directory_organizations',
    'directory_services',
    'directory_locations',
    'directory_addresses',
    'directory_service_at_locations',
    'directory_schedules',
    'directory_languages',
    'directory_attributes',
    'directory_taxonomy_terms',
    'postcodes',
  ]) {
    await run(`VACUUM ANALYZE ${table}`);
  }
  const counts: Record<string, number> = {};
  for (const table of [
    'directory_organizations',
    'directory_services',
    'directory_locations',
    'directory_service_at_locations',
    'directory_addresses',
    'directory_schedules',
    'directory_languages',
    'directory_attributes',
    'directory_taxonomy_terms',
  ]) {
    const result = await database.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = result.rows[0]?.n ?? 0;
  }
  say(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return counts;
}
