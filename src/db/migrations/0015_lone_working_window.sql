-- Lone working that protects the real visit: check-in only from a window before the planned start
-- (scheme safety setting) until the planned end; an "I need help" request on the visit that alerts at
-- once and escalates until someone acknowledges it.

ALTER TABLE scheme_policies
  -- How many minutes before a visit's planned start the worker may check in (default one hour).
  ADD COLUMN lone_working_checkin_window_minutes integer NOT NULL DEFAULT 60 CHECK (lone_working_checkin_window_minutes BETWEEN 0 AND 240);

ALTER TABLE lone_working_visits
  -- When the worker last pressed "I need help"; the ladder then runs until someone acknowledges,
  -- whatever the visit's status.
  ADD COLUMN help_requested_at timestamptz;

ALTER TABLE lone_working_events DROP CONSTRAINT lone_working_events_kind_check;
ALTER TABLE lone_working_events ADD CONSTRAINT lone_working_events_kind_check
  CHECK (kind IN ('planned', 'extended', 'checked_in', 'checked_out', 'alerted', 'escalated', 'escalation_ended', 'acknowledged', 'cancelled', 'help_requested'));

-- The sweep's second question: help requests nobody has acknowledged and whose ladder is still running.
CREATE INDEX lone_working_visits_help_idx ON lone_working_visits (scheme_id, last_alert_at)
  WHERE help_requested_at IS NOT NULL AND acknowledged_at IS NULL AND escalation_ended_at IS NULL;

-- Two events of one change (an unplanned visit is planned and checked in at once) share their `at` and
-- their transaction: the time each row was written keeps the timeline in the order things happened.
ALTER TABLE lone_working_events ALTER COLUMN created_at SET DEFAULT clock_timestamp();
