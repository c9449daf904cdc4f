-- Possible duplicates found through plain indexes, and kept as people are written.
--
-- Under row-level security the planner only uses an index for a predicate whose functions are
-- LEAKPROOF. lower() is not, so the old patients_identity_idx on lower(family_name) was never used
-- by the application role: every look-up read the scheme's whole index. The normalised family name
-- is now a stored column, and every predicate that finds a person's look-alikes is plain equality
-- on stored columns (text, date and uuid equality are leakproof).
ALTER TABLE patients ADD COLUMN family_name_key text GENERATED ALWAYS AS (lower(family_name)) STORED;
DROP INDEX patients_identity_idx;
CREATE INDEX patients_identity_idx ON patients (scheme_id, family_name_key, date_of_birth, postcode) WHERE merged_into_id IS NULL;
-- "Which records were decided apart from this one" reads both columns; the primary key serves first_id.
CREATE INDEX patient_distinct_pairs_second_idx ON patient_distinct_pairs (second_id);

-- The open possible duplicates: two live records of a scheme that share an NHS number, or a family
-- name, date of birth and postcode, and that nobody has decided are different people. Written in the
-- transaction that writes either record (patients.repository.ts), so the list costs what a page costs.
CREATE TABLE patient_duplicate_pairs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme_id uuid NOT NULL REFERENCES organisations (id),
  first_id uuid NOT NULL REFERENCES patients (id),
  second_id uuid NOT NULL REFERENCES patients (id),
  match text NOT NULL CHECK (match IN ('nhs-number', 'name-date-of-birth-postcode')),
  -- Milliseconds, as the application's clock gives them, so a page cursor names a row exactly.
  found_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  UNIQUE (first_id, second_id),
  CHECK (first_id < second_id)
);
CREATE INDEX patient_duplicate_pairs_page_idx ON patient_duplicate_pairs (scheme_id, found_at, id);
CREATE INDEX patient_duplicate_pairs_second_idx ON patient_duplicate_pairs (second_id);
ALTER TABLE patient_duplicate_pairs ENABLE ROW LEVEL SECURITY;
ALTER TABLE patient_duplicate_pairs FORCE ROW LEVEL SECURITY;
CREATE POLICY patient_duplicate_pairs_scheme_isolation ON patient_duplicate_pairs
  USING (scheme_id = current_scheme_id())
  WITH CHECK (scheme_id = current_scheme_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON patient_duplicate_pairs TO linkwork_app;

-- The pairs that exist today, found as the old query found them (NHS number first). FORCE row-level
-- security binds the owner too, so it is lifted for the backfill and restored in the same transaction.
ALTER TABLE patients NO FORCE ROW LEVEL SECURITY;
ALTER TABLE patient_distinct_pairs NO FORCE ROW LEVEL SECURITY;
ALTER TABLE patient_duplicate_pairs NO FORCE ROW LEVEL SECURITY;
-- One equality join per rule (an OR would join every pair of the scheme's records).
INSERT INTO patient_duplicate_pairs (scheme_id, first_id, second_id, match, found_at)
SELECT DISTINCT ON (first_id, second_id) scheme_id, first_id, second_id, match, found_at
  FROM (
    SELECT a.scheme_id, a.id AS first_id, b.id AS second_id, 'nhs-number' AS match, 1 AS rank, date_trunc('milliseconds', greatest(a.created_at, b.created_at)) AS found_at
      FROM patients a JOIN patients b ON b.scheme_id = a.scheme_id AND b.nhs_number = a.nhs_number AND a.id < b.id
     WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL
    UNION ALL
    SELECT a.scheme_id, a.id, b.id, 'name-date-of-birth-postcode', 2, date_trunc('milliseconds', greatest(a.created_at, b.created_at))
      FROM patients a JOIN patients b ON b.scheme_id = a.scheme_id AND b.family_name_key = a.family_name_key
           AND b.date_of_birth = a.date_of_birth AND b.postcode = a.postcode AND a.id < b.id
     WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL
  ) found
 WHERE NOT EXISTS (SELECT 1 FROM patient_distinct_pairs d WHERE d.first_id = found.first_id AND d.second_id = found.second_id)
 ORDER BY first_id, second_id, rank;
ALTER TABLE patients FORCE ROW LEVEL SECURITY;
ALTER TABLE patient_distinct_pairs FORCE ROW LEVEL SECURITY;
ALTER TABLE patient_duplicate_pairs FORCE ROW LEVEL SECURITY;
