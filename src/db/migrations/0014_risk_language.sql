-- Risk language: a scheme's own phrases now ADD TO Linkwork's built-in detector
-- (src/modules/risk/risk-language/) instead of replacing a shipped list. The column is renamed so
-- its meaning is plain. A scheme that kept its own list keeps every phrase, now as additions; a
-- scheme on the shipped list (NULL) has no additions, and the built-in detector covers every
-- phrase of the old list (src/modules/risk/risk-language/detect.test.ts proves it).
ALTER TABLE scheme_policies RENAME COLUMN risk_phrases TO added_risk_phrases;
UPDATE scheme_policies SET added_risk_phrases = '{}' WHERE added_risk_phrases IS NULL;
ALTER TABLE scheme_policies ALTER COLUMN added_risk_phrases SET DEFAULT '{}';
ALTER TABLE scheme_policies ALTER COLUMN added_risk_phrases SET NOT NULL;
