-- The practices report: referral volume, trend, in-scope rate, needs and outcomes per GP practice, read from the
-- rollups of 0041 (they already carry the practice), and the alert when a practice that used to refer stops.
--
-- "Stopped referring" is measured in days, not months: it reads referral_practice_days (0025), the daily counts
-- per practice that the referrals trigger keeps exact in the writer's transaction, so it needs no rollup of its own
-- and no refresh. The scheme sets how many weeks without a referral count as stopped.
ALTER TABLE scheme_policies
  ADD COLUMN practice_quiet_weeks integer NOT NULL DEFAULT 6 CHECK (practice_quiet_weeks BETWEEN 2 AND 26);

