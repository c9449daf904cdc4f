-- Lone working: home and community visits planned with a place, a time, an expected end and a buddy;
-- check-in and check-out; a missed check-out alerts the buddy and the managers and escalates until
-- someone acknowledges it. Every step is on the visit's timeline (lone_working_events, append-only).

CREATE TABLE lone_working_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  -- A visit for one of the worker's cases (optional): the case's person is never named in alerts.
  case_id uuid REFERENCES cases (id),
  -- The address or venue, so someone can go there.
  place text NOT NULL CHECK (length(place) BETWEEN 1 AND 500),
  purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 1000),
  planned_start timestamptz NOT NULL,
  expected_end timestamptz NOT NULL,
  buddy_id uuid NOT NULL REFERENCES users (id),
  -- How to reach the worker during the visit.
  worker_phone text NOT NULL CHECK (length(worker_phone) BETWEEN 1 AND 40),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'checked_in', 'checked_out', 'cancelled')),
  checked_in_at timestamptz,
  checked_out_at timestamptz,
  -- 0 none; 1 buddy and managers alerted; 2 to 4 escalated.
  alert_level integer NOT NULL DEFAULT 0 CHECK (alert_level BETWEEN 0 AND 4),
  last_alert_at timestamptz,
  -- Set when the ladder has run out with nobody acknowledging: the visit stays overdue on the team board.
  escalation_ended_at timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users (id),
  acknowledgement_note text CHECK (length(acknowledgement_note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (expected_end > planned_start),
  CHECK (buddy_id <> worker_id),
  CHECK ((status = 'checked_out') = (checked_out_at IS NOT NULL)),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
CREATE INDEX lone_working_visits_worker_idx ON lone_working_visits (scheme_id, worker_id, planned_start DESC);
CREATE INDEX lone_working_visits_buddy_idx ON lone_working_visits (scheme_id, buddy_id, planned_start DESC);
CREATE INDEX lone_working_visits_open_idx ON lone_working_visits (scheme_id, expected_end) WHERE status IN ('planned', 'checked_in');

-- The visit's timeline: who did what when. Rows are never changed or deleted.
CREATE TABLE lone_working_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  visit_id uuid NOT NULL REFERENCES lone_working_visits (id),
  kind text NOT NULL CHECK (kind IN ('planned', 'extended', 'checked_in', 'checked_out', 'alerted', 'escalated', 'escalation_ended', 'acknowledged', 'cancelled')),
  at timestamptz NOT NULL,
  -- NULL: the system (the overdue check).
  by_user_id uuid REFERENCES users (id),
  detail text NOT NULL DEFAULT '' CHECK (length(detail) <= 2000),
  alert_level integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lone_working_events_visit_idx ON lone_working_events (visit_id, at, created_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['lone_working_visits', 'lone_working_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE ON lone_working_visits TO linkwork_app;
GRANT SELECT, INSERT ON lone_working_events TO linkwork_app;
