-- Audit on read that costs what it must. List reads now record a fingerprint of the query
-- instead of every id they showed (src/platform/audit.ts listRead); these indexes serve the searches.

-- The administrator's search within one scheme, newest first and paged by (at, id): no sort, no OFFSET.
CREATE INDEX audit_log_scheme_at_idx ON audit_log (scheme_id, at DESC, id DESC);

-- The same across every scheme; replaces the index on `at` alone, which left ties on `at` to a sort.
CREATE INDEX audit_log_at_id_idx ON audit_log (at DESC, id DESC);
DROP INDEX audit_log_at_idx;

-- "Who looked at this person": opening a referral or a case records the person in detail.patientId.
CREATE INDEX audit_log_patient_idx ON audit_log ((detail ->> 'patientId'), at DESC, id DESC) WHERE detail ? 'patientId';
