-- Report summaries: the rollups summed again over fewer columns, by month and by calendar year, so a report over five
-- years of forty schemes reads a few thousand rows rather than millions. Each summary keeps some of a rollup's
-- columns (e.g. report_referrals by source alone) and sums its measures; the reader picks the smallest summary
-- holding every column a query groups or filters by, and reads whole years where the range covers them. Without
-- one it reads the rollup itself. Summaries are recomputed with their scheme-month, after every rollup part, so
-- they are exactly the rollups summed (the reports test checks this after a random sequence of changes).
--
-- All summaries share one table: the kept columns in order as text (d1..d4, cast back by the reader with the
-- types recorded here) and the measures as numeric (m1..m8).

CREATE TABLE report_summaries (
  name text PRIMARY KEY,
  rollup text NOT NULL,
  dims text[] NOT NULL,
  dim_types text[] NOT NULL,
  measures text[] NOT NULL,
  CHECK (cardinality(dims) = cardinality(dim_types) AND cardinality(dims) <= 4),
  CHECK (cardinality(measures) BETWEEN 1 AND 8)
);
GRANT SELECT ON report_summaries TO linkwork_app, linkwork_commissioner;

CREATE TABLE report_summary_rows (
  summary text NOT NULL,
  scheme_id uuid NOT NULL,
  -- The first day of the month, or of the year when grain is 'year'.
  month date NOT NULL,
  grain text NOT NULL CHECK (grain IN ('month', 'year')),
  need text NOT NULL,
  d1 text,
  d2 text,
  d3 text,
  d4 text,
  m1 numeric,
  m2 numeric,
  m3 numeric,
  m4 numeric,
  m5 numeric,
  m6 numeric,
  m7 numeric,
  m8 numeric
);
CREATE INDEX report_summary_rows_idx ON report_summary_rows (summary, scheme_id, need, grain, month);

ALTER TABLE report_summary_rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_summary_rows FORCE ROW LEVEL SECURITY;
CREATE POLICY report_summary_rows_scheme_isolation ON report_summary_rows
  USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id());
GRANT SELECT ON report_summary_rows TO linkwork_app;
GRANT SELECT ON report_summary_rows TO linkwork_commissioner;
CREATE POLICY report_summary_rows_commissioned_schemes ON report_summary_rows FOR SELECT TO linkwork_commissioner
  USING (scheme_id = ANY (current_scheme_ids()));

