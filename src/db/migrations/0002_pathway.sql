-- The social prescribing pathway: patients in full, referrals from four routes, scheme criteria
-- and policies, worker capacity, cases with contact attempts, sessions, plans and tasks,
-- discharge and the message back. Every person-level table carries scheme_id and is under
-- FORCE row-level security keyed on linkwork.scheme_id, like patients.

ALTER TABLE patients
  ADD COLUMN sex text CHECK (sex IN ('male', 'female', 'other', 'unknown')),
  ADD COLUMN gender_identity text CHECK (length(gender_identity) <= 100),
  ADD COLUMN ethnicity text CHECK (ethnicity ~ '^[A-Z]$'),
  ADD COLUMN address_line1 text CHECK (length(address_line1) <= 200),
  ADD COLUMN address_line2 text CHECK (length(address_line2) <= 200),
  ADD COLUMN town text CHECK (length(town) <= 100),
  ADD COLUMN postcode text CHECK (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  ADD COLUMN phone text CHECK (length(phone) <= 30),
  ADD COLUMN email text CHECK (length(email) <= 200),
  ADD COLUMN preferred_contact text CHECK (preferred_contact IN ('phone', 'text', 'email', 'letter')),
  ADD COLUMN preferred_language text CHECK (length(preferred_language) <= 60),
  ADD COLUMN interpreter_needed boolean NOT NULL DEFAULT false,
  ADD COLUMN accessibility_needs text CHECK (length(accessibility_needs) <= 1000),
  ADD COLUMN practice_ods_code text CHECK (practice_ods_code ~ '^[A-Z0-9]{3,10}$'),
  ADD COLUMN merged_into_id uuid REFERENCES patients (id);
CREATE INDEX patients_nhs_number_idx ON patients (scheme_id, nhs_number) WHERE nhs_number IS NOT NULL AND merged_into_id IS NULL;
CREATE INDEX patients_identity_idx ON patients (scheme_id, lower(family_name), date_of_birth, postcode) WHERE merged_into_id IS NULL;

-- A pair of patient records a person has looked at and decided are different people.
CREATE TABLE patient_distinct_pairs (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  first_id uuid NOT NULL REFERENCES patients (id),
  second_id uuid NOT NULL REFERENCES patients (id),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (first_id, second_id),
  CHECK (first_id < second_id)
);

-- One row per scheme: eligibility, caseload, contact and intervention policies.
CREATE TABLE scheme_policies (
  scheme_id uuid PRIMARY KEY REFERENCES organisations (id),
  min_age integer NOT NULL DEFAULT 18 CHECK (min_age BETWEEN 0 AND 120),
  max_age integer CHECK (max_age BETWEEN 0 AND 130),
  practices_served text[] NOT NULL DEFAULT '{}',
  needs_in_scope text[] NOT NULL DEFAULT '{}',
  self_referral_open boolean NOT NULL DEFAULT true,
  annual_people_per_fte integer NOT NULL DEFAULT 225 CHECK (annual_people_per_fte BETWEEN 1 AND 1000),
  full_time_hours numeric(4, 1) NOT NULL DEFAULT 37.5 CHECK (full_time_hours > 0 AND full_time_hours <= 60),
  contact_attempts integer NOT NULL DEFAULT 3 CHECK (contact_attempts BETWEEN 1 AND 10),
  contact_window_days integer NOT NULL DEFAULT 14 CHECK (contact_window_days BETWEEN 1 AND 90),
  letter_wait_days integer NOT NULL DEFAULT 14 CHECK (letter_wait_days BETWEEN 0 AND 90),
  intervention_weeks integer NOT NULL DEFAULT 12 CHECK (intervention_weeks BETWEEN 1 AND 104),
  intervention_sessions integer NOT NULL DEFAULT 6 CHECK (intervention_sessions BETWEEN 1 AND 100),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (max_age IS NULL OR max_age >= min_age)
);

-- Exclusions: a circumstance (or a need) that takes a referral out of scope or to review, with
-- the alternative pathway to suggest.
CREATE TABLE scheme_exclusions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  circumstance text NOT NULL CHECK (circumstance ~ '^[a-z0-9-]{2,60}$'),
  outcome text NOT NULL CHECK (outcome IN ('out_of_scope', 'needs_review')),
  alternative text NOT NULL CHECK (length(alternative) BETWEEN 1 AND 500),
  position integer NOT NULL DEFAULT 0,
  UNIQUE (scheme_id, circumstance)
);

-- Working hours and languages of each link worker in a scheme.
CREATE TABLE worker_profiles (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  hours_per_week numeric(4, 1) NOT NULL DEFAULT 37.5 CHECK (hours_per_week >= 0 AND hours_per_week <= 60),
  languages text[] NOT NULL DEFAULT '{}',
  accepting_cases boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scheme_id, user_id)
);

CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  patient_id uuid NOT NULL REFERENCES patients (id),
  source text NOT NULL CHECK (source IN ('referrer', 'self_referral', 'community_organisation', 'gp_system')),
  status text NOT NULL CHECK (status IN ('received', 'information_requested', 'waiting', 'declined', 'allocated', 'completed', 'cancelled')),
  referred_by_user_id uuid REFERENCES users (id),
  referred_by_client_id uuid REFERENCES api_clients (id),
  referrer_organisation_id uuid REFERENCES organisations (id),
  referrer_name text CHECK (length(referrer_name) <= 200),
  referrer_contact text CHECK (length(referrer_contact) <= 200),
  practice_ods_code text CHECK (practice_ods_code ~ '^[A-Z0-9]{3,10}$'),
  identifier_system text,
  identifier_value text,
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 4000),
  needs text[] NOT NULL DEFAULT '{}',
  circumstances text[] NOT NULL DEFAULT '{}',
  consent_contact boolean NOT NULL,
  consent_share_services boolean NOT NULL DEFAULT false,
  consent_share_gp boolean NOT NULL DEFAULT false,
  evaluation text NOT NULL CHECK (evaluation IN ('in_scope', 'needs_review', 'out_of_scope')),
  evaluation_reasons jsonb NOT NULL DEFAULT '[]',
  information_request text,
  decline_reason text,
  decline_alternative text,
  triaged_by uuid REFERENCES users (id),
  triaged_at timestamptz,
  accepted_at timestamptz,
  received_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((identifier_system IS NULL) = (identifier_value IS NULL))
);
CREATE UNIQUE INDEX referrals_identifier_key ON referrals (scheme_id, identifier_system, identifier_value) WHERE identifier_value IS NOT NULL;
CREATE INDEX referrals_queue_idx ON referrals (scheme_id, status, received_at, id);
CREATE INDEX referrals_waiting_idx ON referrals (scheme_id, status, accepted_at, id);
CREATE INDEX referrals_patient_idx ON referrals (patient_id);
CREATE INDEX referrals_referrer_idx ON referrals (referred_by_user_id, received_at DESC, id);
CREATE INDEX referrals_practice_idx ON referrals (scheme_id, practice_ods_code, received_at DESC, id);

-- What happened to a referral, in order: the referral's timeline and the source of its FHIR Task history.
CREATE TABLE referral_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  at timestamptz NOT NULL DEFAULT now(),
  by_user_id uuid REFERENCES users (id),
  kind text NOT NULL,
  status text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, id);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  referral_id uuid NOT NULL UNIQUE REFERENCES referrals (id),
  patient_id uuid NOT NULL REFERENCES patients (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  status text NOT NULL CHECK (status IN ('contacting', 'active', 'closed')),
  allocated_at timestamptz NOT NULL DEFAULT now(),
  allocated_by uuid REFERENCES users (id),
  first_contact_at timestamptz,
  letter_sent_at timestamptz,
  what_matters text NOT NULL DEFAULT '' CHECK (length(what_matters) <= 4000),
  needs_by_domain jsonb NOT NULL DEFAULT '[]',
  intervention_level text CHECK (intervention_level IN ('light_touch', 'intensive')),
  extra_weeks integer NOT NULL DEFAULT 0,
  extra_sessions integer NOT NULL DEFAULT 0,
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id),
  discharge_reason text,
  discharge_summary text,
  discharge_arranged text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_caseload_idx ON cases (scheme_id, worker_id, status, allocated_at, id);
CREATE INDEX cases_worker_year_idx ON cases (worker_id, allocated_at);

CREATE TABLE case_extensions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  extra_weeks integer NOT NULL CHECK (extra_weeks BETWEEN 0 AND 52),
  extra_sessions integer NOT NULL CHECK (extra_sessions BETWEEN 0 AND 52),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  by_user_id uuid REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_extensions_case_idx ON case_extensions (case_id);

CREATE TABLE contact_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'text', 'email', 'letter', 'in_person')),
  outcome text NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'left_message', 'wrong_number', 'declined_service')),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_attempts_case_idx ON contact_attempts (case_id, at);

CREATE TABLE case_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  starts_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 0 AND 600),
  mode text NOT NULL CHECK (mode IN ('face_to_face', 'phone', 'video', 'home_visit')),
  place text NOT NULL DEFAULT '' CHECK (length(place) <= 200),
  attendance text NOT NULL CHECK (attendance IN ('attended', 'did_not_attend', 'cancelled')),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_sessions_case_idx ON case_sessions (case_id, starts_at);

CREATE TABLE case_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  actions text NOT NULL DEFAULT '' CHECK (length(actions) <= 2000),
  status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'achieved', 'stopped')),
  progress integer CHECK (progress BETWEEN 0 AND 10),
  progress_note text NOT NULL DEFAULT '' CHECK (length(progress_note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX case_goals_case_idx ON case_goals (case_id, created_at);

CREATE TABLE case_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  assignee_id uuid NOT NULL REFERENCES users (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  due_on date NOT NULL,
  done_at timestamptz,
  done_by uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_tasks_case_idx ON case_tasks (case_id, due_on);
CREATE INDEX case_tasks_open_idx ON case_tasks (scheme_id, assignee_id, due_on, id) WHERE done_at IS NULL;

-- The message back to the GP and the referrer (PRSB Social Prescribing Information Standard).
CREATE TABLE messages_back (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  kind text NOT NULL CHECK (kind IN ('declined', 'discharged', 'unable_to_contact', 'information_requested')),
  snomed_code text NOT NULL,
  snomed_display text NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id)
);
CREATE INDEX messages_back_referral_idx ON messages_back (referral_id, created_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['patient_distinct_pairs', 'referrals', 'referral_events', 'cases', 'case_extensions', 'contact_attempts', 'case_sessions', 'case_goals', 'case_tasks', 'messages_back']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO linkwork_app', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON scheme_policies, scheme_exclusions, worker_profiles TO linkwork_app;
GRANT DELETE ON patient_distinct_pairs TO linkwork_app;
