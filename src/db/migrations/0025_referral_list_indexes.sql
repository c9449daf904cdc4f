-- A referrer's "my referrals" and the out-of-scope report, costing what their answer costs.
--
-- The referrer's list is the union of three branches (referrals they made, their practice's, their
-- organisation's), each read newest first from its own index and stopped at a page. The branch
-- indexes end in (received_at, id) in one direction, so a backward scan gives received_at DESC, id DESC
-- and the keyset row comparison (received_at, id) < (…) is an index condition. The old referrer and
-- practice indexes ended in (received_at DESC, id), which no keyset in one direction can use.
DROP INDEX IF EXISTS referrals_referrer_idx;
DROP INDEX IF EXISTS referrals_practice_idx;
-- Leading with the referrer (and the organisation) also serves the foreign-key checks from users and organisations.
CREATE INDEX referrals_referrer_idx ON referrals (referred_by_user_id, scheme_id, received_at, id) WHERE referred_by_user_id IS NOT NULL;
CREATE INDEX referrals_practice_idx ON referrals (scheme_id, practice_ods_code, received_at, id) WHERE practice_ods_code IS NOT NULL;
CREATE INDEX referrals_referrer_organisation_idx ON referrals (referrer_organisation_id, scheme_id, received_at, id) WHERE referrer_organisation_id IS NOT NULL;

-- The out-of-scope report: referrals, out of scope at intake and declined, per scheme, London day
-- and practice, kept by the statement that writes the referral (in its transaction). The report sums
-- a year of days (365 × practices rows) instead of reading a year of referrals.
CREATE TABLE referral_practice_days (
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  -- The day the referral was received, in Europe/London.
  day date NOT NULL,
  -- The person's registered practice; null when none was given.
  practice_ods_code text,
  referrals integer NOT NULL DEFAULT 0,
  out_of_scope integer NOT NULL DEFAULT 0,
  declined integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX referral_practice_days_key ON referral_practice_days (scheme_id, day, practice_ods_code) NULLS NOT DISTINCT;

-- The application reads its scheme's rows; only the trigger below writes them, as the owner, so the
-- counts cannot be edited apart from the referrals they count.
ALTER TABLE referral_practice_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY referral_practice_days_scheme_isolation ON referral_practice_days USING (scheme_id = current_scheme_id());
GRANT SELECT ON referral_practice_days TO linkwork_app;

-- Adds each written row's counts and takes away each replaced row's, per key; keys whose counts do
-- not change (an update of other columns) cancel out and are not written. Statement-level, so a bulk
-- insert (a bulk load, the benchmark's generator) adds its counts in one grouped write.
CREATE FUNCTION referral_practice_days_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO referral_practice_days AS d (scheme_id, day, practice_ods_code, referrals, out_of_scope, declined)
    SELECT scheme_id, (received_at AT TIME ZONE 'Europe/London')::date, practice_ods_code,
      sum(sign), sum(sign * (evaluation = 'out_of_scope')::int), sum(sign * (status = 'declined')::int)
    FROM (SELECT 1 AS sign, scheme_id, received_at, practice_ods_code, evaluation, status FROM added_referrals) change
    GROUP BY 1, 2, 3
    HAVING sum(sign) <> 0 OR sum(sign * (evaluation = 'out_of_scope')::int) <> 0 OR sum(sign * (status = 'declined')::int) <> 0
    ON CONFLICT (scheme_id, day, practice_ods_code) DO UPDATE SET
      referrals = d.referrals + EXCLUDED.referrals, out_of_scope = d.out_of_scope + EXCLUDED.out_of_scope, declined = d.declined + EXCLUDED.declined;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO referral_practice_days AS d (scheme_id, day, practice_ods_code, referrals, out_of_scope, declined)
    SELECT scheme_id, (received_at AT TIME ZONE 'Europe/London')::date, practice_ods_code,
      sum(sign), sum(sign * (evaluation = 'out_of_scope')::int), sum(sign * (status = 'declined')::int)
    FROM (SELECT 1 AS sign, scheme_id, received_at, practice_ods_code, evaluation, status FROM added_referrals UNION ALL SELECT -1, scheme_id, received_at, practice_ods_code, evaluation, status FROM removed_referrals) change
    GROUP BY 1, 2, 3
    HAVING sum(sign) <> 0 OR sum(sign * (evaluation = 'out_of_scope')::int) <> 0 OR sum(sign * (status = 'declined')::int) <> 0
    ON CONFLICT (scheme_id, day, practice_ods_code) DO UPDATE SET
      referrals = d.referrals + EXCLUDED.referrals, out_of_scope = d.out_of_scope + EXCLUDED.out_of_scope, declined = d.declined + EXCLUDED.declined;
  ELSE
    INSERT INTO referral_practice_days AS d (scheme_id, day, practice_ods_code, referrals, out_of_scope, declined)
    SELECT scheme_id, (received_at AT TIME ZONE 'Europe/London')::date, practice_ods_code,
      sum(sign), sum(sign * (evaluation = 'out_of_scope')::int), sum(sign * (status = 'declined')::int)
    FROM (SELECT -1 AS sign, scheme_id, received_at, practice_ods_code, evaluation, status FROM removed_referrals) change
    GROUP BY 1, 2, 3
    HAVING sum(sign) <> 0 OR sum(sign * (evaluation = 'out_of_scope')::int) <> 0 OR sum(sign * (status = 'declined')::int) <> 0
    ON CONFLICT (scheme_id, day, practice_ods_code) DO UPDATE SET
      referrals = d.referrals + EXCLUDED.referrals, out_of_scope = d.out_of_scope + EXCLUDED.out_of_scope, declined = d.declined + EXCLUDED.declined;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION referral_practice_days_count() FROM PUBLIC;

-- One trigger per event: a trigger with transition tables may name only one.
CREATE TRIGGER referral_practice_days_insert AFTER INSERT ON referrals
  REFERENCING NEW TABLE AS added_referrals FOR EACH STATEMENT EXECUTE FUNCTION referral_practice_days_count();
CREATE TRIGGER referral_practice_days_update AFTER UPDATE ON referrals
  REFERENCING OLD TABLE AS removed_referrals NEW TABLE AS added_referrals FOR EACH STATEMENT EXECUTE FUNCTION referral_practice_days_count();
CREATE TRIGGER referral_practice_days_delete AFTER DELETE ON referrals
  REFERENCING OLD TABLE AS removed_referrals FOR EACH STATEMENT EXECUTE FUNCTION referral_practice_days_count();

-- The referrals already received. Row-level security is lifted for the backfill only (an owner that
-- is not a superuser is bound by FORCE) and restored at once.
ALTER TABLE referrals NO FORCE ROW LEVEL SECURITY;
INSERT INTO referral_practice_days (scheme_id, day, practice_ods_code, referrals, out_of_scope, declined)
SELECT scheme_id, (received_at AT TIME ZONE 'Europe/London')::date, practice_ods_code,
  count(*), count(*) FILTER (WHERE evaluation = 'out_of_scope'), count(*) FILTER (WHERE status = 'declined')
FROM referrals
GROUP BY 1, 2, 3;
ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
