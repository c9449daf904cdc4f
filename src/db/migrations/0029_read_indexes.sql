-- Three reads the scale benchmark found scanning a whole table: who was told of a risk,
-- the lone-working team board, and the audit search by action and by record.

-- Notifications by what they are about: who was told of a risk (the risk page) and whether a training
-- record's reminder has gone out. The unique (recipient_id, event_key) index leads with the recipient.
CREATE INDEX notifications_source_idx ON notifications (source_type, source_id, created_at) WHERE source_id IS NOT NULL;

-- The team board reads three branches, each by its own index, soonest end first and stopped at the page
-- (src/modules/lone-working/lone-working.repository.ts): open visits (lone_working_visits_open_idx, and
-- this one for a buddy's board), visits that started since yesterday (they end after it too), and
-- alerts nobody has acknowledged.
CREATE INDEX lone_working_visits_buddy_open_idx ON lone_working_visits (scheme_id, buddy_id, expected_end) WHERE status IN ('planned', 'checked_in');
CREATE INDEX lone_working_visits_end_idx ON lone_working_visits (scheme_id, expected_end, planned_start);
CREATE INDEX lone_working_visits_unacknowledged_idx ON lone_working_visits (scheme_id, expected_end) WHERE alert_level > 0 AND acknowledged_at IS NULL;

-- The administrator's audit search by one action, newest first and paged by (at, id) without a sort; a
-- prefix ("auth.") reads one such branch per action it matches. Replaces (action, at), which left ties to a sort.
CREATE INDEX audit_log_action_at_id_idx ON audit_log (action, at DESC, id DESC);
DROP INDEX audit_log_action_idx;

-- The search by record id (with or without its type), newest first; replaces (record_type, record_id),
-- which the search by id alone could not use and which left the order to a sort.
CREATE INDEX audit_log_record_at_idx ON audit_log (record_id, at DESC, id DESC) WHERE record_id IS NOT NULL;
DROP INDEX audit_log_record_idx;
