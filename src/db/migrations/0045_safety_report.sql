-- The safety and workforce report's rollups: risks by level, escalation (risk) actions against their due time,
-- debriefs against the scheme's response time, supervision sessions with the gap since the one before, training
-- records as they start and stop being current, lone-working visits with missed check-outs and the minutes to
-- acknowledge them, and allocations, closures and competence overrides per link worker (for caseload against the
-- safe cap). Each row is a grouped count for one scheme and London month; nothing in them names a person served.
-- They are kept exact the way 0041 keeps its own: marking triggers append the months a change touches to
-- report_dirty_months, and report_refresh_safety recomputes one scheme's month from that month's rows (0043).

-- Risk checks by the month they were made, by level.
CREATE TABLE report_safety_risks (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  level text NOT NULL,
  risks integer NOT NULL
);
CREATE INDEX report_safety_risks_idx ON report_safety_risks (scheme_id, month);

-- Actions set on a risk, by the month they fall due: done by the due time (on_time), done after it (late),
-- resolved as not done (not_done), or still open.
CREATE TABLE report_safety_actions (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('on_time', 'late', 'not_done', 'open')),
  actions integer NOT NULL
);
CREATE INDEX report_safety_actions_idx ON report_safety_actions (scheme_id, month);

-- Debrief requests by the month asked (earlier duplicates left out): completed by the respond-by time the scheme's
-- working days set (in_time), completed after it (late), or still open. No practice or need: need is '*'.
CREATE TABLE report_safety_debriefs (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('in_time', 'late', 'open')),
  debriefs integer NOT NULL
);
CREATE INDEX report_safety_debriefs_idx ON report_safety_debriefs (scheme_id, month);

-- Supervision sessions by the month held, grouped by the days since the worker's session before (null for their
-- first), with the latest day held in the group (so a reader can tell when each worker was last supervised).
CREATE TABLE report_safety_supervision (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  gap_days integer,
  sessions integer NOT NULL,
  last_held_on date NOT NULL
);
CREATE INDEX report_safety_supervision_idx ON report_safety_supervision (scheme_id, month);

-- Training records per worker and course: how many became current in the month (completed) and how many stopped
-- being current in it (the month of the day after they expire). The records current at a month's end are the sum
-- of started − ended over every month up to it.
CREATE TABLE report_safety_training (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  course_id uuid NOT NULL,
  started integer NOT NULL,
  ended integer NOT NULL
);
CREATE INDEX report_safety_training_idx ON report_safety_training (scheme_id, month);

-- Lone-working visits (not cancelled) by the month they were expected to end: whether the check-out was missed (an
-- overdue alert went) and, when it was acknowledged, whole minutes from the first alert to the acknowledgement.
CREATE TABLE report_safety_visits (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  missed boolean NOT NULL,
  ack_minutes integer,
  visits integer NOT NULL
);
CREATE INDEX report_safety_visits_idx ON report_safety_visits (scheme_id, month);