-- Recomputes one scheme-month of every summary from its rollup, and the year holding it from the months.
CREATE FUNCTION report_summarise(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s report_summaries;
  y date := date_trunc('year', p_month)::date;
  kept text;
  slots text;
  sums text;
  msum text;
  mslots text;
  dslots text;
BEGIN
  FOR s IN SELECT * FROM report_summaries ORDER BY name LOOP
    kept := coalesce((SELECT string_agg(format('%I::text', d), ', ' ORDER BY i) FROM unnest(s.dims) WITH ORDINALITY AS x(d, i)), '');
    dslots := coalesce((SELECT string_agg('d' || i, ', ' ORDER BY i) FROM generate_series(1, cardinality(s.dims)) i), '');
    sums := (SELECT string_agg(format('sum(%I)', m), ', ' ORDER BY i) FROM unnest(s.measures) WITH ORDINALITY AS x(m, i));
    mslots := (SELECT string_agg('m' || i, ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i);
    msum := (SELECT string_agg(format('sum(m%s)', i), ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i);
    slots := CASE WHEN dslots = '' THEN '' ELSE ', ' || dslots END;
    EXECUTE 'DELETE FROM report_summary_rows WHERE summary = $1 AND scheme_id = $2 AND grain = ''month'' AND month = $3'
      USING s.name, p_scheme, p_month;
    EXECUTE format(
      'INSERT INTO report_summary_rows (summary, scheme_id, month, grain, need%s, %s) '
      'SELECT $1, scheme_id, month, ''month'', need%s, %s FROM %I WHERE scheme_id = $2 AND month = $3 GROUP BY scheme_id, month, need%s',
      slots, mslots, CASE WHEN kept = '' THEN '' ELSE ', ' || kept END, sums, s.rollup, CASE WHEN kept = '' THEN '' ELSE ', ' || kept END)
      USING s.name, p_scheme, p_month;
    EXECUTE 'DELETE FROM report_summary_rows WHERE summary = $1 AND scheme_id = $2 AND grain = ''year'' AND month = $3'
      USING s.name, p_scheme, y;
    EXECUTE format(
      'INSERT INTO report_summary_rows (summary, scheme_id, month, grain, need%s, %s) '
      'SELECT $1, scheme_id, $3, ''year'', need%s, %s FROM report_summary_rows '
      'WHERE summary = $1 AND scheme_id = $2 AND grain = ''month'' AND month >= $3 AND month < ($3 + interval ''1 year'') GROUP BY scheme_id, need%s',
      slots, mslots, slots, msum, slots)
      USING s.name, p_scheme, y;
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION report_recompute_month(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part text;
BEGIN
  PERFORM report_refresh_month(p_scheme, p_month);
  FOR part IN SELECT refresh FROM report_rollup_parts ORDER BY name LOOP
    EXECUTE format('SELECT %I($1, $2)', part) USING p_scheme, p_month;
  END LOOP;
  PERFORM report_summarise(p_scheme, p_month);
END
$$;

REVOKE ALL ON FUNCTION report_summarise(uuid, date), report_recompute_month(uuid, date) FROM PUBLIC;

-- The summaries the reports read (rollups/summaries.ts names the same ones for the reader).
INSERT INTO report_summaries (name, rollup, dims, dim_types, measures) VALUES
  ('referrals', 'report_referrals', '{}', '{}', '{referrals}'),
  ('referrals-source', 'report_referrals', '{source}', '{text}', '{referrals}'),
  ('referrals-practice', 'report_referrals', '{practice_ods_code}', '{text}', '{referrals}'),
  ('referrals-evaluation', 'report_referrals', '{evaluation}', '{text}', '{referrals}'),
  ('referrals-outcome', 'report_referrals', '{outcome}', '{text}', '{referrals}'),
  ('referrals-practice-evaluation', 'report_referrals', '{practice_ods_code,evaluation}', '{text,text}', '{referrals}'),
  ('waits', 'report_waits', '{kind,days}', '{text,integer}', '{referrals}'),
  ('closures-reason', 'report_closures', '{reason}', '{text}', '{cases}'),
  ('closures-length', 'report_closures', '{length_days}', '{integer}', '{cases}'),
  ('closures-sessions', 'report_closures', '{sessions_attended}', '{integer}', '{cases}'),
  ('sessions', 'report_sessions', '{attendance}', '{text}', '{sessions}'),
  ('outcomes', 'report_outcomes', '{measure_key,score_key}', '{text,text}',
    '{pairs,sum_baseline,sum_latest,sum_change,sum_square_change,improved,worse}'),
  ('outcomes-level', 'report_outcomes', '{measure_key,score_key,level}', '{text,text,text}',
    '{pairs,sum_baseline,sum_latest,sum_change,sum_square_change,improved,worse}'),
  ('outcomes-practice', 'report_outcomes', '{measure_key,score_key,practice_ods_code}', '{text,text,text}',
    '{pairs,sum_baseline,sum_latest,sum_change,sum_square_change,improved,worse}'),
  ('askings', 'report_measure_askings', '{measure_key,timepoint,status}', '{text,text,text}', '{askings}');

-- Existing rollups are summed on the next refresh.
INSERT INTO report_dirty_months (scheme_id, month)
SELECT DISTINCT scheme_id, month FROM report_referrals
UNION SELECT DISTINCT scheme_id, month FROM report_sessions
UNION SELECT DISTINCT scheme_id, month FROM report_closures
UNION SELECT DISTINCT scheme_id, month FROM report_outcomes
UNION SELECT DISTINCT scheme_id, month FROM report_measure_askings;
