-- Each link worker's caseload figures (open cases, allocations in the last year) for the allocation
-- page, the scheme settings page and the caseload page, kept as cases are written instead of counted
-- from every open case and a year of allocations on each request. A page reads one row per worker for
-- open cases and at most 12 month rows and 31 day rows per worker for the year.

-- Open cases (contacting or active) per scheme and worker.
CREATE TABLE worker_case_counts (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  worker_id uuid NOT NULL,
  open_cases integer NOT NULL DEFAULT 0,
  PRIMARY KEY (scheme_id, worker_id)
);

-- Cases allocated (any status, to the worker now holding them) per scheme, London month and worker:
-- the whole months of the year.
CREATE TABLE worker_allocation_months (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  -- The first day of the month the case was allocated, in Europe/London.
  month date NOT NULL,
  worker_id uuid NOT NULL,
  allocated integer NOT NULL DEFAULT 0,
  PRIMARY KEY (scheme_id, month, worker_id)
);

-- The same per London day: the part of the month the year starts in.
CREATE TABLE worker_allocation_days (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  -- The day the case was allocated, in Europe/London.
  day date NOT NULL,
  worker_id uuid NOT NULL,
  allocated integer NOT NULL DEFAULT 0,
  PRIMARY KEY (scheme_id, day, worker_id)
);

-- The application reads its scheme's rows; only the trigger below writes them, as the owner, so the
-- counts cannot be edited apart from the cases they count.
ALTER TABLE worker_case_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY worker_case_counts_scheme_isolation ON worker_case_counts USING (scheme_id = current_scheme_id());
GRANT SELECT ON worker_case_counts TO linkwork_app;
ALTER TABLE worker_allocation_months ENABLE ROW LEVEL SECURITY;
CREATE POLICY worker_allocation_months_scheme_isolation ON worker_allocation_months USING (scheme_id = current_scheme_id());
GRANT SELECT ON worker_allocation_months TO linkwork_app;
ALTER TABLE worker_allocation_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY worker_allocation_days_scheme_isolation ON worker_allocation_days USING (scheme_id = current_scheme_id());
GRANT SELECT ON worker_allocation_days TO linkwork_app;

