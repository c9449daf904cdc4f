-- What Linkwork keeps beside the published directory: who looks after each directory
-- organisation, and each service's capacity status. Public directory data, no patient data.

-- The Linkwork organisation (a scheme or a community organisation) that looks after a directory
-- organisation's services: its scheme managers or community organisation users edit them, and
-- a community organisation owner receives onward referrals to them in its Linkwork inbox.
CREATE TABLE directory_owners (
  directory_organization_id text PRIMARY KEY REFERENCES directory_organizations (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_owners_organisation_idx ON directory_owners (organisation_id);

-- Capacity status, as in the Gravity SDOH capacity extension: taking people on, waiting list, or
-- no capacity. Not part of ORUK 3.0, so kept beside the service rather than in its row.
CREATE TABLE directory_service_capacity (
  service_id text PRIMARY KEY REFERENCES directory_services (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('capacity', 'waitlist', 'no_capacity')),
  note text CHECK (note IS NULL OR length(note) <= 500),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);

-- Languages: HSDS 3.0 gives each language a name, an ISO 639 code and a note, but the UK profile's
-- language table dropped them; without them a language row says nothing. Kept here, published as HSDS.
ALTER TABLE directory_languages ADD COLUMN name text;
ALTER TABLE directory_languages ADD COLUMN code text;
ALTER TABLE directory_languages ADD COLUMN note text;
CREATE INDEX directory_languages_code_idx ON directory_languages (lower(code));

-- The version of a service as its owners edit it in Linkwork (optimistic concurrency), and which
-- fields the latest edit changed, so a stale edit can say what changed meanwhile.
CREATE TABLE directory_service_edits (
  service_id text PRIMARY KEY REFERENCES directory_services (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version > 0),
  changed_fields text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);

-- A scheme's private notes on a directory service: staff of that scheme only, never published.
CREATE TABLE directory_service_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  service_id text NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id),
  body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_service_notes_service_idx ON directory_service_notes (scheme_id, service_id, created_at);

-- Reports that a directory entry is wrong, to the scheme's directory managers.
CREATE TABLE directory_change_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  service_id text NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('closed', 'wrong_contact', 'wrong_times', 'other')),
  details text NOT NULL CHECK (length(btrim(details)) BETWEEN 1 AND 2000),
  reported_by uuid NOT NULL REFERENCES users (id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolved_by uuid REFERENCES users (id),
  resolved_at timestamptz,
  resolution_note text CHECK (resolution_note IS NULL OR length(resolution_note) <= 2000),
  CHECK ((status = 'open') = (resolved_at IS NULL))
);
CREATE INDEX directory_change_reports_open_idx ON directory_change_reports (scheme_id, status, reported_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['directory_service_notes', 'directory_change_reports']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO linkwork_app', t);
  END LOOP;
END
$$;
-- A note's author may delete it.
GRANT DELETE ON directory_service_notes TO linkwork_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON directory_service_edits TO linkwork_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON directory_owners, directory_service_capacity TO linkwork_app;
