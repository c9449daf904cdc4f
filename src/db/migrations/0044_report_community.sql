-- Community connection report: onward referrals to community services by the month they were sent (service, status,
-- response time), and unmet need: the needs of cases that closed without any onward referral, by need and by area.
-- A report part (0043): its own rollups, marking triggers and one refresh function registered below.

-- Onward referrals by the month sent. `status` is the module's own (FHIR Task) status; `auto_declined` marks a
-- rejection made by the timer because nobody answered; `accepted` means accepted at some point (accepted_at set),
-- even if later completed, failed or cancelled. `response_hours` is the whole hours from sending to the first answer
-- by a person (accepted or declined, in the inbox, by API or recorded by hand), null while unanswered and for
-- automatic declines: a histogram, so the median is exact to the hour. `service_id` is the directory service's id
-- as sent; its name is read by the application, never stored here.
CREATE TABLE report_community_onward (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  -- The link worker whose case it came from.
  worker_id uuid,
  service_id text NOT NULL,
  status text NOT NULL,
  auto_declined boolean NOT NULL,
  accepted boolean NOT NULL,
  response_hours integer,
  referrals integer NOT NULL
);
CREATE INDEX report_community_onward_idx ON report_community_onward (scheme_id, month);

-- Cases closed in the month after the person was reached (first contact made), with how many had any onward
-- referral and how many had one accepted. An onward referral records the service, not the need it was for, so a
-- case with no onward referral at all counts as unmet for each need its referral named. The area is the local
-- authority district of the person's postcode (postcode_deprivation, 0040), null when there is no postcode or it is
-- not in the postcode directory; never the postcode itself.
CREATE TABLE report_community_unmet (
  scheme_id uuid NOT NULL,
  month date NOT NULL,
  practice_ods_code text,
  need text NOT NULL,
  worker_id uuid,
  area_code text,
  area_name text,
  cases integer NOT NULL,
  referred integer NOT NULL,
  accepted integer NOT NULL
);
CREATE INDEX report_community_unmet_idx ON report_community_unmet (scheme_id, month);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['report_community_onward', 'report_community_unmet'] LOOP
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

-- The rows the refresh and the marking read.
CREATE INDEX onward_referrals_scheme_sent_idx ON onward_referrals (scheme_id, sent_at);
CREATE INDEX cases_patient_closed_idx ON cases (patient_id) WHERE closed_at IS NOT NULL;

-- Marking. An onward referral belongs to the month it was sent and to the month its case closed.
CREATE FUNCTION report_mark_community_onward() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, m FROM (
    SELECT o.scheme_id, london_month(o.sent_at) AS m FROM changed_onward o
    UNION ALL SELECT c.scheme_id, london_month(c.closed_at) FROM changed_onward o JOIN cases c ON c.id = o.case_id WHERE c.closed_at IS NOT NULL
  ) touched;
  RETURN NULL;
END
$$;

-- A case's worker, referral and closure: the months of its onward referrals and of its closure.
CREATE FUNCTION report_mark_community_cases() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, m FROM (
    SELECT o.scheme_id, london_month(o.sent_at) AS m FROM changed_cases c JOIN onward_referrals o ON o.case_id = c.id
    UNION ALL SELECT c.scheme_id, london_month(c.closed_at) FROM changed_cases c WHERE c.closed_at IS NOT NULL
  ) touched;
  RETURN NULL;
END
$$;

-- A referral's needs and practice: the months of its case's onward referrals and closure.
CREATE FUNCTION report_mark_community_referrals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT scheme_id, m FROM (
    SELECT o.scheme_id, london_month(o.sent_at) AS m FROM changed_referrals r JOIN cases c ON c.referral_id = r.id JOIN onward_referrals o ON o.case_id = c.id
    UNION ALL SELECT c.scheme_id, london_month(c.closed_at) FROM changed_referrals r JOIN cases c ON c.referral_id = r.id WHERE c.closed_at IS NOT NULL
  ) touched;
  RETURN NULL;
END
$$;

-- A person's postcode (their area): the months their closed cases belong to.
CREATE FUNCTION report_mark_community_patients() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO report_dirty_months (scheme_id, month)
  SELECT DISTINCT c.scheme_id, london_month(c.closed_at)
  FROM added_rows n JOIN removed_rows o ON o.id = n.id
  JOIN cases c ON c.patient_id = n.id AND c.closed_at IS NOT NULL
  WHERE n.postcode IS DISTINCT FROM o.postcode;
  RETURN NULL;
