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
