-- The community directory: the Open Referral UK 3.0 (HSDS 3.0, UK profile) model, one table per
-- ORUK table, prefixed directory_. Ids are the publisher's ORUK ids (text). Column names are the
-- ORUK property names. Public data (no patient data): no row-level security.
-- Links the examples and real feeds often point outside the published set (parent organisations,
-- parent terms, taxonomies, attribute link targets, schedules' service_at_location) are kept as
-- plain indexed columns, not foreign keys, so a partial feed still imports.

CREATE TABLE directory_organizations (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL,
  email text,
  website text,
  logo text,
  uri text,
  parent_organization_id text,
  source text,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE directory_organization_identifiers (
  id text PRIMARY KEY,
  organization_id text NOT NULL REFERENCES directory_organizations (id) ON DELETE CASCADE,
  identifier_scheme text,
  identifier_type text NOT NULL,
  identifier text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_organization_identifiers_org_idx ON directory_organization_identifiers (organization_id);

CREATE TABLE directory_services (
  id text PRIMARY KEY,
  organization_id text REFERENCES directory_organizations (id),
  name text NOT NULL,
  description text,
  url text,
  email text,
  status text NOT NULL,
  fees text,
  accreditations text,
  minimum_age integer,
  maximum_age integer,
  assured_date date,
  assurer_email text,
  alert text,
  last_modified timestamptz,
  source text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))
  ) STORED
);
CREATE INDEX directory_services_org_idx ON directory_services (organization_id);
CREATE INDEX directory_services_search_idx ON directory_services USING gin (search);

CREATE TABLE directory_locations (
  id text PRIMARY KEY,
  location_type text NOT NULL,
  name text,
  description text,
  latitude numeric,
  longitude numeric,
  external_identifier text,
  external_identifier_type text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_locations_lat_long_idx ON directory_locations (latitude, longitude);

CREATE TABLE directory_addresses (
  id text PRIMARY KEY,
  location_id text NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
  attention text,
  address_1 text NOT NULL,
  address_2 text,
  city text NOT NULL,
  region text,
  state_province text NOT NULL,
  postal_code text NOT NULL,
  country text NOT NULL,
  address_type text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_addresses_location_idx ON directory_addresses (location_id);

CREATE TABLE directory_accessibility (
  id text PRIMARY KEY,
  location_id text NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
  description text,
  details text,
  url text,
  accessibility text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_accessibility_location_idx ON directory_accessibility (location_id);

CREATE TABLE directory_service_at_locations (
  id text PRIMARY KEY,
  service_id text NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  location_id text NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_service_at_locations_service_idx ON directory_service_at_locations (service_id);
CREATE INDEX directory_service_at_locations_location_idx ON directory_service_at_locations (location_id);

CREATE TABLE directory_schedules (
  id text PRIMARY KEY,
  service_id text REFERENCES directory_services (id) ON DELETE CASCADE,
  service_at_location_id text,
  valid_from date,
  valid_to date,
  dtstart date,
  freq text,
  interval integer,
  byday text,
  bymonthday text,
  description text,
  opens_at time,
  closes_at time,
  schedule_link text,
  attending_type text,
  notes text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_schedules_service_idx ON directory_schedules (service_id);
CREATE INDEX directory_schedules_sal_idx ON directory_schedules (service_at_location_id);

CREATE TABLE directory_contacts (
  id text PRIMARY KEY,
  service_id text REFERENCES directory_services (id) ON DELETE CASCADE,
  name text,
  title text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_contacts_service_idx ON directory_contacts (service_id);

CREATE TABLE directory_phones (
  id text PRIMARY KEY,
  contact_id text NOT NULL REFERENCES directory_contacts (id) ON DELETE CASCADE,
  number text NOT NULL,
  description text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_phones_contact_idx ON directory_phones (contact_id);

CREATE TABLE directory_languages (
  id text PRIMARY KEY,
  service_id text REFERENCES directory_services (id) ON DELETE CASCADE,
  phone_id text REFERENCES directory_phones (id) ON DELETE CASCADE,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_languages_service_idx ON directory_languages (service_id);
CREATE INDEX directory_languages_phone_idx ON directory_languages (phone_id);

CREATE TABLE directory_cost_options (
  id text PRIMARY KEY,
  service_id text REFERENCES directory_services (id) ON DELETE CASCADE,
  valid_from date,
  valid_to date,
  option text,
  amount numeric,
  amount_description text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_cost_options_service_idx ON directory_cost_options (service_id);

CREATE TABLE directory_service_areas (
  id text PRIMARY KEY,
  service_id text REFERENCES directory_services (id) ON DELETE CASCADE,
  name text,
  extent text,
  extent_type text,
  uri text,
  service_area text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_service_areas_service_idx ON directory_service_areas (service_id);

CREATE TABLE directory_fundings (
  id text PRIMARY KEY,
  service_id text REFERENCES directory_services (id) ON DELETE CASCADE,
  source text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_fundings_service_idx ON directory_fundings (service_id);

CREATE TABLE directory_taxonomies (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL,
  uri text,
  version text,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE directory_taxonomy_terms (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL,
  parent_id text,
  taxonomy text,
  taxonomy_id text,
  term_uri text,
  term text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_taxonomy_terms_taxonomy_idx ON directory_taxonomy_terms (taxonomy_id);

-- link_entity names the table the attribute hangs from (service, organization, location, …).
CREATE TABLE directory_attributes (
  id text PRIMARY KEY,
  link_id text,
  link_type text,
  link_entity text,
  taxonomy_term_id text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_attributes_link_idx ON directory_attributes (link_id);
CREATE INDEX directory_attributes_term_idx ON directory_attributes (taxonomy_term_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON
  directory_organizations, directory_organization_identifiers, directory_services, directory_locations,
  directory_addresses, directory_accessibility, directory_service_at_locations, directory_schedules,
  directory_contacts, directory_phones, directory_languages, directory_cost_options, directory_service_areas,
  directory_fundings, directory_taxonomies, directory_taxonomy_terms, directory_attributes
TO linkwork_app;