-- Per link worker and month: cases allocated, cases closed and allocations made over the competence check
-- (allocation_overrides). A worker's open caseload at a month's end is the sum of allocated − closed over every
-- month up to it.
CREATE TABLE report_safety_caseload (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  allocated integer NOT NULL,
  closed integer NOT NULL,
  overrides integer NOT NULL
);
CREATE INDEX report_safety_caseload_idx ON report_safety_caseload (scheme_id, month);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['report_safety_risks', 'report_safety_actions', 'report_safety_debriefs',
    'report_safety_supervision', 'report_safety_training', 'report_safety_visits', 'report_safety_caseload'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    EXECUTE format('GRANT SELECT ON %I TO linkwork_app', t);
    EXECUTE format('GRANT SELECT ON %I TO linkwork_commissioner', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO linkwork_commissioner USING (scheme_id = ANY (current_scheme_ids()))',
      t || '_commissioned_schemes', t);
  END LOOP;
END
$$;

-- The rows the refresh reads, by the month they belong to.
CREATE INDEX risk_assessments_scheme_assessed_idx ON risk_assessments (scheme_id, assessed_at);
CREATE INDEX risk_actions_scheme_due_idx ON risk_actions (scheme_id, due_at);
CREATE INDEX debrief_requests_scheme_requested_idx ON debrief_requests (scheme_id, requested_at);
CREATE INDEX supervision_sessions_scheme_held_idx ON supervision_sessions (scheme_id, held_on);
CREATE INDEX training_records_scheme_completed_idx ON training_records (scheme_id, completed_on);
CREATE INDEX training_records_scheme_expires_idx ON training_records (scheme_id, expires_on) WHERE expires_on IS NOT NULL;
CREATE INDEX allocation_overrides_scheme_at_idx ON allocation_overrides (scheme_id, at);

-- Marking. Risks and their actions are counted under their case's worker, practice and needs, so a case moved to
-- another worker or a referral's practice or needs changed marks their months too.
CREATE FUNCTION report_mark_safety_risks() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT r.scheme_id, m FROM changed_risks r
  CROSS JOIN LATERAL (
    SELECT london_month(r.assessed_at) AS m
    UNION SELECT london_month(a.due_at) FROM risk_actions a WHERE a.risk_id = r.id
  ) months;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_safety_actions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, london_month(due_at) FROM changed_actions;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_safety_debriefs() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, london_month(requested_at) FROM changed_debriefs;
  RETURN NULL;
END
$$;

-- A session's month, and the month of the worker's next session after it (whose gap it sets).
CREATE FUNCTION report_mark_safety_supervision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT s.scheme_id, m FROM changed_sessions s
  CROSS JOIN LATERAL (
    SELECT date_trunc('month', s.held_on)::date AS m
    UNION SELECT date_trunc('month', min(n.held_on))::date FROM supervision_sessions n
      WHERE n.scheme_id = s.scheme_id AND n.worker_id = s.worker_id AND n.held_on > s.held_on
  ) months
  WHERE m IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_safety_training() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, m FROM (
    SELECT scheme_id, date_trunc('month', completed_on)::date AS m FROM changed_records
    UNION ALL SELECT scheme_id, date_trunc('month', expires_on + 1)::date FROM changed_records WHERE expires_on IS NOT NULL
  ) touched;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_safety_visits() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, london_month(expected_end) FROM changed_visits;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_safety_visit_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT v.scheme_id, london_month(v.expected_end)
  FROM (SELECT DISTINCT visit_id FROM changed_events WHERE kind IN ('alerted', 'acknowledged')) e
  JOIN lone_working_visits v ON v.id = e.visit_id;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_safety_overrides() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, london_month(at) FROM changed_overrides;
  RETURN NULL;
END
$$;

-- A case written: the months it was allocated and closed in; when its worker changed, its risks' and actions'
-- months too. Updates compare the old and new rows so the many writes that change neither mark nothing.
CREATE FUNCTION report_mark_safety_cases() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO report_dirty_months (scheme_id, month)
    SELECT DISTINCT scheme_id, m FROM (
      SELECT c.scheme_id, london_month(c.allocated_at) AS m, c.id, c.worker_id, c.closed_at FROM removed_cases c
      UNION ALL SELECT c.scheme_id, london_month(c.allocated_at), c.id, c.worker_id, c.closed_at FROM added_cases c
      UNION ALL SELECT c.scheme_id, london_month(c.closed_at), c.id, c.worker_id, c.closed_at FROM removed_cases c WHERE c.closed_at IS NOT NULL
      UNION ALL SELECT c.scheme_id, london_month(c.closed_at), c.id, c.worker_id, c.closed_at FROM added_cases c WHERE c.closed_at IS NOT NULL
    ) touched
    WHERE touched.id IN (
      SELECT o.id FROM removed_cases o JOIN added_cases n ON n.id = o.id
      WHERE o.worker_id IS DISTINCT FROM n.worker_id OR o.allocated_at IS DISTINCT FROM n.allocated_at
        OR o.closed_at IS DISTINCT FROM n.closed_at OR o.scheme_id IS DISTINCT FROM n.scheme_id
    );
    INSERT INTO report_dirty_months (scheme_id, month)
    SELECT DISTINCT r.scheme_id, m FROM removed_cases o JOIN added_cases n ON n.id = o.id
    JOIN risk_assessments r ON r.case_id = n.id
    CROSS JOIN LATERAL (
      SELECT london_month(r.assessed_at) AS m
      UNION SELECT london_month(a.due_at) FROM risk_actions a WHERE a.risk_id = r.id
    ) months
    WHERE o.worker_id IS DISTINCT FROM n.worker_id OR o.referral_id IS DISTINCT FROM n.referral_id;
  ELSE
    INSERT INTO report_dirty_months (scheme_id, month)
    SELECT DISTINCT scheme_id, m FROM (
      SELECT scheme_id, london_month(allocated_at) AS m FROM changed_cases
      UNION ALL SELECT scheme_id, london_month(closed_at) FROM changed_cases WHERE closed_at IS NOT NULL
    ) touched;
  END IF;
  RETURN NULL;
END
$$;

-- A referral's practice or needs changed: the months of the risks on its cases.
CREATE FUNCTION report_mark_safety_referrals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT r.scheme_id, m FROM removed_rows o JOIN added_rows n ON n.id = o.id
  JOIN cases c ON c.referral_id = n.id
  JOIN risk_assessments r ON r.case_id = c.id
  CROSS JOIN LATERAL (
    SELECT london_month(r.assessed_at) AS m
    UNION SELECT london_month(a.due_at) FROM risk_actions a WHERE a.risk_id = r.id
  ) months
  WHERE o.practice_ods_code IS DISTINCT FROM n.practice_ods_code OR o.needs IS DISTINCT FROM n.needs;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_mark_safety_risks_insert AFTER INSERT ON risk_assessments
  REFERENCING NEW TABLE AS changed_risks FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_risks();
CREATE TRIGGER report_mark_safety_risks_update_new AFTER UPDATE ON risk_assessments
  REFERENCING NEW TABLE AS changed_risks FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_risks();
CREATE TRIGGER report_mark_safety_risks_update_old AFTER UPDATE ON risk_assessments
  REFERENCING OLD TABLE AS changed_risks FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_risks();
CREATE TRIGGER report_mark_safety_risks_delete AFTER DELETE ON risk_assessments
  REFERENCING OLD TABLE AS changed_risks FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_risks();
CREATE TRIGGER report_mark_safety_actions_insert AFTER INSERT ON risk_actions
  REFERENCING NEW TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_actions();
CREATE TRIGGER report_mark_safety_actions_update_new AFTER UPDATE ON risk_actions
  REFERENCING NEW TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_actions();
CREATE TRIGGER report_mark_safety_actions_update_old AFTER UPDATE ON risk_actions
  REFERENCING OLD TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_actions();
CREATE TRIGGER report_mark_safety_actions_delete AFTER DELETE ON risk_actions
  REFERENCING OLD TABLE AS changed_actions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_actions();
CREATE TRIGGER report_mark_safety_debriefs_insert AFTER INSERT ON debrief_requests
  REFERENCING NEW TABLE AS changed_debriefs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_debriefs();
CREATE TRIGGER report_mark_safety_debriefs_update_new AFTER UPDATE ON debrief_requests
  REFERENCING NEW TABLE AS changed_debriefs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_debriefs();
CREATE TRIGGER report_mark_safety_debriefs_update_old AFTER UPDATE ON debrief_requests
  REFERENCING OLD TABLE AS changed_debriefs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_debriefs();
CREATE TRIGGER report_mark_safety_debriefs_delete AFTER DELETE ON debrief_requests
  REFERENCING OLD TABLE AS changed_debriefs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_debriefs();
CREATE TRIGGER report_mark_safety_supervision_insert AFTER INSERT ON supervision_sessions
  REFERENCING NEW TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_supervision();
CREATE TRIGGER report_mark_safety_supervision_update_new AFTER UPDATE ON supervision_sessions
  REFERENCING NEW TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_supervision();
CREATE TRIGGER report_mark_safety_supervision_update_old AFTER UPDATE ON supervision_sessions
  REFERENCING OLD TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_supervision();
CREATE TRIGGER report_mark_safety_supervision_delete AFTER DELETE ON supervision_sessions
  REFERENCING OLD TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_supervision();
CREATE TRIGGER report_mark_safety_training_insert AFTER INSERT ON training_records
  REFERENCING NEW TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_training();
CREATE TRIGGER report_mark_safety_training_update_new AFTER UPDATE ON training_records
  REFERENCING NEW TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_training();
CREATE TRIGGER report_mark_safety_training_update_old AFTER UPDATE ON training_records
  REFERENCING OLD TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_training();
CREATE TRIGGER report_mark_safety_training_delete AFTER DELETE ON training_records
  REFERENCING OLD TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_training();
CREATE TRIGGER report_mark_safety_visits_insert AFTER INSERT ON lone_working_visits
  REFERENCING NEW TABLE AS changed_visits FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_visits();
CREATE TRIGGER report_mark_safety_visits_update_new AFTER UPDATE ON lone_working_visits
  REFERENCING NEW TABLE AS changed_visits FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_visits();
CREATE TRIGGER report_mark_safety_visits_update_old AFTER UPDATE ON lone_working_visits
  REFERENCING OLD TABLE AS changed_visits FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_visits();
CREATE TRIGGER report_mark_safety_visits_delete AFTER DELETE ON lone_working_visits
  REFERENCING OLD TABLE AS changed_visits FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_visits();
CREATE TRIGGER report_mark_safety_visit_events_insert AFTER INSERT ON lone_working_events
  REFERENCING NEW TABLE AS changed_events FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_visit_events();
CREATE TRIGGER report_mark_safety_visit_events_delete AFTER DELETE ON lone_working_events
  REFERENCING OLD TABLE AS changed_events FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_visit_events();
CREATE TRIGGER report_mark_safety_overrides_insert AFTER INSERT ON allocation_overrides
  REFERENCING NEW TABLE AS changed_overrides FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_overrides();
CREATE TRIGGER report_mark_safety_overrides_update_new AFTER UPDATE ON allocation_overrides
  REFERENCING NEW TABLE AS changed_overrides FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_overrides();
CREATE TRIGGER report_mark_safety_overrides_update_old AFTER UPDATE ON allocation_overrides
  REFERENCING OLD TABLE AS changed_overrides FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_overrides();
CREATE TRIGGER report_mark_safety_overrides_delete AFTER DELETE ON allocation_overrides
  REFERENCING OLD TABLE AS changed_overrides FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_overrides();
CREATE TRIGGER report_mark_safety_cases_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_cases();
CREATE TRIGGER report_mark_safety_cases_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS removed_cases NEW TABLE AS added_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_cases();
CREATE TRIGGER report_mark_safety_cases_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_cases();
CREATE TRIGGER report_mark_safety_referrals_update AFTER UPDATE ON referrals
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_safety_referrals();

-- Recomputes one scheme's month of the safety rollups from that month's rows (each by its index range).
CREATE FUNCTION report_refresh_safety(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m_from timestamptz := (p_month::timestamp AT TIME ZONE 'Europe/London');
  m_to timestamptz := ((p_month + interval '1 month')::timestamp AT TIME ZONE 'Europe/London');
  d_to date := (p_month + interval '1 month')::date;
BEGIN
  DELETE FROM report_safety_risks WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_risks (scheme_id, month, practice_ods_code, need, worker_id, level, risks)
  SELECT r.scheme_id, p_month, f.practice_ods_code, n.need, c.worker_id, r.level, count(*)
  FROM risk_assessments r JOIN cases c ON c.id = r.case_id JOIN referrals f ON f.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(f.needs, '*')) AS n(need)
  WHERE r.scheme_id = p_scheme AND r.assessed_at >= m_from AND r.assessed_at < m_to
  GROUP BY 1, 2, 3, 4, 5, 6;

  DELETE FROM report_safety_actions WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_actions (scheme_id, month, practice_ods_code, need, worker_id, outcome, actions)
  SELECT a.scheme_id, p_month, f.practice_ods_code, n.need, c.worker_id,
    CASE
      WHEN a.status = 'open' THEN 'open'
      WHEN a.status = 'not_done' THEN 'not_done'
      WHEN a.resolved_at <= a.due_at THEN 'on_time'
      ELSE 'late'
    END,
    count(*)
  FROM risk_actions a JOIN risk_assessments r ON r.id = a.risk_id JOIN cases c ON c.id = r.case_id
  JOIN referrals f ON f.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(f.needs, '*')) AS n(need)
  WHERE a.scheme_id = p_scheme AND a.due_at >= m_from AND a.due_at < m_to
  GROUP BY 1, 2, 3, 4, 5, 6;

  DELETE FROM report_safety_debriefs WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_debriefs (scheme_id, month, practice_ods_code, need, worker_id, outcome, debriefs)
  SELECT d.scheme_id, p_month, NULL, '*', d.worker_id,
    CASE
      WHEN d.status <> 'completed' OR d.completed_at IS NULL THEN 'open'
      WHEN d.completed_at <= d.respond_by THEN 'in_time'
      ELSE 'late'
    END,
    count(*)
  FROM debrief_requests d
  WHERE d.scheme_id = p_scheme AND d.requested_at >= m_from AND d.requested_at < m_to AND d.duplicate_of IS NULL
  GROUP BY 1, 2, 3, 4, 5, 6;

  DELETE FROM report_safety_supervision WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_supervision (scheme_id, month, practice_ods_code, need, worker_id, gap_days, sessions, last_held_on)
  SELECT s.scheme_id, p_month, NULL, '*', s.worker_id, s.held_on - p.held_on, count(*), max(s.held_on)
  FROM supervision_sessions s
  LEFT JOIN LATERAL (
    SELECT max(e.held_on) AS held_on FROM supervision_sessions e
    WHERE e.scheme_id = s.scheme_id AND e.worker_id = s.worker_id AND e.held_on < s.held_on
  ) p ON true
  WHERE s.scheme_id = p_scheme AND s.held_on >= p_month AND s.held_on < d_to
  GROUP BY 1, 2, 3, 4, 5, 6;

  DELETE FROM report_safety_training WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_training (scheme_id, month, practice_ods_code, need, worker_id, course_id, started, ended)
  SELECT p_scheme, p_month, NULL, '*', t.user_id, t.course_id, sum(t.started), sum(t.ended)
  FROM (
    SELECT user_id, course_id, 1 AS started, 0 AS ended FROM training_records
    WHERE scheme_id = p_scheme AND completed_on >= p_month AND completed_on < d_to
    UNION ALL
    SELECT user_id, course_id, 0, 1 FROM training_records
    WHERE scheme_id = p_scheme AND expires_on IS NOT NULL AND expires_on >= p_month - 1 AND expires_on < d_to - 1
  ) t
  GROUP BY t.user_id, t.course_id;

  DELETE FROM report_safety_visits WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_visits (scheme_id, month, practice_ods_code, need, worker_id, missed, ack_minutes, visits)
  SELECT v.scheme_id, p_month, NULL, '*', v.worker_id, a.first_at IS NOT NULL,
    CASE WHEN a.first_at IS NOT NULL AND v.acknowledged_at IS NOT NULL
      THEN greatest(0, floor(extract(epoch FROM v.acknowledged_at - a.first_at) / 60))::integer END,
    count(*)
  FROM lone_working_visits v
  LEFT JOIN LATERAL (
    SELECT min(e.at) AS first_at FROM lone_working_events e WHERE e.visit_id = v.id AND e.kind = 'alerted'
  ) a ON true
  WHERE v.scheme_id = p_scheme AND v.expected_end >= m_from AND v.expected_end < m_to AND v.status <> 'cancelled'
  GROUP BY 1, 2, 3, 4, 5, 6, 7;

  DELETE FROM report_safety_caseload WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_safety_caseload (scheme_id, month, practice_ods_code, need, worker_id, allocated, closed, overrides)
  SELECT p_scheme, p_month, NULL, '*', t.worker_id, sum(t.allocated), sum(t.closed), sum(t.overrides)
  FROM (
    SELECT worker_id, 1 AS allocated, 0 AS closed, 0 AS overrides FROM cases
    WHERE scheme_id = p_scheme AND allocated_at >= m_from AND allocated_at < m_to
    UNION ALL
    SELECT worker_id, 0, 1, 0 FROM cases
    WHERE scheme_id = p_scheme AND closed_at >= m_from AND closed_at < m_to
    UNION ALL
    SELECT worker_id, 0, 0, 1 FROM allocation_overrides
    WHERE scheme_id = p_scheme AND at >= m_from AND at < m_to
  ) t
  GROUP BY t.worker_id;
