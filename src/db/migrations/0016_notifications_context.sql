-- Notifications a busy person can act on: what each one is about (the case, so the person's name is
-- looked up when it is read, under row-level security and the reader's access, and the worker), one
-- notification per event and recipient (a database guarantee), urgent first then newest with keyset
-- paging, and one debrief request per worker and session (or risk).

ALTER TABLE notifications
  -- The case the notification is about; the person's name is resolved at read time, never stored here.
  ADD COLUMN case_id uuid REFERENCES cases (id),
  -- The link worker it is about (the worker at risk, to debrief, or who recorded the risk).
  ADD COLUMN worker_id uuid REFERENCES users (id),
  -- The event it tells about ("risk:<id>", "debrief:<id>"); a recipient hears of an event once.
  ADD COLUMN event_key text;

-- Rows written before this had no event: each is its own.
UPDATE notifications SET event_key = 'notification:' || id::text WHERE event_key IS NULL;
ALTER TABLE notifications ALTER COLUMN event_key SET NOT NULL;
ALTER TABLE notifications ADD CONSTRAINT notifications_event_key_check CHECK (length(event_key) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX notifications_event_recipient_key ON notifications (recipient_id, event_key);

-- Urgent means a person may be at risk (src/modules/notifications/notification-kinds.ts): earlier rows follow the same rule.
UPDATE notifications SET urgent = kind IN (
  'risk.high', 'risk.immediate', 'safeguarding.raised',
  'lone-working.alert', 'lone-working.escalated', 'lone-working.escalation-ended', 'lone-working.help',
  'debrief.overdue'
);

-- The inbox: one recipient in one scheme, urgent first, then newest; keyset paging reads only the page.
DROP INDEX notifications_recipient_idx;
CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, scheme_id, urgent DESC, created_at DESC, id DESC);
CREATE INDEX notifications_inbox_unread_idx ON notifications (recipient_id, scheme_id, urgent DESC, created_at DESC, id DESC) WHERE read_at IS NULL;
DROP INDEX notifications_unread_idx;

-- One debrief request per worker and session, and per worker and risk: a distressing session that is
-- also a high risk asks once. Earlier duplicates are kept (with their notes) but marked as such.
ALTER TABLE debrief_requests ADD COLUMN duplicate_of uuid REFERENCES debrief_requests (id);
UPDATE debrief_requests d SET duplicate_of = first.id
FROM debrief_requests first
WHERE d.session_id IS NOT NULL AND first.session_id = d.session_id AND first.worker_id = d.worker_id AND first.scheme_id = d.scheme_id
  AND (first.requested_at, first.id) < (d.requested_at, d.id)
  AND NOT EXISTS (
    SELECT 1 FROM debrief_requests earlier
    WHERE earlier.session_id = d.session_id AND earlier.worker_id = d.worker_id AND earlier.scheme_id = d.scheme_id
      AND (earlier.requested_at, earlier.id) < (first.requested_at, first.id)
  );
UPDATE debrief_requests d SET duplicate_of = first.id
FROM debrief_requests first
WHERE d.duplicate_of IS NULL AND d.risk_id IS NOT NULL AND first.risk_id = d.risk_id AND first.worker_id = d.worker_id AND first.scheme_id = d.scheme_id
  AND first.duplicate_of IS NULL AND (first.requested_at, first.id) < (d.requested_at, d.id)
  AND NOT EXISTS (
    SELECT 1 FROM debrief_requests earlier
    WHERE earlier.risk_id = d.risk_id AND earlier.worker_id = d.worker_id AND earlier.scheme_id = d.scheme_id AND earlier.duplicate_of IS NULL
      AND (earlier.requested_at, earlier.id) < (first.requested_at, first.id)
  );
CREATE UNIQUE INDEX debrief_requests_session_key ON debrief_requests (scheme_id, worker_id, session_id) WHERE session_id IS NOT NULL AND duplicate_of IS NULL;
CREATE UNIQUE INDEX debrief_requests_risk_key ON debrief_requests (scheme_id, worker_id, risk_id) WHERE risk_id IS NOT NULL AND duplicate_of IS NULL;
