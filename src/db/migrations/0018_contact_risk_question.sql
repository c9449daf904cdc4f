-- "Any concern about risk today?": asked at every session the person attended, answered 'no' or 'yes'
-- ('yes' opens the structured risk check). NULL means the question was not asked: sessions recorded
-- before it existed, and sessions the person did not attend or that were cancelled. No backfill: an old
-- session must not look as if the question had been asked.
ALTER TABLE case_sessions ADD COLUMN risk_concern text
  CHECK (risk_concern IN ('no', 'yes'))
  CHECK (risk_concern IS NULL OR attendance = 'attended');
