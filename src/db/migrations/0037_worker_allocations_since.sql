-- Each link worker's allocations since a recent date, one figure on their counts row, so the allocation
-- shortlist can order the whole team by spare places without reading every worker's year of month and day
-- counts. The figure counts the London days from the scheme's `counted_from` on, which a job moves each day
-- to the start of today's year (hourly, so soon after London midnight): it never counts more than the year's allocations,
-- so the spare places it gives are an upper bound, and the shortlist reads the exact year only for the
-- workers it weighs. A scheme whose window is older than today's year (the job has not run) is read in full.

ALTER TABLE worker_case_counts ADD COLUMN allocated_since integer NOT NULL DEFAULT 0;

-- Per scheme: the first London day `allocated_since` counts. Cases written take this row FOR SHARE in the
-- statement that changes their counts, so moving the window (FOR UPDATE) waits for no one and is never
-- overtaken: a change counted against the old window cannot land on the new count.
CREATE TABLE worker_allocation_windows (
  scheme_id uuid PRIMARY KEY REFERENCES organisations (id),
  counted_from date NOT NULL,
  counted_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE worker_allocation_windows ENABLE ROW LEVEL SECURITY;
CREATE POLICY worker_allocation_windows_scheme_isolation ON worker_allocation_windows USING (scheme_id = current_scheme_id());
GRANT SELECT ON worker_allocation_windows TO linkwork_app;

-- As 0030, and the allocations since the window on the worker's row: per event, the open-case change per
-- worker, the allocation change per worker and London day (keys that cancel out are not written), and the
-- days on or after the scheme's window added to `allocated_since`. One statement for the three events, run with
-- EXECUTE: only the rows it counts differ (the transition tables an event has), and dynamic SQL sees them too.
CREATE OR REPLACE FUNCTION worker_case_counts_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  added text := $q$SELECT 1 AS sign, scheme_id, worker_id, (status IN ('contacting', 'active'))::int AS open, (allocated_at AT TIME ZONE 'Europe/London')::date AS day FROM added_cases$q$;
  removed text := $q$SELECT -1 AS sign, scheme_id, worker_id, (status IN ('contacting', 'active'))::int AS open, (allocated_at AT TIME ZONE 'Europe/London')::date AS day FROM removed_cases$q$;
BEGIN
  EXECUTE format($q$
    WITH change AS (
      %s
    ), opened AS (
      SELECT scheme_id, worker_id, sum(sign * open) AS n FROM change GROUP BY 1, 2 HAVING sum(sign * open) <> 0
    ), moved AS (
      SELECT scheme_id, worker_id, day, sum(sign) AS n FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0
    ), win AS MATERIALIZED (
      SELECT w.scheme_id, w.counted_from FROM worker_allocation_windows w
      WHERE w.scheme_id IN (SELECT scheme_id FROM opened UNION SELECT scheme_id FROM moved)
      ORDER BY w.scheme_id FOR SHARE
    ), counts AS (
      SELECT scheme_id, worker_id, sum(open) AS open, sum(since) AS since FROM (
        SELECT scheme_id, worker_id, n AS open, 0 AS since FROM opened
        UNION ALL
        SELECT m.scheme_id, m.worker_id, 0, m.n FROM moved m JOIN win ON win.scheme_id = m.scheme_id AND m.day >= win.counted_from
      ) x GROUP BY 1, 2 HAVING sum(open) <> 0 OR sum(since) <> 0
    ), worker_counts AS (
      INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases, allocated_since)
      SELECT scheme_id, worker_id, open, since FROM counts ORDER BY 1, 2
      ON CONFLICT (scheme_id, worker_id) DO UPDATE
        SET open_cases = w.open_cases + EXCLUDED.open_cases, allocated_since = w.allocated_since + EXCLUDED.allocated_since
    ), months AS (
      INSERT INTO worker_allocation_months AS m (scheme_id, month, worker_id, allocated)
      SELECT scheme_id, date_trunc('month', day)::date, worker_id, sum(n) FROM moved GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (scheme_id, month, worker_id) DO UPDATE SET allocated = m.allocated + EXCLUDED.allocated
    )
    INSERT INTO worker_allocation_days AS d (scheme_id, day, worker_id, allocated)
    SELECT scheme_id, day, worker_id, n FROM moved ORDER BY 1, 2, 3
    ON CONFLICT (scheme_id, day, worker_id) DO UPDATE SET allocated = d.allocated + EXCLUDED.allocated
  $q$, CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
  RETURN NULL;
END
$$;

-- Moves the current scheme's window to `p_from` and counts each worker's allocations from it again, from the
-- month and day counts. NOWAIT: while a writer holds the window FOR SHARE this fails at once with 55P03
-- (lock_not_available) and the job tries again later, so no writer ever queues behind it. Returns the
-- number of workers counted.
CREATE FUNCTION recount_worker_allocations(p_from date) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s uuid := current_scheme_id();
  month_after date := (date_trunc('month', p_from) + interval '1 month')::date;
  counted integer;
BEGIN
  IF s IS NULL THEN
    RAISE EXCEPTION 'recount_worker_allocations needs a scheme: set linkwork.scheme_id first';
  END IF;
  PERFORM 1 FROM worker_allocation_windows WHERE scheme_id = s FOR UPDATE NOWAIT;
  IF FOUND THEN
    UPDATE worker_allocation_windows SET counted_from = p_from, counted_at = now() WHERE scheme_id = s;
  ELSE
    INSERT INTO worker_allocation_windows (scheme_id, counted_from) VALUES (s, p_from)
    ON CONFLICT (scheme_id) DO UPDATE SET counted_from = EXCLUDED.counted_from, counted_at = now();
  END IF;
  INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases, allocated_since)
  SELECT s, worker_id, 0, sum(n) FROM (
    SELECT worker_id, 0 AS n FROM worker_case_counts WHERE scheme_id = s
    UNION ALL
    SELECT worker_id, allocated FROM worker_allocation_months WHERE scheme_id = s AND month >= month_after
    UNION ALL
    SELECT worker_id, allocated FROM worker_allocation_days WHERE scheme_id = s AND day >= p_from AND day < month_after
  ) x GROUP BY worker_id ORDER BY worker_id
  ON CONFLICT (scheme_id, worker_id) DO UPDATE SET allocated_since = EXCLUDED.allocated_since;
  GET DIAGNOSTICS counted = ROW_COUNT;
  RETURN counted;
END
$$;
REVOKE ALL ON FUNCTION recount_worker_allocations(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION recount_worker_allocations(date) TO linkwork_app;
