-- Working hours are entered to the quarter hour (18.75): keep two decimal places, not one,
-- so a half-time worker's safe caseload is exactly half a full-time worker's.
ALTER TABLE worker_profiles ALTER COLUMN hours_per_week TYPE numeric(5, 2);
ALTER TABLE scheme_policies ALTER COLUMN full_time_hours TYPE numeric(5, 2);
