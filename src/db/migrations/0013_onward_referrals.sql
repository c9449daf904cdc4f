-- Onward referrals (closed loop): a link worker refers a person from a case to a directory
-- service with their consent; the receiving community organisation (if it uses Linkwork) answers
-- in its inbox or through its system's API client. Status follows FHIR Task states.

-- The receiving community organisation, set per transaction for community organisation users and
-- their systems' API clients: they reach only the onward referrals sent to them.
CREATE FUNCTION current_organisation_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('linkwork.organisation_id', true), '')::uuid
$$;

CREATE TABLE onward_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  patient_id uuid NOT NULL REFERENCES patients (id),
  -- The directory service as it was when sent (directory rows may later change or go).
  service_id text NOT NULL,
  service_name text NOT NULL CHECK (length(service_name) BETWEEN 1 AND 500),
  directory_organization_id text,
  directory_organization_name text,
  -- The Linkwork community organisation whose inbox receives it; NULL: not on Linkwork, the
  -- worker records the status by hand.
  receiving_organisation_id uuid REFERENCES organisations (id),
  status text NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested', 'received', 'accepted', 'rejected', 'in-progress', 'on-hold', 'completed', 'cancelled', 'failed')),
  business_status text CHECK (business_status IS NULL OR length(business_status) <= 200),
  consent_statement text NOT NULL CHECK (length(consent_statement) BETWEEN 1 AND 1000),
  consent_recorded_by uuid NOT NULL REFERENCES users (id),
  consent_recorded_at timestamptz NOT NULL,
  -- Field names chosen (src/modules/onward-referrals/shared-fields.ts) and the values copied at
  -- send time: the receiving organisation sees only this snapshot, never the case.
  shared_fields jsonb NOT NULL CHECK (jsonb_typeof(shared_fields) = 'array'),
  shared_snapshot jsonb NOT NULL CHECK (jsonb_typeof(shared_snapshot) = 'object'),
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
  created_by uuid NOT NULL REFERENCES users (id),
  -- Why declined, cancelled, put on hold or failed (FHIR Task.statusReason).
  status_reason text CHECK (status_reason IS NULL OR length(status_reason) <= 1000),
  outcome_attended text CHECK (outcome_attended IN ('yes', 'no', 'unknown')),
  outcome_note text CHECK (outcome_note IS NULL OR length(outcome_note) <= 2000),
  first_answered_at timestamptz,
  accepted_at timestamptz,
  auto_declined boolean NOT NULL DEFAULT false,
  reminder_due_at timestamptz,
  reminded_at timestamptz,
  auto_decline_due_at timestamptz,
  sent_at timestamptz NOT NULL,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX onward_referrals_case_idx ON onward_referrals (case_id, sent_at);
CREATE INDEX onward_referrals_receiver_idx ON onward_referrals (receiving_organisation_id, status);
CREATE INDEX onward_referrals_service_idx ON onward_referrals (service_id);
CREATE INDEX onward_referrals_waiting_idx ON onward_referrals (auto_decline_due_at) WHERE status IN ('requested', 'received');

-- Every status change, by whom (a user, an API client or the system's timers).
CREATE TABLE onward_referral_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  onward_referral_id uuid NOT NULL REFERENCES onward_referrals (id),
  from_status text,
  to_status text NOT NULL,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_-]{1,40}$'),
  by_kind text NOT NULL CHECK (by_kind IN ('user', 'api_client', 'system')),
  by_user_id uuid REFERENCES users (id),
  by_api_client_id uuid REFERENCES api_clients (id),
  note text CHECK (note IS NULL OR length(note) <= 2000),
  at timestamptz NOT NULL,
  CHECK ((by_kind = 'user') = (by_user_id IS NOT NULL)),
  CHECK ((by_kind = 'api_client') = (by_api_client_id IS NOT NULL))
);
CREATE INDEX onward_referral_events_referral_idx ON onward_referral_events (onward_referral_id, at);

-- Scheme isolation as every patient-level table, and in addition: inside a transaction bound to a
-- receiving organisation, only what was sent to that organisation.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['onward_referrals', 'onward_referral_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
  END LOOP;
END
$$;
CREATE POLICY onward_referrals_receiver_only ON onward_referrals AS RESTRICTIVE
  USING (current_organisation_id() IS NULL OR receiving_organisation_id = current_organisation_id());
CREATE POLICY onward_referral_events_receiver_only ON onward_referral_events AS RESTRICTIVE
  USING (current_organisation_id() IS NULL OR EXISTS (
    SELECT 1 FROM onward_referrals o WHERE o.id = onward_referral_id AND o.receiving_organisation_id = current_organisation_id()));
GRANT SELECT, INSERT, UPDATE ON onward_referrals TO linkwork_app;
GRANT SELECT, INSERT ON onward_referral_events TO linkwork_app;

-- Each directory service's response time and acceptance rate, across schemes: figures only, no
-- patient data, so it runs as the owner and is the one way the directory reads these rows.
-- Automatic declines count as answered and not accepted, and are left out of the response time.
CREATE FUNCTION onward_referral_service_stats(service_ids text[])
RETURNS TABLE (service_id text, median_hours double precision, answered bigint, accepted bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT o.service_id,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (o.first_answered_at - o.sent_at))::double precision / 3600.0)
           FILTER (WHERE o.first_answered_at IS NOT NULL AND NOT o.auto_declined),
         count(*),
         count(*) FILTER (WHERE o.accepted_at IS NOT NULL)
    FROM onward_referrals o
   WHERE o.service_id = ANY (service_ids)
     AND (o.first_answered_at IS NOT NULL OR o.auto_declined)
   GROUP BY o.service_id
$$;
-- The function runs as the role that owns the schema (the one running this migration). FORCE ROW
-- LEVEL SECURITY binds that owner too, so unless it is a superuser it would see no rows: it gets a
-- read-only policy of its own. The application's role (linkwork_app) is not that owner, so this
-- widens nothing the application can read.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY onward_referrals_owner_figures ON onward_referrals FOR SELECT TO %I USING (true)', current_user);
END
$$;
REVOKE ALL ON FUNCTION onward_referral_service_stats(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onward_referral_service_stats(text[]) TO linkwork_app;

-- Reminder after N working days, automatic decline after M calendar days without an answer.
ALTER TABLE scheme_policies
  ADD COLUMN onward_reminder_working_days integer NOT NULL DEFAULT 5 CHECK (onward_reminder_working_days BETWEEN 1 AND 30),
  ADD COLUMN onward_auto_decline_days integer NOT NULL DEFAULT 14 CHECK (onward_auto_decline_days BETWEEN 2 AND 90);

-- A community organisation's own system: its token reaches only the Tasks that organisation owns.
ALTER TABLE api_clients ADD COLUMN organisation_id uuid REFERENCES organisations (id);
