-- Risk where people look: each case carries the rank of its highest active risk, kept in the same
-- transaction as every risk change (record, close), so caseloads can show, sort and filter by it from
-- an index; and every risk event (recorded, escalated, each action done or not done, closed) is a row
-- on the case timeline, written with the change.

-- 0 none, 2 medium, 3 high, 4 immediate (only medium and above stay active; 1 is low, kept for order).
ALTER TABLE cases ADD COLUMN active_risk_rank smallint NOT NULL DEFAULT 0 CHECK (active_risk_rank BETWEEN 0 AND 4);

-- A caseload sorted or filtered by risk ("high and above" is an index range on the open cases).
CREATE INDEX cases_open_risk_idx ON cases (scheme_id, worker_id, active_risk_rank DESC, allocated_at, id) WHERE status IN ('contacting', 'active');
-- A person's active risk on the triage queue and waiting list (only the few cases with one are indexed).
CREATE INDEX cases_patient_active_risk_idx ON cases (patient_id) WHERE active_risk_rank > 0;
-- Active risks of the cases on a page, and the team risk board (open risks only: cost follows them).
CREATE INDEX risk_assessments_open_case_idx ON risk_assessments (case_id, assessed_at) WHERE status = 'open';
CREATE INDEX risk_assessments_open_board_idx ON risk_assessments (scheme_id, assessed_at, id) WHERE status = 'open';
CREATE INDEX risk_actions_open_risk_idx ON risk_actions (risk_id, due_at) WHERE status = 'open';

-- One event in a risk's life, for the case timeline.
CREATE TABLE risk_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of writing: events of one change share a time (recorded, then escalated).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  risk_id uuid NOT NULL REFERENCES risk_assessments (id),
  action_id uuid REFERENCES risk_actions (id),
  kind text NOT NULL CHECK (kind IN ('recorded', 'escalated', 'action-done', 'action-not-done', 'closed')),
  level text NOT NULL CHECK (level IN ('none', 'low', 'medium', 'high', 'immediate')),
  -- The action's description, or who was told.
  subject text NOT NULL DEFAULT '' CHECK (length(subject) <= 2000),
  -- The summary, what was done, the reason it was not done, or the closing note.
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  by_user_id uuid REFERENCES users (id),
  at timestamptz NOT NULL,
  CHECK ((kind IN ('action-done', 'action-not-done')) = (action_id IS NOT NULL))
);
CREATE INDEX risk_events_case_idx ON risk_events (case_id, at, seq);

ALTER TABLE risk_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE risk_events FORCE ROW LEVEL SECURITY;
CREATE POLICY risk_events_scheme_isolation ON risk_events USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id());
GRANT SELECT, INSERT ON risk_events TO linkwork_app;

-- Existing records: the rank on each case and the events so far. Row-level security is lifted for the
-- backfill only (an owner that is not a superuser is bound by FORCE) and restored at once.
ALTER TABLE cases NO FORCE ROW LEVEL SECURITY;
ALTER TABLE risk_assessments NO FORCE ROW LEVEL SECURITY;
ALTER TABLE risk_actions NO FORCE ROW LEVEL SECURITY;
ALTER TABLE risk_events NO FORCE ROW LEVEL SECURITY;

UPDATE cases c SET active_risk_rank = r.rank
FROM (
  SELECT case_id, max(CASE level WHEN 'immediate' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END) AS rank
  FROM risk_assessments WHERE status = 'open' GROUP BY case_id
) r
WHERE r.case_id = c.id;

INSERT INTO risk_events (scheme_id, case_id, risk_id, kind, level, note, by_user_id, at)
SELECT scheme_id, case_id, id, 'recorded', level, summary, assessed_by, assessed_at FROM risk_assessments;
INSERT INTO risk_events (scheme_id, case_id, risk_id, action_id, kind, level, subject, note, by_user_id, at)
SELECT a.scheme_id, r.case_id, r.id, a.id, CASE a.status WHEN 'done' THEN 'action-done' ELSE 'action-not-done' END, r.level, a.description, a.outcome_note, a.resolved_by, a.resolved_at
FROM risk_actions a JOIN risk_assessments r ON r.id = a.risk_id WHERE a.status <> 'open';
INSERT INTO risk_events (scheme_id, case_id, risk_id, kind, level, note, by_user_id, at)
SELECT scheme_id, case_id, id, 'closed', level, closing_note, closed_by, closed_at FROM risk_assessments
WHERE status = 'closed' AND level IN ('medium', 'high', 'immediate');

ALTER TABLE cases FORCE ROW LEVEL SECURITY;
ALTER TABLE risk_assessments FORCE ROW LEVEL SECURITY;
ALTER TABLE risk_actions FORCE ROW LEVEL SECURITY;
ALTER TABLE risk_events FORCE ROW LEVEL SECURITY;
