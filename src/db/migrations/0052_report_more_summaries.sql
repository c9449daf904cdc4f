-- Summaries for the community, equity and practices reports and the waiting list, so a commissioner's report over forty schemes reads
-- a few columns by year instead of every month of every practice and link worker. The shared summary table keeps
-- up to six columns now (an onward referral's service, status, declined automatically or not, accepted or not and
-- hours to answer are five), and a column may be a boolean.
ALTER TABLE report_summary_rows ADD COLUMN d5 text, ADD COLUMN d6 text;
ALTER TABLE report_summaries DROP CONSTRAINT report_summaries_check;
ALTER TABLE report_summaries ADD CONSTRAINT report_summaries_check
  CHECK (cardinality(dims) = cardinality(dim_types) AND cardinality(dims) <= 6);

-- A read of every need's rows (need <> '*') narrows by period through this index; the first one, with the need
-- before the grain, could only narrow such a read to the summary and scheme.
CREATE INDEX report_summary_rows_period_idx ON report_summary_rows (summary, scheme_id, grain, month);

-- The summaries the reports read (summaries.ts names the same ones for the reader).
INSERT INTO report_summaries (name, rollup, dims, dim_types, measures) VALUES
  ('referrals-practice-evaluation-outcome', 'report_referrals', '{practice_ods_code,evaluation,outcome}',
    '{text,text,text}', '{referrals}'),
  ('onward', 'report_community_onward', '{status,auto_declined,accepted,response_hours}',
    '{text,boolean,boolean,integer}', '{referrals}'),
  ('onward-service', 'report_community_onward', '{service_id,status,auto_declined,accepted,response_hours}',
    '{text,text,boolean,boolean,integer}', '{referrals}'),
  ('unmet', 'report_community_unmet', '{}', '{}', '{cases,referred,accepted}'),
  ('unmet-area', 'report_community_unmet', '{area_code,area_name}', '{text,text}', '{cases,referred,accepted}'),
  ('waiting-list', 'report_waiting_list', '{}', '{}', '{joined,removed}'),
  ('equity-groups', 'report_equity', '{dimension,group_key}', '{text,text}', '{referrals,engaged,paired,improved}'),
  ('equity', 'report_equity', '{practice_ods_code,dimension,group_key}', '{text,text,text}',
    '{referrals,engaged,paired,improved}');

-- The new summaries of the months already rolled up, set by set (the refresh keeps them from now on, with every
-- other summary of a month it recomputes): each month from its rollup, then each year from its months.
DO $$
DECLARE
  s report_summaries;
  kept text;
  slots text;
BEGIN
  FOR s IN SELECT * FROM report_summaries
    WHERE name IN ('referrals-practice-evaluation-outcome', 'onward', 'onward-service', 'unmet', 'unmet-area',
      'waiting-list', 'equity-groups', 'equity')
  LOOP
    slots := coalesce((SELECT string_agg(', d' || i, '' ORDER BY i) FROM generate_series(1, cardinality(s.dims)) i), '');
    kept := coalesce((SELECT string_agg(format(', %I::text', d), '' ORDER BY i) FROM unnest(s.dims) WITH ORDINALITY AS x(d, i)), '');
    EXECUTE format(
      'INSERT INTO report_summary_rows (summary, scheme_id, month, grain, need%s, %s) '
      'SELECT $1, scheme_id, month, ''month'', need%s, %s FROM %I GROUP BY scheme_id, month, need%s',
      slots,
      (SELECT string_agg('m' || i, ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i),
      kept,
      (SELECT string_agg(format('sum(%I)', m), ', ' ORDER BY i) FROM unnest(s.measures) WITH ORDINALITY AS x(m, i)),
      s.rollup, kept)
      USING s.name;
    EXECUTE format(
      'INSERT INTO report_summary_rows (summary, scheme_id, month, grain, need%s, %s) '
      'SELECT $1, scheme_id, date_trunc(''year'', month)::date, ''year'', need%s, %s FROM report_summary_rows '
      'WHERE summary = $1 AND grain = ''month'' GROUP BY scheme_id, date_trunc(''year'', month), need%s',
      slots,
      (SELECT string_agg('m' || i, ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i),
      slots,
      (SELECT string_agg(format('sum(m%s)', i), ', ' ORDER BY i) FROM generate_series(1, cardinality(s.measures)) i),
      slots)
      USING s.name;
  END LOOP;
END
$$;