-- Adds each written case's counts and takes away each replaced case's, per key, in one statement per
-- event (the three tables as data-modifying parts of it). Keys whose counts do not change (an update
-- of other columns, such as the risk rank or the notes) cancel out and are not written. Statement-level,
-- so a bulk insert adds its counts in one grouped write; keys are written in order, so two writers
-- take the counts' row locks in the same order.
CREATE FUNCTION worker_case_counts_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH change AS (
      SELECT 1 AS sign, scheme_id, worker_id, (status IN ('contacting', 'active'))::int AS open, (allocated_at AT TIME ZONE 'Europe/London') AS at FROM added_cases
    ), open_counts AS (
      INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases)
      SELECT scheme_id, worker_id, sum(sign * open) FROM change GROUP BY 1, 2 HAVING sum(sign * open) <> 0 ORDER BY 1, 2
      ON CONFLICT (scheme_id, worker_id) DO UPDATE SET open_cases = w.open_cases + EXCLUDED.open_cases
    ), months AS (
      INSERT INTO worker_allocation_months AS m (scheme_id, month, worker_id, allocated)
      SELECT scheme_id, date_trunc('month', at)::date, worker_id, sum(sign) FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (scheme_id, month, worker_id) DO UPDATE SET allocated = m.allocated + EXCLUDED.allocated
    )
    INSERT INTO worker_allocation_days AS d (scheme_id, day, worker_id, allocated)
    SELECT scheme_id, at::date, worker_id, sum(sign) FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (scheme_id, day, worker_id) DO UPDATE SET allocated = d.allocated + EXCLUDED.allocated;
  ELSIF TG_OP = 'UPDATE' THEN
    WITH change AS (
      SELECT 1 AS sign, scheme_id, worker_id, (status IN ('contacting', 'active'))::int AS open, (allocated_at AT TIME ZONE 'Europe/London') AS at FROM added_cases
      UNION ALL
      SELECT -1, scheme_id, worker_id, (status IN ('contacting', 'active'))::int, (allocated_at AT TIME ZONE 'Europe/London') FROM removed_cases
    ), open_counts AS (
      INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases)
      SELECT scheme_id, worker_id, sum(sign * open) FROM change GROUP BY 1, 2 HAVING sum(sign * open) <> 0 ORDER BY 1, 2
      ON CONFLICT (scheme_id, worker_id) DO UPDATE SET open_cases = w.open_cases + EXCLUDED.open_cases
    ), months AS (
      INSERT INTO worker_allocation_months AS m (scheme_id, month, worker_id, allocated)
      SELECT scheme_id, date_trunc('month', at)::date, worker_id, sum(sign) FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (scheme_id, month, worker_id) DO UPDATE SET allocated = m.allocated + EXCLUDED.allocated
    )
    INSERT INTO worker_allocation_days AS d (scheme_id, day, worker_id, allocated)
    SELECT scheme_id, at::date, worker_id, sum(sign) FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (scheme_id, day, worker_id) DO UPDATE SET allocated = d.allocated + EXCLUDED.allocated;
  ELSE
    WITH change AS (
      SELECT -1 AS sign, scheme_id, worker_id, (status IN ('contacting', 'active'))::int AS open, (allocated_at AT TIME ZONE 'Europe/London') AS at FROM removed_cases
    ), open_counts AS (
      INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases)
      SELECT scheme_id, worker_id, sum(sign * open) FROM change GROUP BY 1, 2 HAVING sum(sign * open) <> 0 ORDER BY 1, 2
      ON CONFLICT (scheme_id, worker_id) DO UPDATE SET open_cases = w.open_cases + EXCLUDED.open_cases
    ), months AS (
      INSERT INTO worker_allocation_months AS m (scheme_id, month, worker_id, allocated)
      SELECT scheme_id, date_trunc('month', at)::date, worker_id, sum(sign) FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (scheme_id, month, worker_id) DO UPDATE SET allocated = m.allocated + EXCLUDED.allocated
    )
    INSERT INTO worker_allocation_days AS d (scheme_id, day, worker_id, allocated)
    SELECT scheme_id, at::date, worker_id, sum(sign) FROM change GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (scheme_id, day, worker_id) DO UPDATE SET allocated = d.allocated + EXCLUDED.allocated;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION worker_case_counts_count() FROM PUBLIC;

-- One trigger per event: a trigger with transition tables may name only one.
CREATE TRIGGER worker_case_counts_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS added_cases FOR EACH STATEMENT EXECUTE FUNCTION worker_case_counts_count();
CREATE TRIGGER worker_case_counts_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS removed_cases NEW TABLE AS added_cases FOR EACH STATEMENT EXECUTE FUNCTION worker_case_counts_count();
CREATE TRIGGER worker_case_counts_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS removed_cases FOR EACH STATEMENT EXECUTE FUNCTION worker_case_counts_count();

-- The cases already written. Row-level security is lifted for the backfill only (an owner that is not
-- a superuser is bound by FORCE) and restored at once.
ALTER TABLE cases NO FORCE ROW LEVEL SECURITY;
INSERT INTO worker_case_counts (scheme_id, worker_id, open_cases)
SELECT scheme_id, worker_id, count(*) FROM cases WHERE status IN ('contacting', 'active') GROUP BY 1, 2;
INSERT INTO worker_allocation_months (scheme_id, month, worker_id, allocated)
SELECT scheme_id, date_trunc('month', allocated_at AT TIME ZONE 'Europe/London')::date, worker_id, count(*) FROM cases GROUP BY 1, 2, 3;
INSERT INTO worker_allocation_days (scheme_id, day, worker_id, allocated)
SELECT scheme_id, (allocated_at AT TIME ZONE 'Europe/London')::date, worker_id, count(*) FROM cases GROUP BY 1, 2, 3;
ALTER TABLE cases FORCE ROW LEVEL SECURITY;
