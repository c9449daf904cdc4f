-- Equity: who is referred, who engages and who improves, by the deprivation of the person's small area, their
-- ethnic category, their age band at referral and their sex; and the registered lists of GP practices (NHS Digital,
-- "Patients Registered at a GP Practice", by sex and five-year age band) to compare the referrals with.
--
-- report_equity counts each referral (by the London month it was received) once per dimension: one row set by IMD
-- decile, one by ethnic category, one by age band, one by sex. The dimensions are never crossed with each other, so
-- no rollup row narrows a group down to a handful of people described four ways at once.

-- Age in whole years on a day, in the five-year bands NHS Digital publishes practice lists in ('0-4' … '90-94',
-- '95+'); 'unknown' without a date of birth (or one after the day).
CREATE FUNCTION equity_age_band(born date, on_day date) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN born IS NULL OR born > on_day THEN 'unknown'
    WHEN extract(year FROM age(on_day, born)) >= 95 THEN '95+'
    ELSE (floor(extract(year FROM age(on_day, born)) / 5) * 5)::integer || '-'
      || (floor(extract(year FROM age(on_day, born)) / 5) * 5 + 4)::integer
  END
$$;

CREATE TABLE report_equity (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  -- The link worker the referral was allocated to, if it was.
  worker_id uuid,
  dimension text NOT NULL CHECK (dimension IN ('imd', 'ethnicity', 'age', 'sex')),
  -- imd: '1' (most deprived) … '10' or 'unknown'; ethnicity: the category's letter or 'not_stated';
  -- age: a five-year band or 'unknown'; sex: male, female, other or unknown.
  group_key text NOT NULL,
  referrals integer NOT NULL,
  -- With at least one attended session.
  engaged integer NOT NULL,
  -- With at least one score paired (a baseline and a later score), and of those, at least one score improved by its
  -- measure's minimum important change.
  paired integer NOT NULL,
  improved integer NOT NULL
);
CREATE INDEX report_equity_idx ON report_equity (scheme_id, month);

ALTER TABLE report_equity ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_equity FORCE ROW LEVEL SECURITY;
CREATE POLICY report_equity_scheme_isolation ON report_equity
  USING (scheme_id = current_scheme_id()) WITH CHECK (scheme_id = current_scheme_id());
GRANT SELECT ON report_equity TO linkwork_app;
GRANT SELECT ON report_equity TO linkwork_commissioner;
CREATE POLICY report_equity_commissioned_schemes ON report_equity FOR SELECT TO linkwork_commissioner
  USING (scheme_id = ANY (current_scheme_ids()));