END
$$;

REVOKE ALL ON FUNCTION report_mark_safety_risks(), report_mark_safety_actions(), report_mark_safety_debriefs(),
  report_mark_safety_supervision(), report_mark_safety_training(), report_mark_safety_visits(),
  report_mark_safety_visit_events(), report_mark_safety_overrides(), report_mark_safety_cases(),
  report_mark_safety_referrals(), report_refresh_safety(uuid, date) FROM PUBLIC;

INSERT INTO report_rollup_parts (name, refresh) VALUES ('safety', 'report_refresh_safety');

-- Existing deployments: every month that already has rows is recomputed by the first refresh.
INSERT INTO report_dirty_months (scheme_id, month)
SELECT DISTINCT scheme_id, m FROM (
  SELECT scheme_id, london_month(assessed_at) AS m FROM risk_assessments
  UNION SELECT scheme_id, london_month(due_at) FROM risk_actions
  UNION SELECT scheme_id, london_month(requested_at) FROM debrief_requests
  UNION SELECT scheme_id, date_trunc('month', held_on)::date FROM supervision_sessions
  UNION SELECT scheme_id, date_trunc('month', completed_on)::date FROM training_records
  UNION SELECT scheme_id, date_trunc('month', expires_on + 1)::date FROM training_records WHERE expires_on IS NOT NULL
  UNION SELECT scheme_id, london_month(expected_end) FROM lone_working_visits
  UNION SELECT scheme_id, london_month(allocated_at) FROM cases
  UNION SELECT scheme_id, london_month(closed_at) FROM cases WHERE closed_at IS NOT NULL
  UNION SELECT scheme_id, london_month(at) FROM allocation_overrides
) touched;
