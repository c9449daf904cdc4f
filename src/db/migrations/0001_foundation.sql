-- Linkwork foundation: organisations, users, memberships, sessions, API clients, settings,
-- the append-only audit log, and the application role that row-level security applies to.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'linkwork_app') THEN
    BEGIN
      CREATE ROLE linkwork_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- created concurrently by another database on the same server
    END;
  END IF;
END
$$;

DO $$
BEGIN
  -- The connecting user must be able to SET ROLE linkwork_app; a DBA may already have granted it.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)
     AND NOT pg_has_role(current_user, 'linkwork_app', 'MEMBER') THEN
    EXECUTE format('GRANT linkwork_app TO %I', current_user);
  END IF;
END
$$;

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type text NOT NULL CHECK (type IN ('scheme', 'gp_practice', 'community_organisation')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  slug text UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$'),
  ods_code text UNIQUE CHECK (ods_code ~ '^[A-Z0-9]{3,10}$'),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((type = 'scheme') = (slug IS NOT NULL)),
  CHECK (type = 'gp_practice' OR ods_code IS NULL),
  CHECK (type <> 'gp_practice' OR ods_code IS NOT NULL)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  totp_secret text,
  totp_pending_secret text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  active boolean NOT NULL DEFAULT true,
  deactivated_at timestamptz,
  deactivated_reason text,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('administrator', 'scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user')),
  scheme_id uuid REFERENCES organisations (id),
  organisation_id uuid REFERENCES organisations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'administrator') = (scheme_id IS NULL)),
  CHECK (role <> 'community_org_user' OR organisation_id IS NOT NULL),
  CONSTRAINT memberships_unique UNIQUE NULLS NOT DISTINCT (user_id, role, scheme_id, organisation_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
CREATE INDEX memberships_scheme_idx ON memberships (scheme_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('two_factor', 'change_password', 'enrol_two_factor', 'active')),
  csrf_token text NOT NULL,
  active_membership_id uuid REFERENCES memberships (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  absolute_expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_reason text,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE ended_at IS NULL;

CREATE TABLE api_clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  token_hash text NOT NULL UNIQUE,
  token_prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO settings (key, value) VALUES ('two_factor_required', 'true');

-- The audit log: every change and every read of a person's record. Append-only.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_user_id uuid REFERENCES users (id),
  actor_client_id uuid REFERENCES api_clients (id),
  actor_role text,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  scheme_id uuid REFERENCES organisations (id),
  request_id text,
  reason text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Patients: the first person-level table. Row-level security hides every row unless the
-- transaction has set linkwork.scheme_id to the patient's scheme.
CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  nhs_number text CHECK (nhs_number ~ '^[0-9]{10}$'),
  given_name text NOT NULL,
  family_name text NOT NULL,
  date_of_birth date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX patients_scheme_idx ON patients (scheme_id);

CREATE FUNCTION current_scheme_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('linkwork.scheme_id', true), '')::uuid
$$;

ALTER TABLE patients ENABLE ROW LEVEL SECURITY;
ALTER TABLE patients FORCE ROW LEVEL SECURITY;
CREATE POLICY patients_scheme_isolation ON patients
  USING (scheme_id = current_scheme_id())
  WITH CHECK (scheme_id = current_scheme_id());

GRANT USAGE ON SCHEMA public TO linkwork_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, users, recovery_codes, memberships, sessions, api_clients, settings, patients TO linkwork_app;
GRANT SELECT, INSERT ON audit_log TO linkwork_app;
GRANT SELECT ON schema_migrations TO linkwork_app;
