-- The month refresh, faster at the size of an Integrated Care Board (measured at 100,000 people: the summaries
-- took 160–220 ms a month). A month's summary rows go in one DELETE and one INSERT per summary; the year rows are recomputed once
-- per year a refresh touched, after its months, instead of once per month.


-- One grain of every summary for one scheme and period: the months from the rollups, a year from its months.
CREATE FUNCTION report_summarise_grain(p_scheme uuid, p_period date, p_grain text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s report_summaries;
  kept text;
  slots text;
BEGIN
  DELETE FROM report_summary_rows WHERE scheme_id = p_scheme AND grain = p_grain AND month = p_period;
  FOR s IN SELECT * FROM report_summaries ORDER BY name LOOP
    slots := coalesce((SELECT string_agg(', d' || i, '' ORDER BY i) FROM generate_series(1, cardinality(s.dims)) i), '');
    IF p_grain = 'month' THEN
      kept := coalesce((SELECT string_agg(format(', %I::text', d), '' ORDER BY i) FROM unnest(s.dims) WITH ORDINALITY AS x(d, i)), '');
      EXECUTE format(
        'INSERT INTO report_summary_rows (summary, scheme_id, month, grain, need%s, %s) '
        'SELECT $1, scheme_id, month, ''month'', need%s, %s FROM %I WHERE scheme_id = $2 AND month = $3 GROUP BY scheme_id, month, need%s',
        slots,
        (SELECT string_agg('m' || i, ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i),
        kept,
        (SELECT string_agg(format('sum(%I)', m), ', ' ORDER BY i) FROM unnest(s.measures) WITH ORDINALITY AS x(m, i)),
        s.rollup, kept)
        USING s.name, p_scheme, p_period;
    ELSE
      EXECUTE format(
        'INSERT INTO report_summary_rows (summary, scheme_id, month, grain, need%s, %s) '
        'SELECT $1, scheme_id, $3, ''year'', need%s, %s FROM report_summary_rows '
        'WHERE summary = $1 AND scheme_id = $2 AND grain = ''month'' AND month >= $3 AND month < ($3 + interval ''1 year'') GROUP BY scheme_id, need%s',
        slots,
        (SELECT string_agg('m' || i, ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i),
        slots,
        (SELECT string_agg(format('sum(m%s)', i), ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i),
        slots)
        USING s.name, p_scheme, p_period;
    END IF;
  END LOOP;
END
$$;

-- Every rollup and part of one scheme-month, and its summaries by month (the year is left to the caller).
CREATE FUNCTION report_recompute_month_only(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part text;
BEGIN
  PERFORM report_refresh_month(p_scheme, p_month);
  FOR part IN SELECT refresh FROM report_rollup_parts ORDER BY name LOOP
    EXECUTE format('SELECT %I($1, $2)', part) USING p_scheme, p_month;
  END LOOP;
  PERFORM report_summarise_grain(p_scheme, p_month, 'month');
END
$$;

-- One scheme-month and the year holding it, for tests and repairs.
CREATE OR REPLACE FUNCTION report_recompute_month(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM report_recompute_month_only(p_scheme, p_month);
  PERFORM report_summarise_grain(p_scheme, date_trunc('year', p_month)::date, 'year');
END
$$;

-- The scheme's committed dirty months, each once, then each year they fall in once.
CREATE OR REPLACE FUNCTION report_refresh(p_scheme uuid) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  months date[];
  m date;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM report_dirty_months WHERE scheme_id = p_scheme) THEN
    RETURN 0;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('linkwork.report_refresh:' || p_scheme::text, 0));
  WITH taken AS (DELETE FROM report_dirty_months WHERE scheme_id = p_scheme RETURNING month)
  SELECT coalesce(array_agg(DISTINCT month ORDER BY month), '{}') INTO months FROM taken;
  FOREACH m IN ARRAY months LOOP
    PERFORM report_recompute_month_only(p_scheme, m);
  END LOOP;
  FOR m IN SELECT DISTINCT date_trunc('year', x)::date FROM unnest(months) x ORDER BY 1 LOOP
    PERFORM report_summarise_grain(p_scheme, m, 'year');
  END LOOP;
  RETURN cardinality(months);
END
$$;

DROP FUNCTION report_summarise(uuid, date);

REVOKE ALL ON FUNCTION report_summarise_grain(uuid, date, text),
  report_recompute_month_only(uuid, date), report_recompute_month(uuid, date), report_refresh(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_refresh(uuid) TO linkwork_app;
