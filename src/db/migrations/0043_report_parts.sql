-- Report rollups as parts: each report's own rollups register the function that recomputes one scheme's month of
-- them, and report_refresh runs every registered part for each dirty month after the rollups of 0041. A new report
-- adds its tables, its marking triggers and one row here, without touching the refresh itself. A test that checks
-- rollups against a count from scratch recomputes every month with report_recompute_month.

CREATE TABLE report_rollup_parts (
  name text PRIMARY KEY,
  -- The name of a function (p_scheme uuid, p_month date) RETURNS void, SECURITY DEFINER, owned like the others.
  refresh text NOT NULL CHECK (to_regprocedure(refresh || '(uuid, date)') IS NOT NULL)
);

-- Recomputes one scheme-month of every rollup: those of 0041, then each registered part.
CREATE FUNCTION report_recompute_month(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part text;
BEGIN
  PERFORM report_refresh_month(p_scheme, p_month);
  FOR part IN SELECT refresh FROM report_rollup_parts ORDER BY name LOOP
    EXECUTE format('SELECT %I($1, $2)', part) USING p_scheme, p_month;
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION report_refresh(p_scheme uuid) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
    PERFORM report_recompute_month(p_scheme, m);
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;

REVOKE ALL ON FUNCTION report_refresh(uuid), report_recompute_month(uuid, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_refresh(uuid) TO linkwork_app;
