-- Report rollups: monthly counts, histograms and sums per scheme that the reports read instead of raw rows, so a
-- report costs the same for a scheme's first year and for an Integrated Care Board's five.
--
-- How they stay exact: every statement that changes a referral, a case, a session or an outcome recording appends
-- the (scheme, month) pairs it touches to report_dirty_months (a trigger, in the writer's transaction; append-only,
-- so writers never wait on each other). report_refresh(scheme) takes the scheme's committed dirty rows, deletes
-- them, and recomputes every rollup row of those months from the raw rows. A writer still in flight keeps its dirty
-- row (the refresh cannot see it), so its month is recomputed by the next refresh; refreshes of one scheme are
-- serialised by an advisory lock. A report refreshes its scheme before reading, and a job refreshes every minute.
-- Months are calendar months in Europe/London, stored as their first day.

CREATE FUNCTION london_month(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', at AT TIME ZONE 'Europe/London')::date
$$;

CREATE FUNCTION london_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (at AT TIME ZONE 'Europe/London')::date
$$;

CREATE TABLE report_dirty_months (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scheme_id uuid NOT NULL,
  month date NOT NULL
);
CREATE INDEX report_dirty_months_scheme_idx ON report_dirty_months (scheme_id);

-- Referrals by the month they were received (a cohort): where from, for what, how triaged, and what became of them.
-- need '*' counts each referral once; the other rows count it once per need named.
CREATE TABLE report_referrals (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  source text NOT NULL,
  need text NOT NULL,
  -- The link worker the referral was allocated to, if it was.
  worker_id uuid,
  evaluation text NOT NULL,
  -- awaiting (not yet decided), accepted, declined, cancelled, unable_to_contact
  outcome text NOT NULL,
  referrals integer NOT NULL
);
CREATE INDEX report_referrals_idx ON report_referrals (scheme_id, month);

-- Days from a referral (by the month it was received) to the first contact and to the first attended session.
CREATE TABLE report_waits (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  kind text NOT NULL CHECK (kind IN ('first_contact', 'first_session')),
  days integer NOT NULL,
  referrals integer NOT NULL
);
CREATE INDEX report_waits_idx ON report_waits (scheme_id, month);

-- Cases closed in the month: the reason, how long the work lasted (days from first contact) and sessions attended.
CREATE TABLE report_closures (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  reason text NOT NULL,
  length_days integer,
  sessions_attended integer NOT NULL,
  cases integer NOT NULL
);
CREATE INDEX report_closures_idx ON report_closures (scheme_id, month);

-- Sessions in the month by attendance.
CREATE TABLE report_sessions (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  attendance text NOT NULL,
  sessions integer NOT NULL
);
CREATE INDEX report_sessions_idx ON report_sessions (scheme_id, month);

-- Paired outcome changes by the month of the later score: n, sum and sum of squares of the change (for the mean
-- and its confidence interval), and how many improved or worsened by at least the minimum important change.
CREATE TABLE report_outcomes (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  level text,
  measure_key text NOT NULL,
  score_key text NOT NULL,
  pairs integer NOT NULL,
  sum_baseline numeric NOT NULL,
  sum_latest numeric NOT NULL,
  sum_change numeric NOT NULL,
  sum_square_change numeric NOT NULL,
  improved integer NOT NULL,
  worse integer NOT NULL
);
CREATE INDEX report_outcomes_idx ON report_outcomes (scheme_id, month);

-- Each asking of a measure by the month it was answered: completed or declined, at which timepoint.
CREATE TABLE report_measure_askings (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  measure_key text NOT NULL,
  timepoint text NOT NULL,
  status text NOT NULL,
  askings integer NOT NULL
);
CREATE INDEX report_measure_askings_idx ON report_measure_askings (scheme_id, month);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['report_dirty_months', 'report_referrals', 'report_waits', 'report_closures', 'report_sessions',
    'report_outcomes', 'report_measure_askings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id())', t || '_scheme_isolation', t);
    -- Read by the application; written only by the triggers and the refresh below, as the owner.
    EXECUTE format('GRANT SELECT ON %I TO linkwork_app', t);
  END LOOP;
END
$$;

-- The rows the refresh reads, by the month they belong to.
CREATE INDEX cases_scheme_closed_idx ON cases (scheme_id, closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX case_sessions_scheme_time_idx ON case_sessions (scheme_id, starts_at);
CREATE INDEX outcome_records_scheme_day_idx ON outcome_records (scheme_id, answered_on);
CREATE INDEX referrals_scheme_received_idx ON referrals (scheme_id, received_at);

-- Marking: each trigger appends the months its rows belong to in every rollup that reads them.
CREATE FUNCTION report_mark_referrals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO report_dirty_months (scheme_id, month)
    SELECT DISTINCT scheme_id, m FROM (
      SELECT r.scheme_id, london_month(r.received_at) AS m FROM added_rows r
      UNION ALL SELECT c.scheme_id, london_month(c.closed_at) FROM added_rows r JOIN cases c ON c.referral_id = r.id WHERE c.closed_at IS NOT NULL
      UNION ALL SELECT s.scheme_id, london_month(s.starts_at) FROM added_rows r JOIN cases c ON c.referral_id = r.id JOIN case_sessions s ON s.case_id = c.id
      UNION ALL SELECT p.scheme_id, date_trunc('month', p.latest_on)::date FROM added_rows r JOIN cases c ON c.referral_id = r.id JOIN outcome_pairs p ON p.case_id = c.id WHERE p.latest_on IS NOT NULL
      UNION ALL SELECT o.scheme_id, date_trunc('month', o.answered_on)::date FROM added_rows r JOIN cases c ON c.referral_id = r.id JOIN outcome_records o ON o.case_id = c.id
    ) touched;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO report_dirty_months (scheme_id, month)
    SELECT DISTINCT scheme_id, london_month(received_at) FROM removed_rows;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_cases() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, m FROM (
    SELECT r.scheme_id, london_month(r.received_at) AS m FROM changed_cases c JOIN referrals r ON r.id = c.referral_id
    UNION ALL SELECT c.scheme_id, london_month(c.closed_at) FROM changed_cases c WHERE c.closed_at IS NOT NULL
    UNION ALL SELECT s.scheme_id, london_month(s.starts_at) FROM changed_cases c JOIN case_sessions s ON s.case_id = c.id
    UNION ALL SELECT p.scheme_id, date_trunc('month', p.latest_on)::date FROM changed_cases c JOIN outcome_pairs p ON p.case_id = c.id WHERE p.latest_on IS NOT NULL
    UNION ALL SELECT o.scheme_id, date_trunc('month', o.answered_on)::date FROM changed_cases c JOIN outcome_records o ON o.case_id = c.id
  ) touched;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_sessions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, m FROM (
    SELECT s.scheme_id, london_month(s.starts_at) AS m FROM changed_sessions s
    UNION ALL SELECT r.scheme_id, london_month(r.received_at) FROM changed_sessions s JOIN cases c ON c.id = s.case_id JOIN referrals r ON r.id = c.referral_id
    UNION ALL SELECT c.scheme_id, london_month(c.closed_at) FROM changed_sessions s JOIN cases c ON c.id = s.case_id WHERE c.closed_at IS NOT NULL
  ) touched;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_outcome_pairs() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, date_trunc('month', latest_on)::date FROM changed_pairs WHERE latest_on IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_outcome_records() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, date_trunc('month', answered_on)::date FROM changed_records;
  RETURN NULL;
END
$$;

-- One trigger per event and transition table (a trigger with transition tables may name only one event).
CREATE TRIGGER report_mark_referrals_insert AFTER INSERT ON referrals
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_referrals();
CREATE TRIGGER report_mark_referrals_update AFTER UPDATE ON referrals
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_referrals();
CREATE TRIGGER report_mark_referrals_delete AFTER DELETE ON referrals
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_referrals();
CREATE TRIGGER report_mark_cases_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_cases();
CREATE TRIGGER report_mark_cases_update_new AFTER UPDATE ON cases
  REFERENCING NEW TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_cases();
CREATE TRIGGER report_mark_cases_update_old AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_cases();
CREATE TRIGGER report_mark_cases_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_cases();
CREATE TRIGGER report_mark_sessions_insert AFTER INSERT ON case_sessions
  REFERENCING NEW TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_sessions();
CREATE TRIGGER report_mark_sessions_update_new AFTER UPDATE ON case_sessions
  REFERENCING NEW TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_sessions();
CREATE TRIGGER report_mark_sessions_update_old AFTER UPDATE ON case_sessions
  REFERENCING OLD TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_sessions();
CREATE TRIGGER report_mark_sessions_delete AFTER DELETE ON case_sessions
  REFERENCING OLD TABLE AS changed_sessions FOR EACH STATEMENT EXECUTE FUNCTION report_mark_sessions();
CREATE TRIGGER report_mark_outcome_pairs_insert AFTER INSERT ON outcome_pairs
  REFERENCING NEW TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_outcome_pairs();
CREATE TRIGGER report_mark_outcome_pairs_update_new AFTER UPDATE ON outcome_pairs
  REFERENCING NEW TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_outcome_pairs();
CREATE TRIGGER report_mark_outcome_pairs_update_old AFTER UPDATE ON outcome_pairs
  REFERENCING OLD TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_outcome_pairs();
CREATE TRIGGER report_mark_outcome_records_insert AFTER INSERT ON outcome_records
  REFERENCING NEW TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION report_mark_outcome_records();

-- Recomputes every rollup row of one scheme and month from the raw rows (the month's own rows only, by index).
CREATE FUNCTION report_refresh_month(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m_from timestamptz := (p_month::timestamp AT TIME ZONE 'Europe/London');
  m_to timestamptz := ((p_month + interval '1 month')::timestamp AT TIME ZONE 'Europe/London');
  d_to date := (p_month + interval '1 month')::date;
BEGIN
  DELETE FROM report_referrals WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_referrals (scheme_id, month, practice_ods_code, source, need, worker_id, evaluation, outcome, referrals)
  SELECT r.scheme_id, p_month, r.practice_ods_code, r.source, n.need, c.worker_id, r.evaluation,
    CASE
      WHEN r.status = 'declined' THEN 'declined'
      WHEN r.status = 'cancelled' THEN 'cancelled'
      WHEN c.discharge_reason = 'unable-to-contact' THEN 'unable_to_contact'
      WHEN r.accepted_at IS NOT NULL OR c.id IS NOT NULL THEN 'accepted'
      ELSE 'awaiting'
    END,
    count(*)
  FROM referrals r
  LEFT JOIN cases c ON c.referral_id = r.id
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE r.scheme_id = p_scheme AND r.received_at >= m_from AND r.received_at < m_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

  DELETE FROM report_waits WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_waits (scheme_id, month, practice_ods_code, need, worker_id, kind, days, referrals)
  SELECT w.scheme_id, p_month, w.practice_ods_code, n.need, w.worker_id, w.kind, w.days, count(*)
  FROM (
    SELECT r.scheme_id, r.practice_ods_code, r.needs, c.worker_id, 'first_contact' AS kind,
      (london_day(c.first_contact_at) - london_day(r.received_at)) AS days
    FROM referrals r JOIN cases c ON c.referral_id = r.id
    WHERE r.scheme_id = p_scheme AND r.received_at >= m_from AND r.received_at < m_to AND c.first_contact_at IS NOT NULL
    UNION ALL
    SELECT r.scheme_id, r.practice_ods_code, r.needs, c.worker_id, 'first_session',
      (london_day(s.first_at) - london_day(r.received_at))
    FROM referrals r JOIN cases c ON c.referral_id = r.id
    CROSS JOIN LATERAL (SELECT min(starts_at) AS first_at FROM case_sessions WHERE case_id = c.id AND attendance = 'attended') s
    WHERE r.scheme_id = p_scheme AND r.received_at >= m_from AND r.received_at < m_to AND s.first_at IS NOT NULL
  ) w
  CROSS JOIN LATERAL unnest(array_append(w.needs, '*')) AS n(need)
  GROUP BY 1, 2, 3, 4, 5, 6, 7;

  DELETE FROM report_closures WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_closures (scheme_id, month, practice_ods_code, need, worker_id, reason, length_days, sessions_attended, cases)
  SELECT c.scheme_id, p_month, r.practice_ods_code, n.need, c.worker_id, coalesce(c.discharge_reason, 'unknown'),
    CASE WHEN c.first_contact_at IS NOT NULL THEN london_day(c.closed_at) - london_day(c.first_contact_at) END,
    (SELECT count(*) FROM case_sessions s WHERE s.case_id = c.id AND s.attendance = 'attended'),
    count(*)
  FROM cases c JOIN referrals r ON r.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE c.scheme_id = p_scheme AND c.closed_at >= m_from AND c.closed_at < m_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

  DELETE FROM report_sessions WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_sessions (scheme_id, month, practice_ods_code, need, worker_id, attendance, sessions)
  SELECT s.scheme_id, p_month, r.practice_ods_code, n.need, c.worker_id, s.attendance, count(*)
  FROM case_sessions s JOIN cases c ON c.id = s.case_id JOIN referrals r ON r.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE s.scheme_id = p_scheme AND s.starts_at >= m_from AND s.starts_at < m_to
  GROUP BY 1, 2, 3, 4, 5, 6;

  DELETE FROM report_outcomes WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_outcomes (scheme_id, month, practice_ods_code, need, worker_id, level, measure_key, score_key,
    pairs, sum_baseline, sum_latest, sum_change, sum_square_change, improved, worse)
  SELECT p.scheme_id, p_month, r.practice_ods_code, n.need, c.worker_id, c.intervention_level, p.measure_key, p.score_key,
    count(*), sum(p.baseline), sum(p.latest), sum(p.latest - p.baseline), sum((p.latest - p.baseline) * (p.latest - p.baseline)),
    count(*) FILTER (WHERE CASE WHEN p.better = 'higher' THEN p.latest - p.baseline ELSE p.baseline - p.latest END >= p.minimum_change),
    count(*) FILTER (WHERE CASE WHEN p.better = 'higher' THEN p.baseline - p.latest ELSE p.latest - p.baseline END >= p.minimum_change)
  FROM outcome_pairs p JOIN cases c ON c.id = p.case_id JOIN referrals r ON r.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE p.scheme_id = p_scheme AND p.latest_on >= p_month AND p.latest_on < d_to AND p.baseline IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

  DELETE FROM report_measure_askings WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_measure_askings (scheme_id, month, practice_ods_code, need, worker_id, measure_key, timepoint, status, askings)
  SELECT o.scheme_id, p_month, r.practice_ods_code, n.need, c.worker_id, o.measure_key, o.timepoint, o.status, count(*)
  FROM outcome_records o JOIN cases c ON c.id = o.case_id JOIN referrals r ON r.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE o.scheme_id = p_scheme AND o.answered_on >= p_month AND o.answered_on < d_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END
$$;

-- Takes the scheme's committed dirty months (only one refresh per scheme at a time) and recomputes each once.
-- Returns how many months were recomputed.
CREATE FUNCTION report_refresh(p_scheme uuid) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m date;
  n integer := 0;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM report_dirty_months WHERE scheme_id = p_scheme) THEN
    RETURN 0;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('linkwork.report_refresh:' || p_scheme::text, 0));
  FOR m IN
    WITH taken AS (DELETE FROM report_dirty_months WHERE scheme_id = p_scheme RETURNING month)
    SELECT DISTINCT month FROM taken ORDER BY month
  LOOP
    PERFORM report_refresh_month(p_scheme, m);
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;

-- Which schemes have months waiting to be recomputed: the refresh job's list (scheme ids only).
CREATE FUNCTION report_dirty_schemes() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT scheme_id FROM report_dirty_months
$$;

REVOKE ALL ON FUNCTION report_mark_referrals(), report_mark_cases(), report_mark_sessions(), report_mark_outcome_pairs(),
  report_mark_outcome_records(), report_refresh_month(uuid, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION report_refresh(uuid), report_dirty_schemes() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_refresh(uuid), report_dirty_schemes() TO linkwork_app;
