-- Safety and support, the shared part: the scheme's safety settings, each worker's named
-- supervisor, complexity flags on referrals, in-app notifications (emailed when SMTP is set up),
-- how a session left the worker, and debrief requests. Risk, safeguarding, lone working,
-- supervision, reflections and training follow in their own migrations.

-- The signed-in person, set per transaction by the application where a table is private to a user.
CREATE FUNCTION current_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('linkwork.user_id', true), '')::uuid
$$;

ALTER TABLE scheme_policies
  -- NULL: the shipped default phrase list (src/modules/risk/risk-phrases.ts).
  ADD COLUMN risk_phrases text[],
  -- [{ "name": "...", "phone": "...", "when": "..." }], shown with 999 and NHS 111 option 2.
  ADD COLUMN crisis_contacts jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN safeguarding_lead_id uuid REFERENCES users (id),
  ADD COLUMN supervision_cadence_days integer NOT NULL DEFAULT 28 CHECK (supervision_cadence_days BETWEEN 7 AND 182),
  ADD COLUMN difficult_sessions_in_row integer NOT NULL DEFAULT 3 CHECK (difficult_sessions_in_row BETWEEN 1 AND 20),
  ADD COLUMN debrief_response_working_days integer NOT NULL DEFAULT 2 CHECK (debrief_response_working_days BETWEEN 1 AND 10),
  ADD COLUMN lone_working_grace_minutes integer NOT NULL DEFAULT 15 CHECK (lone_working_grace_minutes BETWEEN 0 AND 240),
  ADD COLUMN lone_working_escalation_minutes integer NOT NULL DEFAULT 15 CHECK (lone_working_escalation_minutes BETWEEN 1 AND 240);

ALTER TABLE worker_profiles
  ADD COLUMN supervisor_id uuid REFERENCES users (id),
  -- NULL: the scheme's cadence.
  ADD COLUMN supervision_cadence_days integer CHECK (supervision_cadence_days BETWEEN 7 AND 182),
  ADD COLUMN started_on date,
  ADD CHECK (supervisor_id IS NULL OR supervisor_id <> user_id);

-- What makes a referral (and its case) need particular training: codes from src/modules/training/complexity.ts.
ALTER TABLE referrals ADD COLUMN complexity_flags text[] NOT NULL DEFAULT '{}';

-- In-app notifications; the subject and body never name the person, the link leads to the record.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  recipient_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.-]{1,60}$'),
  urgent boolean NOT NULL DEFAULT false,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) <= 2000),
  link text CHECK (link ~ '^/[^/]'),
  source_type text,
  source_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  emailed_at timestamptz,
  email_error text
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id);
CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL;

-- How a session left the worker: private to them; others see only counts (difficult sessions in a row).
CREATE TABLE session_wellbeing (
  session_id uuid PRIMARY KEY REFERENCES case_sessions (id),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  feeling text NOT NULL CHECK (feeling IN ('fine', 'affected', 'difficult', 'distressing')),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_wellbeing_worker_idx ON session_wellbeing (worker_id, recorded_at DESC);

-- A request for the worker's supervisor to debrief them, with a response time; overdue ones go to the manager.
CREATE TABLE debrief_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  supervisor_id uuid REFERENCES users (id),
  reason text NOT NULL CHECK (reason IN ('distressing_session', 'difficult_sessions_in_row', 'high_risk', 'asked')),
  session_id uuid REFERENCES case_sessions (id),
  risk_id uuid,
  requested_at timestamptz NOT NULL DEFAULT now(),
  respond_by timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'completed')),
  completed_at timestamptz,
  completed_by uuid REFERENCES users (id),
  -- Confidential to the worker and the supervisor.
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  escalated_at timestamptz,
  CHECK ((status = 'completed') = (completed_at IS NOT NULL))
);
CREATE INDEX debrief_requests_worker_idx ON debrief_requests (scheme_id, worker_id, requested_at DESC);
CREATE INDEX debrief_requests_open_idx ON debrief_requests (scheme_id, supervisor_id, respond_by) WHERE status = 'requested';

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['notifications', 'session_wellbeing', 'debrief_requests']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO linkwork_app', t);
  END LOOP;
END
$$;
