-- Crisis referrals (issue "Safety where people work"): a referral that names a crisis-type
-- exclusion or carries risk language is still saved, but flagged "possible crisis — review today",
-- put at the top of triage, and the referrer is told to get urgent help instead of "sent".

-- Which exclusions are crisis-type. The shipped "acute mental health crisis" exclusion is; a scheme
-- may mark its own in its criteria.
ALTER TABLE scheme_exclusions ADD COLUMN crisis boolean NOT NULL DEFAULT false;
UPDATE scheme_exclusions SET crisis = true WHERE circumstance = 'mental-health-crisis';

-- Urgency, lower first: 0 possible crisis (review today), 1 routine. Why a referral is a possible
-- crisis is kept beside it (the crisis-type exclusions it named, the risk phrases its text carried).
ALTER TABLE referrals ADD COLUMN urgency smallint NOT NULL DEFAULT 1 CHECK (urgency IN (0, 1));
ALTER TABLE referrals ADD COLUMN crisis_reasons jsonb NOT NULL DEFAULT '[]';

-- Accepting a referral the criteria put out of scope needs the triager's reason.
ALTER TABLE referrals ADD COLUMN accept_reason text CHECK (accept_reason IS NULL OR length(accept_reason) BETWEEN 1 AND 2000);

-- The triage queue in its order (urgency, then oldest first) by keyset, without sorting the queue.
CREATE INDEX referrals_triage_urgency_idx ON referrals (scheme_id, urgency, received_at, id) WHERE status IN ('received', 'information_requested');
DROP INDEX referrals_triage_idx;
