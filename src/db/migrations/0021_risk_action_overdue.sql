-- An overdue required risk action raises an urgent alert, once. The action records when its alert went
-- (written in the alert's own transaction, with the notifications and the timeline event), so the job
-- at the deadline and the sweep behind it cannot alert twice, and the sweep reads only the actions
-- still waiting for an alert. Actions already past their deadline and still open when this runs are
-- alerted by the first sweep: they are overdue now, and someone should know.

ALTER TABLE risk_actions ADD COLUMN overdue_alerted_at timestamptz;

-- The sweep: required actions still open and not yet alerted, by deadline (cost follows those actions only).
CREATE INDEX risk_actions_overdue_pending_idx ON risk_actions (scheme_id, due_at) WHERE status = 'open' AND required AND overdue_alerted_at IS NULL;

-- The alert is an event in the risk's life, on the case timeline like an action done or not done.
ALTER TABLE risk_events DROP CONSTRAINT risk_events_kind_check;
ALTER TABLE risk_events ADD CONSTRAINT risk_events_kind_check CHECK (kind IN ('recorded', 'escalated', 'action-done', 'action-not-done', 'action-overdue', 'closed'));
ALTER TABLE risk_events DROP CONSTRAINT risk_events_check;
ALTER TABLE risk_events ADD CONSTRAINT risk_events_check CHECK ((kind IN ('action-done', 'action-not-done', 'action-overdue')) = (action_id IS NOT NULL));
