-- Lists paged by keyset whose cost follows the page. 1. An organisation's onward-referral inbox (newest first: sent_at, then id). The first
-- index serves the whole inbox; the second each status's branch of a filtered inbox, and also every
-- lookup by (organisation, status) the old index served, so that one goes.
CREATE INDEX onward_referrals_inbox_idx ON onward_referrals (receiving_organisation_id, sent_at DESC, id DESC);
CREATE INDEX onward_referrals_inbox_status_idx ON onward_referrals (receiving_organisation_id, status, sent_at DESC, id DESC);
DROP INDEX onward_referrals_receiver_idx;

-- 2. A scheme's safeguarding concerns with a status, paged by keyset (newest first: raised_at, then id).
-- The new index holds the old one's columns in the same order, so the old one goes.
CREATE INDEX safeguarding_concerns_scheme_page_idx ON safeguarding_concerns (scheme_id, status, raised_at DESC, id DESC);
DROP INDEX safeguarding_concerns_scheme_idx;
