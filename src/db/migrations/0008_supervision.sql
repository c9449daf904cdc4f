-- Clinical supervision and the private reflective log. Supervision notes are confidential to the
-- worker and the supervisor who held the session; managers see only that it happened. Reflections
-- belong to their author alone: row-level security keyed on the signed-in user, not the scheme.

CREATE TABLE supervision_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  -- Who held the session (the named supervisor or a manager): the only other reader of the notes.
  supervisor_id uuid NOT NULL REFERENCES users (id),
  held_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('clinical', 'managerial', 'peer', 'group')),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  cases_discussed uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (supervisor_id <> worker_id)
);
CREATE INDEX supervision_sessions_worker_idx ON supervision_sessions (scheme_id, worker_id, held_on DESC);

CREATE TABLE supervision_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  session_id uuid NOT NULL REFERENCES supervision_sessions (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  owner_id uuid NOT NULL REFERENCES users (id),
  due_on date NOT NULL,
  done_at timestamptz,
  done_by uuid REFERENCES users (id),
  CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX supervision_actions_session_idx ON supervision_actions (session_id);

-- One row per worker per overdue due date: the daily check tells people once per overdue period.
CREATE TABLE supervision_overdue_notices (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  due_on date NOT NULL,
  notified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scheme_id, worker_id, due_on)
);

-- The days a supervision check is queued for each worker: one job per worker per day, however often it is asked for.
CREATE TABLE supervision_checks (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  check_on date NOT NULL,
  PRIMARY KEY (scheme_id, worker_id, check_on)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['supervision_sessions', 'supervision_actions', 'supervision_overdue_notices', 'supervision_checks']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO linkwork_app', t);
  END LOOP;
END
$$;

-- A worker's private reflective log: nobody else, not an administrator, not a manager, reads it.
CREATE TABLE reflections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  author_id uuid NOT NULL REFERENCES users (id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  written_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX reflections_author_idx ON reflections (author_id, written_at DESC);
ALTER TABLE reflections ENABLE ROW LEVEL SECURITY;
ALTER TABLE reflections FORCE ROW LEVEL SECURITY;
CREATE POLICY reflections_author_only ON reflections FOR ALL
  USING (author_id = current_user_id()) WITH CHECK (author_id = current_user_id());
GRANT SELECT, INSERT, UPDATE ON reflections TO linkwork_app;
