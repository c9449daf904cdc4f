-- A notification may be about a referral (a possible-crisis alert names the person in the app): the
-- referral is kept here and the person's name is resolved when the notification is read, under
-- row-level security and the reader's access to the referral; it is never stored or emailed.
ALTER TABLE notifications ADD COLUMN referral_id uuid REFERENCES referrals (id);
CREATE INDEX notifications_referral_idx ON notifications (referral_id) WHERE referral_id IS NOT NULL;
