-- The waiting list over time: for each month, how many accepted referrals joined the waiting list and how many left
-- it (allocated to a link worker, declined or cancelled). The list's length at the end of a month is the sum of
-- joined less left over every month up to it, so a month's refresh reads only that month's referrals and events.
-- A referral joins when it is accepted and leaves at its first event after that in a status off the list.

CREATE TABLE report_waiting_list (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  joined integer NOT NULL,
  removed integer NOT NULL
);
CREATE INDEX report_waiting_list_idx ON report_waiting_list (scheme_id, month);

ALTER TABLE report_waiting_list ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_waiting_list FORCE ROW LEVEL SECURITY;
CREATE POLICY report_waiting_list_scheme_isolation ON report_waiting_list
  USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id());
GRANT SELECT ON report_waiting_list TO linkwork_app;
GRANT SELECT ON report_waiting_list TO linkwork_commissioner;
CREATE POLICY report_waiting_list_commissioned_schemes ON report_waiting_list FOR SELECT TO linkwork_commissioner
  USING (scheme_id = ANY (current_scheme_ids()));

CREATE INDEX referrals_scheme_accepted_idx ON referrals (scheme_id, accepted_at) WHERE accepted_at IS NOT NULL;
CREATE INDEX referral_events_scheme_time_idx ON referral_events (scheme_id, at);

-- A referral's acceptance moving (or being set) dirties the months it was and is accepted in; an event dirties its own.
CREATE FUNCTION report_mark_waiting_referrals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, london_month(accepted_at) FROM changed_referrals WHERE accepted_at IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_waiting_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, london_month(at) FROM changed_events
  WHERE status IN ('allocated', 'declined', 'cancelled', 'completed');
  RETURN NULL;
END
$$;

CREATE TRIGGER report_mark_waiting_referrals_insert AFTER INSERT ON referrals
  REFERENCING NEW TABLE AS changed_referrals FOR EACH STATEMENT EXECUTE FUNCTION report_mark_waiting_referrals();
CREATE TRIGGER report_mark_waiting_referrals_update_new AFTER UPDATE ON referrals
  REFERENCING NEW TABLE AS changed_referrals FOR EACH STATEMENT EXECUTE FUNCTION report_mark_waiting_referrals();
CREATE TRIGGER report_mark_waiting_referrals_update_old AFTER UPDATE ON referrals
  REFERENCING OLD TABLE AS changed_referrals FOR EACH STATEMENT EXECUTE FUNCTION report_mark_waiting_referrals();
CREATE TRIGGER report_mark_waiting_referrals_delete AFTER DELETE ON referrals
  REFERENCING OLD TABLE AS changed_referrals FOR EACH STATEMENT EXECUTE FUNCTION report_mark_waiting_referrals();
CREATE TRIGGER report_mark_waiting_events_insert AFTER INSERT ON referral_events
  REFERENCING NEW TABLE AS changed_events FOR EACH STATEMENT EXECUTE FUNCTION report_mark_waiting_events();
CREATE TRIGGER report_mark_waiting_events_delete AFTER DELETE ON referral_events
  REFERENCING OLD TABLE AS changed_events FOR EACH STATEMENT EXECUTE FUNCTION report_mark_waiting_events();

CREATE FUNCTION report_refresh_waiting_list(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m_from timestamptz := (p_month::timestamp AT TIME ZONE 'Europe/London');
  m_to timestamptz := ((p_month + interval '1 month')::timestamp AT TIME ZONE 'Europe/London');
BEGIN
  DELETE FROM report_waiting_list WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_waiting_list (scheme_id, month, practice_ods_code, need, joined, removed)
  SELECT p_scheme, p_month, w.practice_ods_code, n.need, count(*) FILTER (WHERE w.joined), count(*) FILTER (WHERE NOT w.joined)
  FROM (
    SELECT r.practice_ods_code, r.needs, true AS joined
    FROM referrals r
    WHERE r.scheme_id = p_scheme AND r.accepted_at >= m_from AND r.accepted_at < m_to
    UNION ALL
    SELECT r.practice_ods_code, r.needs, false
    FROM referral_events e JOIN referrals r ON r.id = e.referral_id
    WHERE e.scheme_id = p_scheme AND e.at >= m_from AND e.at < m_to
      AND e.status IN ('allocated', 'declined', 'cancelled', 'completed')
      AND r.accepted_at IS NOT NULL AND e.at >= r.accepted_at
      AND NOT EXISTS (
        SELECT 1 FROM referral_events f
        WHERE f.referral_id = e.referral_id AND f.status IN ('allocated', 'declined', 'cancelled', 'completed')
          AND f.at >= r.accepted_at AND (f.at, f.id) < (e.at, e.id))
  ) w
  CROSS JOIN LATERAL unnest(array_append(w.needs, '*')) AS n(need)
  GROUP BY 1, 2, 3, 4;
END
$$;

INSERT INTO report_rollup_parts (name, refresh) VALUES ('waiting_list', 'report_refresh_waiting_list');

REVOKE ALL ON FUNCTION report_mark_waiting_referrals(), report_mark_waiting_events(), report_refresh_waiting_list(uuid, date) FROM PUBLIC;

-- Existing referrals and events fill on the first refresh.
INSERT INTO report_dirty_months (scheme_id, month)
SELECT DISTINCT scheme_id, london_month(accepted_at) FROM referrals WHERE accepted_at IS NOT NULL
UNION SELECT DISTINCT scheme_id, london_month(at) FROM referral_events WHERE status IN ('allocated', 'declined', 'cancelled', 'completed');