END
$$;

-- The months that read where people live, for every scheme's people at some postcodes, when what those postcodes'
-- areas are (the postcode directory, or the Indices of Deprivation naming the district and decile) changes: the
-- closed months of their cases (community connection) and the received months of their referrals (equity, 0046). Reference data is loaded
-- outside any scheme, so each scheme is visited in turn under its own row-level security setting, and the caller's
-- setting is put back.
CREATE FUNCTION report_mark_community_postcodes(p_postcodes text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s uuid;
  previous text := current_setting('linkwork.scheme_id', true);
BEGIN
  IF coalesce(array_length(p_postcodes, 1), 0) = 0 THEN
    RETURN;
  END IF;
  FOR s IN SELECT id FROM organisations WHERE type = 'scheme' LOOP
    PERFORM set_config('linkwork.scheme_id', s::text, true);
    INSERT INTO report_dirty_months (scheme_id, month)
    SELECT DISTINCT c.scheme_id, london_month(c.closed_at)
    FROM patients pt JOIN cases c ON c.patient_id = pt.id AND c.closed_at IS NOT NULL
    WHERE pt.scheme_id = s AND pt.postcode = ANY (p_postcodes)
    UNION
    SELECT r.scheme_id, london_month(r.received_at)
    FROM patients pt JOIN referrals r ON r.patient_id = pt.id
    WHERE pt.scheme_id = s AND pt.postcode = ANY (p_postcodes);
  END LOOP;
  PERFORM set_config('linkwork.scheme_id', coalesce(previous, ''), true);
END
$$;

CREATE FUNCTION report_mark_community_postcode_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM report_mark_community_postcodes(ARRAY(SELECT DISTINCT postcode FROM changed_postcodes));
  RETURN NULL;
END
$$;

CREATE FUNCTION report_mark_community_districts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM report_mark_community_postcodes(ARRAY(
    SELECT DISTINCT p.postcode FROM (SELECT DISTINCT lsoa_code FROM changed_areas) a JOIN postcodes p ON p.lsoa = a.lsoa_code));
  RETURN NULL;
END
$$;

CREATE TRIGGER report_mark_community_onward_insert AFTER INSERT ON onward_referrals
  REFERENCING NEW TABLE AS changed_onward FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_onward();
CREATE TRIGGER report_mark_community_onward_update_new AFTER UPDATE ON onward_referrals
  REFERENCING NEW TABLE AS changed_onward FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_onward();
CREATE TRIGGER report_mark_community_onward_update_old AFTER UPDATE ON onward_referrals
  REFERENCING OLD TABLE AS changed_onward FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_onward();
CREATE TRIGGER report_mark_community_onward_delete AFTER DELETE ON onward_referrals
  REFERENCING OLD TABLE AS changed_onward FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_onward();
CREATE TRIGGER report_mark_community_cases_update_new AFTER UPDATE ON cases
  REFERENCING NEW TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_cases();
CREATE TRIGGER report_mark_community_cases_update_old AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_cases();
CREATE TRIGGER report_mark_community_cases_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS changed_cases FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_cases();
CREATE TRIGGER report_mark_community_referrals_update AFTER UPDATE ON referrals
  REFERENCING NEW TABLE AS changed_referrals FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_referrals();
CREATE TRIGGER report_mark_community_patients_update AFTER UPDATE ON patients
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_patients();

CREATE TRIGGER report_mark_community_postcodes_insert AFTER INSERT ON postcodes
  REFERENCING NEW TABLE AS changed_postcodes FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_postcode_rows();
CREATE TRIGGER report_mark_community_postcodes_update AFTER UPDATE ON postcodes
  REFERENCING NEW TABLE AS changed_postcodes FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_postcode_rows();
CREATE TRIGGER report_mark_community_postcodes_delete AFTER DELETE ON postcodes
  REFERENCING OLD TABLE AS changed_postcodes FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_postcode_rows();
CREATE TRIGGER report_mark_community_districts_insert AFTER INSERT ON deprivation_indices
  REFERENCING NEW TABLE AS changed_areas FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_districts();
CREATE TRIGGER report_mark_community_districts_update AFTER UPDATE ON deprivation_indices
  REFERENCING NEW TABLE AS changed_areas FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_districts();
CREATE TRIGGER report_mark_community_districts_delete AFTER DELETE ON deprivation_indices
  REFERENCING OLD TABLE AS changed_areas FOR EACH STATEMENT EXECUTE FUNCTION report_mark_community_districts();

-- Recomputes one scheme's month of both rollups from the raw rows (the month's own rows, by index).
CREATE FUNCTION report_refresh_community(p_scheme uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m_from timestamptz := (p_month::timestamp AT TIME ZONE 'Europe/London');
  m_to timestamptz := ((p_month + interval '1 month')::timestamp AT TIME ZONE 'Europe/London');
BEGIN
  DELETE FROM report_community_onward WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_community_onward (scheme_id, month, practice_ods_code, need, worker_id, service_id, status,
    auto_declined, accepted, response_hours, referrals)
  SELECT o.scheme_id, p_month, r.practice_ods_code, n.need, c.worker_id, o.service_id, o.status, o.auto_declined,
    o.accepted_at IS NOT NULL,
    CASE WHEN o.first_answered_at IS NOT NULL AND NOT o.auto_declined
      THEN greatest(0, floor(extract(epoch FROM (o.first_answered_at - o.sent_at)) / 3600))::integer END,
    count(*)
  FROM onward_referrals o JOIN cases c ON c.id = o.case_id JOIN referrals r ON r.id = c.referral_id
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE o.scheme_id = p_scheme AND o.sent_at >= m_from AND o.sent_at < m_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

  DELETE FROM report_community_unmet WHERE scheme_id = p_scheme AND month = p_month;
  INSERT INTO report_community_unmet (scheme_id, month, practice_ods_code, need, worker_id, area_code, area_name,
    cases, referred, accepted)
  SELECT c.scheme_id, p_month, r.practice_ods_code, n.need, c.worker_id, a.district_code, a.district_name,
    count(*), count(*) FILTER (WHERE x.sent > 0), count(*) FILTER (WHERE x.accepted > 0)
  FROM cases c JOIN referrals r ON r.id = c.referral_id JOIN patients p ON p.id = c.patient_id
  LEFT JOIN postcode_deprivation a ON a.postcode = p.postcode
  CROSS JOIN LATERAL (
    SELECT count(*) AS sent, count(*) FILTER (WHERE accepted_at IS NOT NULL) AS accepted
    FROM onward_referrals WHERE case_id = c.id
  ) x
  CROSS JOIN LATERAL unnest(array_append(r.needs, '*')) AS n(need)
  WHERE c.scheme_id = p_scheme AND c.closed_at >= m_from AND c.closed_at < m_to AND c.first_contact_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
END
$$;

REVOKE ALL ON FUNCTION report_mark_community_onward(), report_mark_community_cases(), report_mark_community_referrals(),
  report_mark_community_patients(), report_mark_community_postcodes(text[]), report_mark_community_postcode_rows(),
  report_mark_community_districts(), report_refresh_community(uuid, date) FROM PUBLIC;

INSERT INTO report_rollup_parts (name, refresh) VALUES ('community', 'report_refresh_community');

-- Existing deployments: every month with an onward referral sent or a case closed is recomputed on the first refresh.
-- Row-level security is lifted for this one statement (an owner that is not a superuser is bound by FORCE) and
-- restored at once.
ALTER TABLE onward_referrals NO FORCE ROW LEVEL SECURITY;
ALTER TABLE cases NO FORCE ROW LEVEL SECURITY;
ALTER TABLE report_dirty_months NO FORCE ROW LEVEL SECURITY;
INSERT INTO report_dirty_months (scheme_id, month)
SELECT DISTINCT scheme_id, m FROM (
  SELECT scheme_id, london_month(sent_at) AS m FROM onward_referrals
  UNION SELECT scheme_id, london_month(closed_at) FROM cases WHERE closed_at IS NOT NULL
) existing;
ALTER TABLE onward_referrals FORCE ROW LEVEL SECURITY;
ALTER TABLE cases FORCE ROW LEVEL SECURITY;
ALTER TABLE report_dirty_months FORCE ROW LEVEL SECURITY;
