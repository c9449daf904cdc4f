-- Training and competence: each scheme's catalogue of courses (defaults from
-- src/modules/training/default-catalogue.ts, plus the scheme's own), the training people have
-- done with their certificates, the induction checklist of new workers, and the overrides a
-- manager records when allocating a complex case to someone whose training is missing or lapsed.

CREATE TABLE training_courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,60}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  -- NULL: done once, never renewed.
  renewal_months integer CHECK (renewal_months BETWEEN 1 AND 120),
  required_for_roles text[] NOT NULL DEFAULT '{}',
  -- Complexity flags (src/modules/training/complexity.ts) this course is required for: a flagged
  -- case needs every active course that covers the flag.
  covers_flags text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 1000,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (scheme_id, code)
);

-- A certificate as uploaded: type checked by its bytes, kept in the database, served as an attachment.
CREATE TABLE training_certificates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE training_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  course_id uuid NOT NULL REFERENCES training_courses (id),
  completed_on date NOT NULL,
  -- NULL: the course is never renewed.
  expires_on date CHECK (expires_on IS NULL OR expires_on >= completed_on),
  certificate_id uuid REFERENCES training_certificates (id),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_records_person_idx ON training_records (scheme_id, user_id, course_id, completed_on DESC);

CREATE TABLE induction_progress (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  item text NOT NULL CHECK (item ~ '^[a-z][a-z0-9_]{1,60}$'),
  done_on date NOT NULL,
  confirmed_by uuid REFERENCES users (id),
  PRIMARY KEY (scheme_id, user_id, item)
);

-- A manager accepting the risk of allocating a flagged case to someone whose training is missing or lapsed.
CREATE TABLE allocation_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  flags text[] NOT NULL,
  -- [{ "flag": "...", "course": "...", "state": "missing" | "expired", "expiresOn": "yyyy-mm-dd" | null }]
  missing jsonb NOT NULL,
  reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  by_user_id uuid NOT NULL REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX allocation_overrides_case_idx ON allocation_overrides (case_id, at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['training_courses', 'training_certificates', 'training_records', 'induction_progress', 'allocation_overrides']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO linkwork_app', t);
  END LOOP;
END
$$;
-- A ticked induction item can be unticked.
GRANT DELETE ON induction_progress TO linkwork_app;