-- The registered list of each GP practice by sex and five-year band, as of the extract it was read from. Public
-- data published for every practice in England, no patient data: no row-level security. A newer file replaces a
-- practice's whole list.
CREATE TABLE practice_population_lists (
  practice_ods_code text PRIMARY KEY CHECK (practice_ods_code ~ '^[A-Z0-9]{3,10}$'),
  extract_date date NOT NULL,
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  -- Male and female patients in all bands.
  patients integer NOT NULL CHECK (patients >= 0),
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE practice_populations (
  practice_ods_code text NOT NULL REFERENCES practice_population_lists (practice_ods_code) ON DELETE CASCADE,
  sex text NOT NULL CHECK (sex IN ('male', 'female')),
  age_band text NOT NULL CHECK (age_band ~ '^([0-9]{1,2}-[0-9]{1,2}|95\+)$'),
  patients integer NOT NULL CHECK (patients >= 0),
  PRIMARY KEY (practice_ods_code, sex, age_band)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON practice_population_lists, practice_populations TO linkwork_app;

-- The rows the marking reads: a person's referrals by postcode, an area's postcodes. (Pairs are read by their case,
-- the leading column of their primary key.)
CREATE INDEX patients_scheme_postcode_idx ON patients (scheme_id, postcode) WHERE postcode IS NOT NULL;
CREATE INDEX postcodes_lsoa_idx ON postcodes (lsoa) WHERE lsoa IS NOT NULL;

-- Recomputes one scheme-month of report_equity from the referrals received in it.
-- Whether a referral's case was paired and improved is read per case through its key (a lateral join), not as a
-- subquery the planner would turn into a scan of every outcome pair.
CREATE FUNCTION report_refresh_equity(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m_from timestamptz := (p_month::timestamp AT TIME ZONE 'Europe/London');
  m_to timestamptz := ((p_month + interval '1 month')::timestamp AT TIME ZONE 'Europe/London');
BEGIN
  DELETE FROM report_equity WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_equity (scheme_id, month, practice_ods_code, need, worker_id, dimension, group_key,
    referrals, engaged, paired, improved)
  SELECT e.scheme_id, p_month, e.practice_ods_code, n.need, e.worker_id, g.dimension, g.group_key,
    count(*), count(*) FILTER (WHERE e.engaged), count(*) FILTER (WHERE e.paired), count(*) FILTER (WHERE e.improved)
  FROM (
    SELECT r.scheme_id, r.practice_ods_code, r.needs, c.worker_id,
      coalesce(d.imd_decile::text, 'unknown') AS imd,
      CASE WHEN pt.ethnicity IS NULL OR pt.ethnicity = 'Z' THEN 'not_stated' ELSE pt.ethnicity END AS ethnicity,
      equity_age_band(pt.date_of_birth, london_day(r.received_at)) AS age_band,
      coalesce(pt.sex, 'unknown') AS sex,
      EXISTS (SELECT 1 FROM case_sessions s WHERE s.case_id = c.id AND s.attendance = 'attended') AS engaged,
      coalesce(op.paired, false) AS paired,
      coalesce(op.improved, false) AS improved
    FROM referrals r
    JOIN patients pt ON pt.id = r.patient_id
    LEFT JOIN cases c ON c.referral_id = r.id
    LEFT JOIN LATERAL (
      SELECT true AS paired,
        bool_or(CASE WHEN p.better = 'higher' THEN p.latest - p.baseline ELSE p.baseline - p.latest END >= p.minimum_change) AS improved
      FROM outcome_pairs p
      WHERE p.case_id = c.id AND p.baseline IS NOT NULL AND p.latest IS NOT NULL
      HAVING count(*) > 0
    ) op ON true
    LEFT JOIN postcode_deprivation d ON d.postcode = pt.postcode
    WHERE r.scheme_id = p_scheme AND r.received_at >= m_from AND r.received_at < m_to
  ) e
  CROSS JOIN LATERAL (VALUES ('imd', e.imd), ('ethnicity', e.ethnicity), ('age', e.age_band), ('sex', e.sex))
    AS g(dimension, group_key)
  CROSS JOIN LATERAL unnest(array_append(e.needs, '*')) AS n(need)
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
END
$$;

-- Marking. Changes to referrals, cases and sessions already mark the month each referral was received (0041); a
-- paired score counts toward its referral's month too, and so does a change to a person's sex, ethnic category,
-- date of birth or postcode.
CREATE FUNCTION report_mark_equity_pairs() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT r.scheme_id, london_month(r.received_at)
  FROM (SELECT DISTINCT case_id FROM changed_pairs) p JOIN cases c ON c.id = p.case_id JOIN referrals r ON r.id = c.referral_id;
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_equity_patients() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT r.scheme_id, london_month(r.received_at)
  FROM new_patients n JOIN old_patients o ON o.id = n.id JOIN referrals r ON r.patient_id = n.id
  WHERE (n.sex, n.ethnicity, n.date_of_birth, n.postcode) IS DISTINCT FROM (o.sex, o.ethnicity, o.date_of_birth, o.postcode);
  RETURN NULL;
END
$$;

-- A change to the postcode directory or the Indices of Deprivation marks the referrals' months through the
-- marking 0044 keeps for where people live (report_mark_community_postcodes).

CREATE TRIGGER report_mark_equity_pairs_insert AFTER INSERT ON outcome_pairs
  REFERENCING NEW TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_equity_pairs();
CREATE TRIGGER report_mark_equity_pairs_update_new AFTER UPDATE ON outcome_pairs
  REFERENCING NEW TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_equity_pairs();
CREATE TRIGGER report_mark_equity_pairs_update_old AFTER UPDATE ON outcome_pairs
  REFERENCING OLD TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_equity_pairs();
CREATE TRIGGER report_mark_equity_pairs_delete AFTER DELETE ON outcome_pairs
  REFERENCING OLD TABLE AS changed_pairs FOR EACH STATEMENT EXECUTE FUNCTION report_mark_equity_pairs();
CREATE TRIGGER report_mark_equity_patients_update AFTER UPDATE ON patients
  REFERENCING OLD TABLE AS old_patients NEW TABLE AS new_patients FOR EACH STATEMENT EXECUTE FUNCTION report_mark_equity_patients();

REVOKE ALL ON FUNCTION report_refresh_equity(uuid, date), report_mark_equity_pairs(), report_mark_equity_patients()
  FROM PUBLIC;

INSERT INTO report_rollup_parts (name, refresh) VALUES ('equity', 'report_refresh_equity');

-- Fill the rollup for existing deployments on the first refresh: every month a referral was received in.
INSERT INTO report_dirty_months (scheme_id, month)
SELECT DISTINCT scheme_id, london_month(received_at) FROM referrals;
