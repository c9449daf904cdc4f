-- Postcode centroids from the ONS Postcode Directory (ONSPD), loaded with
-- the `linkwork postcodes` command: where a person or a service is, for distance searches of the
-- community directory. Public data, no patient data.

CREATE TABLE postcodes (
  -- Normalised: upper case, one space before the inward code ("LK1 2AB").
  postcode text PRIMARY KEY CHECK (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  latitude numeric(9, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  -- Lower layer super output area (2011 or 2021 codes, whichever the file carried).
  lsoa text CHECK (lsoa IS NULL OR length(lsoa) <= 20),
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- An unknown postcode falls back to the centre of its district ("LK3 %"): a prefix LIKE can use
-- the primary key's index only in the C collation, so an index with text_pattern_ops serves it
-- whatever the database's collation.
CREATE INDEX postcodes_district_idx ON postcodes (postcode text_pattern_ops);

-- Replaced by a newer ONSPD file, never deleted one by one: the application reads and upserts.
GRANT SELECT, INSERT, UPDATE ON postcodes TO linkwork_app;

-- Distance search finds the few locations in its bounding box with directory_locations_lat_long_idx
-- (0004), then their service links. With only (location_id) the planner hashes every link instead
-- (a sequential scan of the whole table, measured by `npm run bench -- directory`); carrying the
-- link's own columns lets it probe the index alone for each location.
CREATE INDEX directory_service_at_locations_location_cover_idx ON directory_service_at_locations (location_id) INCLUDE (service_id, id);
